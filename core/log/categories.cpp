#include "core/log/categories.h"

namespace ul {

Q_LOGGING_CATEGORY(lcApp, "uniload.app")
Q_LOGGING_CATEGORY(lcConfig, "uniload.config")
Q_LOGGING_CATEGORY(lcStore, "uniload.store")
Q_LOGGING_CATEGORY(lcEngine, "uniload.engine")
Q_LOGGING_CATEGORY(lcGptLoad, "uniload.gptload")
Q_LOGGING_CATEGORY(lcSites, "uniload.sites")
Q_LOGGING_CATEGORY(lcLayers, "uniload.layers")
Q_LOGGING_CATEGORY(lcSync, "uniload.sync")
Q_LOGGING_CATEGORY(lcHealth, "uniload.health")
Q_LOGGING_CATEGORY(lcUniApi, "uniload.uniapi")
Q_LOGGING_CATEGORY(lcApi, "uniload.api")
Q_LOGGING_CATEGORY(lcUi, "uniload.ui")

QStringList logCategoryNames()
{
    return {
        QStringLiteral("uniload.app"),    QStringLiteral("uniload.config"), QStringLiteral("uniload.store"),
        QStringLiteral("uniload.engine"), QStringLiteral("uniload.gptload"), QStringLiteral("uniload.sites"),
        QStringLiteral("uniload.layers"), QStringLiteral("uniload.sync"),   QStringLiteral("uniload.health"),
        QStringLiteral("uniload.uniapi"), QStringLiteral("uniload.api"),    QStringLiteral("uniload.ui"),
    };
}

} // namespace ul
