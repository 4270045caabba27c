uniload_add_test(tst_jobqueue SOURCES engine/tst_jobqueue.cpp
    LIBS uniload_core)
uniload_add_test(tst_engine SOURCES engine/tst_engine.cpp LIBS uniload_core uniload_sim)
uniload_add_test(tst_engine_flow SOURCES engine/tst_engine_flow.cpp LIBS uniload_core uniload_sim)
uniload_add_test(tst_engine_keys SOURCES engine/tst_engine_keys.cpp LIBS uniload_test_inprocess_api uniload_sim)
