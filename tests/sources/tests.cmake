# Rules the compiler cannot check, over the product's own sources.
uniload_add_test(tst_sourcerules SOURCES sources/tst_sourcerules.cpp)
target_compile_definitions(tst_sourcerules PRIVATE UNILOAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
