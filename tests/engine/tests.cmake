uniload_add_test(tst_jobqueue SOURCES engine/tst_jobqueue.cpp
    LIBS uniload_core)
uniload_add_test(tst_engine SOURCES engine/tst_engine.cpp LIBS uniload_core uniload_sim)
# A real engine over the simulated cluster in a temporary directory, for the whole-flow tests.
add_library(uniload_sim_engine_fixture STATIC engine/simenginefixture.cpp engine/simenginefixture.h)
target_link_libraries(uniload_sim_engine_fixture PUBLIC uniload_common_cfg uniload_core uniload_sim uniload_test_support Qt6::Test)

uniload_add_test(tst_engine_flow SOURCES engine/tst_engine_flow.cpp LIBS uniload_sim_engine_fixture)
uniload_add_test(tst_engine_keys SOURCES engine/tst_engine_keys.cpp LIBS uniload_sim_engine_fixture uniload_test_inprocess_api)
