uniload_add_test(tst_apiserver SOURCES api/tst_apiserver.cpp LIBS uniload_api Qt6::Network)
uniload_add_test(tst_router SOURCES api/tst_router.cpp LIBS uniload_api)
uniload_add_test(tst_metrics SOURCES api/tst_metrics.cpp LIBS uniload_api)
uniload_add_test(tst_httpparser SOURCES api/tst_httpparser.cpp LIBS uniload_api)
uniload_add_test(tst_httptransport SOURCES api/tst_httptransport.cpp LIBS uniload_api Qt6::Network)
# Routes over loopback against a real engine and the simulated cluster (uniload_onboarding_fixture
# comes from tests/onboarding/tests.cmake).
add_library(uniload_api_loopback STATIC api/apiloopback.cpp api/apiloopback.h)
target_link_libraries(uniload_api_loopback PUBLIC uniload_common_cfg uniload_onboarding_fixture uniload_api Qt6::Network Qt6::Test)
uniload_add_test(tst_apiconfigroutes SOURCES api/tst_apiconfigroutes.cpp LIBS uniload_api_loopback TIMEOUT 180)
uniload_add_test(tst_apiaudit SOURCES api/tst_apiaudit.cpp LIBS uniload_api_loopback TIMEOUT 180)
uniload_add_test(tst_openapi SOURCES api/tst_openapi.cpp LIBS uniload_api_loopback TIMEOUT 180)
uniload_add_test(tst_apisitegroups SOURCES api/tst_apisitegroups.cpp LIBS uniload_api_loopback TIMEOUT 180)
uniload_add_test(tst_apimodels SOURCES api/tst_apimodels.cpp LIBS uniload_api_loopback TIMEOUT 180)
