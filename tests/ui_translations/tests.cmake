# The translation catalogues (translations/): lupdate finds no string missing from the committed
# .ts files and zh_CN has no unfinished, vanished or obsolete entry — the same check CI runs
# (packaging/check-translations.sh), in a build directory of its own under this one.
find_program(UNILOAD_BASH bash)
if(UNILOAD_BASH AND EXISTS /usr/lib/qt6/bin/lconvert)
    add_test(NAME translations_complete
        COMMAND ${UNILOAD_BASH} ${PROJECT_SOURCE_DIR}/packaging/check-translations.sh
                ${CMAKE_BINARY_DIR}/translations-check)
    set_tests_properties(translations_complete PROPERTIES LABELS "ui;translations" TIMEOUT 300)
endif()
