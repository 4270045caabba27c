uniload_add_test(tst_statestore SOURCES store/tst_statestore.cpp LIBS uniload_core)
