uniload_add_test(tst_apiserver SOURCES api/tst_apiserver.cpp LIBS uniload_api Qt6::Network)
uniload_add_test(tst_router SOURCES api/tst_router.cpp LIBS uniload_api)
uniload_add_test(tst_metrics SOURCES api/tst_metrics.cpp LIBS uniload_api)
