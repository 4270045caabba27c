#pragma once

#include <QList>

namespace ul {

// The templates of the error messages core/ writes, for the console's ErrorText and the HTTP API's
// Chinese answers (English sources marked for translation under the context "ul::ErrorText";
// %1 … %9 are what the core fills in).
QList<const char *> errorMessageTemplates();

} // namespace ul
