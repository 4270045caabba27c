# Desktop console and tray monitor (ui/): Widgets tests, offscreen. GUI builds only.
if(TARGET uniload_ui)
    uniload_add_test(tst_uimodels SOURCES ui/tst_uimodels.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_traystate SOURCES ui/tst_traystate.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_uieditors SOURCES ui/tst_uieditors.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_proxykeysbox SOURCES ui/tst_proxykeysbox.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_uipages SOURCES ui/tst_uipages.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_errortext SOURCES ui/tst_errortext.cpp LIBS uniload_ui LABELS ui)
    uniload_add_test(tst_accessiblenames SOURCES ui/tst_accessiblenames.cpp LIBS uniload_ui LABELS ui)
    # No instance file yet, a broken one, no instance to onboard into: the console's first run.
    uniload_add_test(tst_firstrun SOURCES ui/tst_firstrun.cpp LIBS uniload_ui LABELS ui)
    # The add-site dialog and the pages against a real engine and the simulators (loopback).
    uniload_add_test(tst_uionboarding SOURCES ui/tst_uionboarding.cpp ui/uienginetest.h LIBS uniload_ui uniload_onboarding_fixture
        LABELS ui TIMEOUT 180)
    # The pages' own actions (api.yaml previews, weights, sync and channel options, maintenance).
    uniload_add_test(tst_uipageactions SOURCES ui/tst_uipageactions.cpp ui/uienginetest.h LIBS uniload_ui uniload_onboarding_fixture
        LABELS ui TIMEOUT 180)
    # Runs the uni-load executable: --screenshot renders a page and exits.
    uniload_add_test(tst_screenshot SOURCES ui/tst_screenshot.cpp LIBS Qt6::Gui LABELS ui)
    target_compile_definitions(tst_screenshot PRIVATE UNILOAD_BINARY="$<TARGET_FILE:uni-load>")
    add_dependencies(tst_screenshot uni-load)
endif()
