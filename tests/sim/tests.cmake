# Simulated gpt-load and AI sites (core/sim): each executable runs its servers on loopback.
uniload_add_test(tst_simhttp SOURCES sim/tst_simhttp.cpp sim/simtestclient.cpp sim/simtestclient.h
    LIBS uniload_sim TIMEOUT 60)
uniload_add_test(tst_simgptload_groups SOURCES sim/tst_simgptload_groups.cpp sim/simtestclient.cpp sim/simtestclient.h
    sim/simfixture.h LIBS uniload_sim TIMEOUT 60)
uniload_add_test(tst_simgptload_keys SOURCES sim/tst_simgptload_keys.cpp sim/simtestclient.cpp sim/simtestclient.h
    sim/simfixture.h LIBS uniload_sim TIMEOUT 60)
uniload_add_test(tst_simproxy SOURCES sim/tst_simproxy.cpp sim/simtestclient.cpp sim/simtestclient.h
    sim/simfixture.h LIBS uniload_sim TIMEOUT 60)
uniload_add_test(tst_simaisite SOURCES sim/tst_simaisite.cpp sim/simtestclient.cpp sim/simtestclient.h
    LIBS uniload_sim TIMEOUT 60)
