# Installs the files whose content or location depends on the installation prefix, evaluated at
# install time (CPack installs with the package's own prefix, /usr, and DESTDIR set):
#   <prefix>/lib/systemd/system/uni-load-headless.service  (ExecStart names <prefix>/bin/uni-load)
#   <sysconfdir>/logrotate.d/uni-load                       (/etc for the prefix /usr, else <prefix>/etc
#                                                            — GNUInstallDirs' rule)
# Included by an install(CODE) rule of packaging/CMakeLists.txt, which sets UNILOAD_LINUX_DIR,
# UNILOAD_BINARY_DIR and UNILOAD_BINDIR.

set(UNILOAD_BINARY "${CMAKE_INSTALL_PREFIX}/${UNILOAD_BINDIR}/uni-load")
set(unit "${UNILOAD_BINARY_DIR}/uni-load-headless.service")
configure_file("${UNILOAD_LINUX_DIR}/uni-load-headless.service.in" "${unit}" @ONLY)
file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system" TYPE FILE FILES "${unit}")

if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(sysconfdir "/etc")
else()
    set(sysconfdir "${CMAKE_INSTALL_PREFIX}/etc")
endif()
file(INSTALL DESTINATION "${sysconfdir}/logrotate.d" TYPE FILE
     FILES "${UNILOAD_LINUX_DIR}/uni-load.logrotate" RENAME uni-load)
