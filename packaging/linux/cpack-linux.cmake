# CPack settings for Linux: a Debian package (Debian 12) and a tarball with the same tree.
# Included from packaging/CMakeLists.txt, which sets UNILOAD_PACKAGE_NAME and friends.

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGE_FILE_NAME "${UNILOAD_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

# Debian separates paragraphs of the long description with a line holding only ".".
set(CPACK_PACKAGE_DESCRIPTION [=[
uni-load takes a third-party AI API site (a base URL and API keys in OpenAI,
Anthropic or Gemini format), discovers its models, registers it in gpt-load
key-pool proxies, builds per-model groups across sites and publishes them to
the api.yaml of a uni-api gateway, keeping the operator's comments and entries.
It then keeps everything current: model sync, channel health with removal and
recovery, and the health of several gpt-load instances.]=])
if(UNILOAD_GUI)
    string(APPEND CPACK_PACKAGE_DESCRIPTION [=[

.
This package has the desktop console and tray monitor, and the headless
service (uni-load-headless.service) for servers.]=])
else()
    string(APPEND CPACK_PACKAGE_DESCRIPTION [=[

.
This package is the server build: headless mode only (HTTP API and web
console, uni-load-headless.service), without any GUI library.]=])
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# dpkg-shlibdeps adds every linked library (needs dpkg-dev and `file`). Plugins loaded with
# dlopen() are invisible to it and are listed by hand (qt64-notes.md §1.2, §2.6):
#   libqt6sql6-sqlite  the QSQLITE driver of the state store
#   ca-certificates    the CA store Qt's OpenSSL backend reads for HTTPS to sites and instances
#   qt6-qpa-plugins    platform plugins (xcb itself ships in libqt6gui6 on Debian 12)
#   libqt6svg6         SVG icon engine and image format (application and tray icons)
# and recommends qt6-wayland (native Wayland windows) and qt6-translations-l10n (Qt's own texts
# — context menus, file dialogs — in the console's language).
# Depends also on libc6 (>= 2.36) when linked with packed relative relocations: the binary needs the
# GLIBC_ABI_DT_RELR version, which carries no symbol, so dpkg-shlibdeps does not see it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(UNILOAD_GUI)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, ca-certificates, qt6-qpa-plugins, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, ca-certificates")
endif()
if(UNILOAD_LINKER_PACKS_RELOCS)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libc6 (>= 2.36)")
endif()
# Both packages install /usr/bin/uni-load and the service: one replaces the other.
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "${UNILOAD_OTHER_PACKAGE_NAME}")
set(CPACK_DEBIAN_PACKAGE_REPLACES "${UNILOAD_OTHER_PACKAGE_NAME}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/postinst"
    "${CMAKE_CURRENT_LIST_DIR}/debian/prerm"
    "${CMAKE_CURRENT_LIST_DIR}/debian/postrm"
    "${CMAKE_CURRENT_LIST_DIR}/debian/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
