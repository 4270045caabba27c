# End-to-end tests of the uni-load executable (started as a child process).
uniload_add_test(tst_headless SOURCES app/tst_headless.cpp LIBS uniload_sim Qt6::Network)
target_compile_definitions(tst_headless PRIVATE UNILOAD_BINARY="$<TARGET_FILE:uni-load>")
add_dependencies(tst_headless uni-load)
if(UNILOAD_GUI)
    target_compile_definitions(tst_headless PRIVATE UNILOAD_TEST_GUI)
endif()

# The hand-written manual page documents every option, page and setting of the program.
uniload_add_test(tst_manpage SOURCES app/tst_manpage.cpp LIBS uniload_core)
target_compile_definitions(tst_manpage PRIVATE UNILOAD_BINARY="$<TARGET_FILE:uni-load>"
    UNILOAD_MANPAGE="${PROJECT_SOURCE_DIR}/packaging/linux/uni-load.1")
add_dependencies(tst_manpage uni-load)
if(UNILOAD_GUI)
    target_compile_definitions(tst_manpage PRIVATE UNILOAD_TEST_GUI)
endif()

# uni-load --check against simulated gpt-load instances.
uniload_add_test(tst_configcheck SOURCES app/tst_configcheck.cpp LIBS uniload_core uniload_sim Qt6::Network)
target_compile_definitions(tst_configcheck PRIVATE UNILOAD_BINARY="$<TARGET_FILE:uni-load>")
add_dependencies(tst_configcheck uni-load)
