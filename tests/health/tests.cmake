# Channel health with recovery, connectivity cleanup and channel operations (core/services
# channelhealth*, cleanup*, channelops*): unit tests of the pure parts, engine tests against the
# simulated gpt-load and AI sites with an injected clock, and the HTTP routes.
add_library(uniload_health_fixture STATIC health/healthfixture.cpp health/healthfixture.h)
target_link_libraries(uniload_health_fixture PUBLIC uniload_common_cfg uniload_core uniload_sim uniload_test_support Qt6::Test)

uniload_add_test(tst_health_units SOURCES health/tst_health_units.cpp LIBS uniload_core TIMEOUT 60)
uniload_add_test(tst_health_cycle SOURCES health/tst_health_cycle.cpp
    LIBS uniload_health_fixture TIMEOUT 180)
uniload_add_test(tst_health_channels SOURCES health/tst_health_channels.cpp
    LIBS uniload_health_fixture TIMEOUT 180)
uniload_add_test(tst_health_routes SOURCES health/tst_health_routes.cpp
    LIBS uniload_health_fixture uniload_test_inprocess_api TIMEOUT 180)
uniload_add_test(tst_channel_options SOURCES health/tst_channel_options.cpp
    LIBS uniload_health_fixture uniload_test_inprocess_api TIMEOUT 180)
uniload_add_test(tst_weight_optimizer SOURCES health/tst_weight_optimizer.cpp
    LIBS uniload_health_fixture uniload_test_inprocess_api TIMEOUT 180)
