# Model sync (core/services/modelsync*): the pure diff and parsing, engine-level runs against the
# simulated gpt-load and AI sites with a ManualClock, and the HTTP routes.
add_library(uniload_sync_fixture STATIC sync/syncfixture.cpp sync/syncfixture.h)
target_link_libraries(uniload_sync_fixture PUBLIC uniload_onboarding_fixture)

uniload_add_test(tst_sync_units SOURCES sync/tst_sync_units.cpp LIBS uniload_core)
uniload_add_test(tst_sync_flow SOURCES sync/tst_sync_flow.cpp LIBS uniload_sync_fixture TIMEOUT 180)
uniload_add_test(tst_sync_routes SOURCES sync/tst_sync_routes.cpp LIBS uniload_sync_fixture uniload_test_inprocess_api TIMEOUT 180)
