# Three-layer reconciliation (core/layers): the pure planner, and the executor, reconciler and
# api.yaml publishing against the simulated gpt-load over loopback. Only the modules the layers
# code uses are linked (other modules may be half-written); JobContext is compiled in directly
# for the same reason.
set(_layers_libs
    uniload_core_layers uniload_core_instances uniload_core_gptload uniload_core_uniapi
    uniload_core_sites uniload_core_store uniload_core_log uniload_core_common)
set(_layers_support layers/plannerworld.cpp layers/plannerworld.h ${PROJECT_SOURCE_DIR}/core/engine/job.cpp)

uniload_add_test(tst_layers_building_blocks
    SOURCES layers/tst_layers_building_blocks.cpp ${PROJECT_SOURCE_DIR}/core/engine/job.cpp
    LIBS ${_layers_libs}
    TIMEOUT 30)

uniload_add_test(tst_layers_planner
    SOURCES layers/tst_layers_planner.cpp ${_layers_support}
    LIBS ${_layers_libs}
    TIMEOUT 60)

set(_layers_sim_support layers/layerfixture.cpp layers/layerfixture.h ${PROJECT_SOURCE_DIR}/core/engine/job.cpp)

uniload_add_test(tst_layers_reconcile
    SOURCES layers/tst_layers_reconcile.cpp ${_layers_sim_support}
    LIBS ${_layers_libs} uniload_sim
    TIMEOUT 120)

uniload_add_test(tst_layers_adoption
    SOURCES layers/tst_layers_adoption.cpp ${_layers_sim_support}
    LIBS ${_layers_libs} uniload_sim
    TIMEOUT 60)

uniload_add_test(tst_layers_weightoptimization
    SOURCES layers/tst_layers_weightoptimization.cpp ${PROJECT_SOURCE_DIR}/core/engine/job.cpp
    LIBS ${_layers_libs}
    TIMEOUT 30)
