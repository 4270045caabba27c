# Configuration, instance file and logging (core/config, core/instances, core/log).
set(_config_libs uniload_core)
uniload_add_test(tst_envfile SOURCES config/tst_envfile.cpp LIBS ${_config_libs} LABELS config)
uniload_add_test(tst_appconfig SOURCES config/tst_appconfig.cpp LIBS ${_config_libs} LABELS config)
uniload_add_test(tst_directories SOURCES config/tst_directories.cpp LIBS ${_config_libs} LABELS config)
uniload_add_test(tst_apitoken SOURCES config/tst_apitoken.cpp LIBS ${_config_libs} LABELS config)
uniload_add_test(tst_instancefile SOURCES config/tst_instancefile.cpp
    LIBS uniload_core LABELS config)
uniload_add_test(tst_loghub SOURCES config/tst_loghub.cpp
    LIBS uniload_core LABELS config)
uniload_add_test(tst_rotatingfilewriter SOURCES config/tst_rotatingfilewriter.cpp
    LIBS uniload_core LABELS config)
