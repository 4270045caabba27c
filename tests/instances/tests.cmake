uniload_add_test(tst_instanceregistry SOURCES instances/tst_instanceregistry.cpp
    LIBS uniload_core uniload_sim)
uniload_add_test(tst_instancefilewatcher SOURCES instances/tst_instancefilewatcher.cpp
    LIBS uniload_core uniload_sim)
