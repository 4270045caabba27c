#pragma once

#include "core/config/appconfig.h"

#include <QCoreApplication>
#include <QString>

namespace ul {

// What saving a registry setting means, said the same way wherever the console saves one (the
// settings page, the api.yaml page's file chooser): the value is stored as "env.<NAME>" and
// applies at the next start, unless .env, .env.local, the environment or the command line set it.
class SettingSave final
{
    Q_DECLARE_TR_FUNCTIONS(ul::SettingSave)

public:
    // The status line after a successful save of `key`.
    static QString doneText(const AppConfig &config, SettingKey key);
};

} // namespace ul
