# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
#
# The tarball holds the same tree as the Debian package (usr/…, etc/logrotate.d/…) under one
# top-level directory: installing through DESTDIR with the prefix /usr gives it that layout and
# keeps the absolute /etc destination inside the archive instead of the build machine's /etc.
if(CPACK_GENERATOR STREQUAL "TGZ" AND CPACK_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_INSTALL_PREFIX "/usr")
endif()
