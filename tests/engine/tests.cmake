uniload_add_test(tst_jobqueue SOURCES engine/tst_jobqueue.cpp
    LIBS uniload_core_engine uniload_core_store uniload_core_log uniload_core_common)
uniload_add_test(tst_engine SOURCES engine/tst_engine.cpp
    LIBS uniload_core_engine uniload_core_store uniload_core_log uniload_core_common)
