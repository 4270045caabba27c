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

# The layer tests' fixture (real reconciler over the simulated cluster) with convergence checks;
# JobContext is compiled in directly, as there, since the engine module may be half-written.
set(_reliability_layer_libs
    uniload_reliability_fuzz uniload_core_layers uniload_core_instances uniload_core_gptload uniload_core_uniapi
    uniload_core_sites uniload_core_store uniload_core_log uniload_core_common uniload_sim)
set(_reliability_layer_support
    reliability/layerchecks.cpp reliability/layerchecks.h layers/layerfixture.cpp layers/layerfixture.h
    ${PROJECT_SOURCE_DIR}/core/engine/job.cpp)

uniload_add_test(tst_reliability_reconcile_faults
    SOURCES reliability/tst_reliability_reconcile_faults.cpp ${_reliability_layer_support}
    LIBS ${_reliability_layer_libs} TIMEOUT 60 LABELS reliability)

uniload_add_test(tst_reliability_onboarding_faults SOURCES reliability/tst_reliability_onboarding_faults.cpp
    LIBS uniload_onboarding_fixture TIMEOUT 60 LABELS reliability)

# The helper process that tst_reliability_kill kills with SIGKILL (not a test by itself).
add_executable(reliability_worker reliability/reliability_worker.cpp
    reliability/workerrequests.cpp reliability/workerrequests.h ${PROJECT_SOURCE_DIR}/core/engine/job.cpp)
target_link_libraries(reliability_worker PRIVATE uniload_common_cfg ${_reliability_layer_libs})

uniload_add_test(tst_reliability_kill
    SOURCES reliability/tst_reliability_kill.cpp reliability/workerrequests.cpp reliability/workerrequests.h
            ${_reliability_layer_support}
    LIBS ${_reliability_layer_libs} TIMEOUT 60 LABELS reliability)
target_compile_definitions(tst_reliability_kill PRIVATE UNILOAD_RELIABILITY_WORKER="$<TARGET_FILE:reliability_worker>")
add_dependencies(tst_reliability_kill reliability_worker)

uniload_add_test(tst_reliability_fuzz_routes SOURCES reliability/tst_reliability_fuzz_routes.cpp
    LIBS uniload_reliability_fuzz uniload_onboarding_fixture uniload_api Qt6::Network TIMEOUT 60 LABELS reliability)

uniload_add_test(tst_reliability_fuzz_http SOURCES reliability/tst_reliability_fuzz_http.cpp
    LIBS uniload_reliability_fuzz uniload_api TIMEOUT 60 LABELS reliability)
