uniload_add_test(tst_instanceregistry SOURCES instances/tst_instanceregistry.cpp
    LIBS uniload_core uniload_sim)
