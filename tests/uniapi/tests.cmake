# uni-api api.yaml writer (uniapi-config.md §6 and its §8 checklist). Fixtures: data/uniapi/.
uniload_add_test(tst_uniapi_plan SOURCES uniapi/tst_uniapi_plan.cpp uniapi/uniapitesthelpers.h
    LIBS uniload_core)
uniload_add_test(tst_uniapi_text SOURCES uniapi/tst_uniapi_text.cpp
    LIBS uniload_core)
uniload_add_test(tst_uniapi_writer SOURCES uniapi/tst_uniapi_writer.cpp uniapi/uniapitesthelpers.h
    LIBS uniload_core)
# Reload after writes (§6.10) and the live check (§6.11) against a fake uni-api and /bin/sh scripts.
uniload_add_test(tst_uniapi_reload SOURCES uniapi/tst_uniapi_reload.cpp uniapi/fakeuniapi.h
    LIBS uniload_core uniload_sim uniload_api)
# The writer settings (UNI_API_BACKUPS, UNI_API_ENGINE_FIELD) through a real engine.
uniload_add_test(tst_uniapi_engine_settings SOURCES uniapi/tst_uniapi_engine_settings.cpp
    LIBS uniload_health_fixture TIMEOUT 180)
