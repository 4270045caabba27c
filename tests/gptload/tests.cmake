# gpt-load client module: HTTP layer, scheduler, decoding and client behaviour (fake network and
# a tiny loopback server; no dependency on the simulator).
set(_gptload_support support/fakenetworkaccessmanager.cpp support/fakenetworkaccessmanager.h)

uniload_add_test(tst_requestscheduler
    SOURCES gptload/tst_requestscheduler.cpp ${_gptload_support}
    LIBS uniload_core
    TIMEOUT 30)

uniload_add_test(tst_httpclient
    SOURCES gptload/tst_httpclient.cpp gptload/tinyhttpserver.cpp gptload/tinyhttpserver.h ${_gptload_support}
    LIBS uniload_core
    TIMEOUT 30)

uniload_add_test(tst_gptloaddecoding
    SOURCES gptload/tst_gptloaddecoding.cpp ${_gptload_support}
    LIBS uniload_core
    TIMEOUT 30)

uniload_add_test(tst_gptloadclient
    SOURCES gptload/tst_gptloadclient.cpp ${_gptload_support}
    LIBS uniload_core
    TIMEOUT 30)
uniload_add_test(tst_httplanes SOURCES gptload/tst_httplanes.cpp LIBS uniload_core_gptload uniload_core_log uniload_core_common)
