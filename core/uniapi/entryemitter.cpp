#include "core/uniapi/entryemitter.h"

#include "core/uniapi/yamlscalar.h"

#include <QRandomGenerator>

namespace ul::uniapi {

QList<QByteArray> emitManagedEntry(const ManagedProvider &provider, int dashColumn, bool withEngine)
{
    const QByteArray dash = QByteArray(dashColumn, ' ') + "- ";
    const QByteArray key = QByteArray(dashColumn + 2, ' ');
    const QByteArray modelDash = QByteArray(dashColumn + 4, ' ') + "- ";

    QList<QByteArray> lines;
    lines.append(dash + "provider: " + emitScalar(provider.providerName()));
    lines.append(key + "base_url: " + emitScalar(provider.baseUrl()));
    lines.append(key + "api: " + emitScalar(provider.gatewayKey));
    if (withEngine)
        lines.append(key + "engine: " + emitScalar(provider.engine()));
    lines.append(key + "tools: true");
    lines.append(key + "notes: " + emitScalar(QLatin1String(kManagedNote)));
    lines.append(key + "model:");
    for (const ManagedModel &m : provider.models) {
        lines.append(modelDash + emitScalar(m.upstreamName));
        if (!m.alias.isEmpty())
            lines.append(modelDash + emitScalar(m.upstreamName) + ": " + emitScalar(m.alias));
    }
    return lines;
}

QString generateClientKey()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString key = QStringLiteral("sk-");
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < 48; ++i)
        key += QLatin1Char(alphabet[rng->bounded(alphabetSize)]);
    return key;
}

QList<QByteArray> bootstrapLines(const QString &clientKey, const QList<QByteArray> &entries)
{
    QList<QByteArray> lines = {
        QByteArrayLiteral("api_keys:"),
        QByteArrayLiteral("  - api: ") + emitScalar(clientKey),
        QByteArrayLiteral("    model: [all]"),
        QByteArrayLiteral("    preferences: {SCHEDULING_ALGORITHM: round_robin, AUTO_RETRY: true}"),
        QByteArrayLiteral("providers:"),
    };
    lines += entries;
    lines += {
        QByteArrayLiteral("preferences:"),
        QByteArrayLiteral("  model_timeout: {default: 600}"),
        QByteArrayLiteral("  cooldown_period: 60"),
    };
    return lines;
}

} // namespace ul::uniapi
