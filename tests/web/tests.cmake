# The web console: auth rules and static serving over loopback (Qt Test), and a real browser
# (headless Chromium driven by playwright-core) against `uni-load --headless --demo`.
uniload_add_test(tst_webconsole SOURCES web/tst_webconsole.cpp LIBS uniload_api Qt6::Network)
uniload_add_test(tst_webconsole_app SOURCES web/tst_webconsole_app.cpp LIBS Qt6::Network)
target_compile_definitions(tst_webconsole_app PRIVATE UNILOAD_BINARY="$<TARGET_FILE:uni-load>")
add_dependencies(tst_webconsole_app uni-load)
