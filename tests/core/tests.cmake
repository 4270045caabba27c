# Core unit tests (no display, QTEST_GUILESS_MAIN).
uniload_add_test(tst_redactor SOURCES core/tst_redactor.cpp LIBS uniload_core)
uniload_add_test(tst_clockschedule SOURCES core/tst_clockschedule.cpp LIBS uniload_core)
