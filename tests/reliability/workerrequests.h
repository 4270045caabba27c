#pragma once

// What the kill test's helper process writes, shared with the test so that it knows every
// complete file the helper can leave behind.

#include "core/uniapi/managedprovider.h"

#include <QByteArray>

namespace ul::test {

// api.yaml before the helper's first write: a hand-written provider and client keys.
QByteArray workerInitialYaml();

// The desired providers of write number `index`: two sets of different sizes, alternating, so
// that every write changes the file and a partial write of the larger set would show.
uniapi::WriteRequest workerYamlRequest(int index);

} // namespace ul::test
