# The web console: auth rules and static serving over loopback (Qt Test), and a real browser
# (headless Chromium driven by playwright-core) against `uni-load --headless --demo`.
uniload_add_test(tst_webconsole SOURCES web/tst_webconsole.cpp LIBS uniload_api Qt6::Network)
uniload_add_test(tst_webconsole_app SOURCES web/tst_webconsole_app.cpp LIBS Qt6::Network)
target_compile_definitions(tst_webconsole_app PRIVATE UNILOAD_BINARY="$<TARGET_FILE:uni-load>")
add_dependencies(tst_webconsole_app uni-load)

# The browser test skips itself (exit 77) when Chromium or tests/web/browser/node_modules is
# missing; packaging/bootstrap.sh installs both.
find_program(UNILOAD_NODE NAMES node nodejs)
if(UNILOAD_NODE)
    add_test(NAME web_browser
        COMMAND ${UNILOAD_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/web/browser/console.test.mjs $<TARGET_FILE:uni-load>)
else()
    add_test(NAME web_browser
        COMMAND sh -c "echo 'SKIP: node (Node.js) is not installed; run packaging/bootstrap.sh'; exit 77")
endif()
set_tests_properties(web_browser PROPERTIES
    SKIP_RETURN_CODE 77
    TIMEOUT 180
    LABELS browser
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
