# Simulated gpt-load and AI sites (core/sim): each executable runs its servers on loopback.
add_library(uniload_sim_testclient STATIC sim/simtestclient.cpp sim/simtestclient.h sim/simfixture.h)
target_link_libraries(uniload_sim_testclient PUBLIC uniload_common_cfg uniload_sim Qt6::Network Qt6::Test)

uniload_add_test(tst_simhttp SOURCES sim/tst_simhttp.cpp LIBS uniload_sim_testclient TIMEOUT 60)
uniload_add_test(tst_simgptload_groups SOURCES sim/tst_simgptload_groups.cpp LIBS uniload_sim_testclient TIMEOUT 60)
uniload_add_test(tst_simgptload_keys SOURCES sim/tst_simgptload_keys.cpp LIBS uniload_sim_testclient TIMEOUT 60)
uniload_add_test(tst_simproxy SOURCES sim/tst_simproxy.cpp LIBS uniload_sim_testclient TIMEOUT 60)
uniload_add_test(tst_simaisite SOURCES sim/tst_simaisite.cpp LIBS uniload_sim_testclient TIMEOUT 60)
