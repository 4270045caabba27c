# Pure site logic (core/sites): URLs and names, group names, aliases, filters, parsing.
uniload_add_test(tst_sites_url SOURCES sites/tst_sites_url.cpp LIBS uniload_core)
uniload_add_test(tst_sites_names SOURCES sites/tst_sites_names.cpp LIBS uniload_core)
uniload_add_test(tst_sites_aliases SOURCES sites/tst_sites_aliases.cpp LIBS uniload_core)
uniload_add_test(tst_sites_filters SOURCES sites/tst_sites_filters.cpp LIBS uniload_core)
uniload_add_test(tst_sites_parsing SOURCES sites/tst_sites_parsing.cpp LIBS uniload_core)
