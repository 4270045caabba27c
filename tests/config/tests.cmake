# Configuration, instance file and logging (core/config, core/instances, core/log).
uniload_add_test(tst_loghub SOURCES config/tst_loghub.cpp
    LIBS uniload_core_log uniload_core_common LABELS config)
uniload_add_test(tst_rotatingfilewriter SOURCES config/tst_rotatingfilewriter.cpp
    LIBS uniload_core_log uniload_core_common LABELS config)
