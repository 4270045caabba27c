# Site onboarding (core/onboarding): engine-level tests against the simulated gpt-load and AI
# sites, unit tests of the pieces, and the HTTP routes.
add_library(uniload_onboarding_fixture STATIC onboarding/onboardingfixture.cpp onboarding/onboardingfixture.h)
target_link_libraries(uniload_onboarding_fixture PUBLIC uniload_common_cfg uniload_core uniload_sim uniload_test_support Qt6::Test)

uniload_add_test(tst_onboarding_flow SOURCES onboarding/tst_onboarding_flow.cpp
    LIBS uniload_onboarding_fixture TIMEOUT 180)
uniload_add_test(tst_onboarding_lifecycle SOURCES onboarding/tst_onboarding_lifecycle.cpp
    LIBS uniload_onboarding_fixture TIMEOUT 180)
uniload_add_test(tst_onboarding_units SOURCES onboarding/tst_onboarding_units.cpp LIBS uniload_core)
uniload_add_test(tst_onboarding_routes SOURCES onboarding/tst_onboarding_routes.cpp
    LIBS uniload_onboarding_fixture uniload_api TIMEOUT 180)
