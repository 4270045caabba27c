# Reliability (issue 10): fault injection against the simulated gpt-load and AI sites, failing
# writes, SIGKILL during a reconcile or an api.yaml write, and seeded fuzzing of every parser an
# operator or a client can feed. Fuzz harnesses print their seed; UNILOAD_FUZZ_SEED replays one.
add_library(uniload_reliability_fuzz STATIC reliability/fuzzinput.cpp reliability/fuzzinput.h)
target_link_libraries(uniload_reliability_fuzz PUBLIC uniload_common_cfg Qt6::Core)

uniload_add_test(tst_reliability_fuzz_files SOURCES reliability/tst_reliability_fuzz_files.cpp
    LIBS uniload_reliability_fuzz uniload_core_uniapi uniload_core_instances uniload_core_gptload uniload_core_config
         uniload_core_log uniload_core_common
    TIMEOUT 60 LABELS reliability)

uniload_add_test(tst_reliability_io SOURCES reliability/tst_reliability_io.cpp
    LIBS uniload_reliability_fuzz uniload_core_uniapi uniload_core_store uniload_core_instances
         uniload_core_gptload uniload_core_log uniload_core_common
    TIMEOUT 60 LABELS reliability)

