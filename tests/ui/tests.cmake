# Desktop console and tray monitor (ui/): Widgets tests, offscreen. GUI builds only.
if(TARGET uniload_ui)
    uniload_add_test(tst_uimodels SOURCES ui/tst_uimodels.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_traystate SOURCES ui/tst_traystate.cpp LIBS uniload_ui LABELS ui)
endif()
