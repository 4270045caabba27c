# Core unit tests (no display, QTEST_GUILESS_MAIN).
uniload_add_test(tst_redactor SOURCES core/tst_redactor.cpp LIBS uniload_core)
