#pragma once

#include <QStringList>

namespace ul {

// Schema migrations of the state store. Entry i moves the schema from version i to i + 1.
// Never edit a released migration; append a new one.
const QList<QStringList> &stateStoreMigrations();

} // namespace ul
