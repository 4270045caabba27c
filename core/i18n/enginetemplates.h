#pragma once

#include <QList>

namespace ul {

// The templates of the engine's job titles, job steps, service results, journal and plan details
// (English sources marked for translation under the context "ul::EngineText"; %1 … %9 what the
// engine fills in, %n a count): the console's EngineText and the HTTP API's Chinese answers.
QList<const char *> engineTextTemplates();

} // namespace ul
