# End-to-end tests of the uni-load executable (started as a child process).
uniload_add_test(tst_headless SOURCES app/tst_headless.cpp LIBS uniload_sim Qt6::Network)
target_compile_definitions(tst_headless PRIVATE UNILOAD_BINARY="$<TARGET_FILE:uni-load>")
add_dependencies(tst_headless uni-load)
if(UNILOAD_GUI)
    target_compile_definitions(tst_headless PRIVATE UNILOAD_TEST_GUI)
endif()
