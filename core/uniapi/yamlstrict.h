#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace ul::uniapi {

// yaml-cpp 0.7 accepts text that uni-api's stricter loader (libyaml) refuses, so a file uni-load
// wrote would keep a uni-api restart failing. These checks run on every parse and name the
// position of the problem:
//  * a quoted scalar whose closing quote never comes (yaml-cpp ends it at the end of the file);
//  * a `%YAML` / `%TAG` directive after content, without a `...` document end before it.
// More than one document is caught by parseYaml itself (it loads every document).
Status checkStrictYamlSyntax(const QByteArray &text, const YAML::Node &root, const QString &what);

} // namespace ul::uniapi
