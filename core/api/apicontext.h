#pragma once

#include <QObject>

namespace ul {

class Engine;

// What route handlers need: the engine facade (commands and snapshots) and an object living in
// the server's thread, to which engine results are delivered.
struct ApiContext
{
    Engine *engine = nullptr;
    QObject *receiver = nullptr;
};

} // namespace ul
