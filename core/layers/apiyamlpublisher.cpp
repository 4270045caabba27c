#include "core/layers/apiyamlpublisher.h"

#include "core/layers/planexecutor.h"
#include "core/log/categories.h"
#include "core/sites/alias.h"

#include <QJsonArray>

#include <algorithm>

namespace ul {

QJsonObject PublishOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("configured"), configured}, {QStringLiteral("written"), written}};
    if (!attempted)
        return o;
    o.insert(QStringLiteral("path"), plan.path);
    o.insert(QStringLiteral("backup"), backupName);
    o.insert(QStringLiteral("added"), QJsonArray::fromStringList(plan.added));
    o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(plan.changed));
    o.insert(QStringLiteral("adopted"), QJsonArray::fromStringList(plan.adopted));
    o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(plan.removed));
    const QJsonObject planJson = plan.toJson();
    o.insert(QStringLiteral("conflicts"), planJson.value(QStringLiteral("conflicts")));
    o.insert(QStringLiteral("suppressedAliases"), planJson.value(QStringLiteral("suppressedAliases")));
    o.insert(QStringLiteral("clientKeyGenerated"), !generatedClientKey.isEmpty());
    if (error) {
        o.insert(QStringLiteral("error"), error->message);
        o.insert(QStringLiteral("errorCode"), error->code);
        if (!error->details.isEmpty())
            o.insert(QStringLiteral("errorDetails"), error->details);
    }
    return o;
}

QList<uniapi::ManagedProvider> providersAfterRun(const Plan &plan, const ExecutionReport *report,
                                                 const QList<PlanInstance> &instances, const QString &gatewayKey)
{
    const auto succeeded = [report](int opId) { return opId >= 0 && (!report || report->succeeded(opId)); };
    QHash<QString, const PlanInstance *> byId;
    for (const PlanInstance &i : instances)
        byId.insert(i.id, &i);

    QList<uniapi::ManagedProvider> out;
    for (const PlannedProvider &p : plan.providers) {
        const bool exists = (p.existsNow && !succeeded(p.deleteOp)) || succeeded(p.createOp);
        const PlanInstance *instance = byId.value(p.instanceId, nullptr);
        if (!exists || !instance)
            continue;
        const bool typeChanged = !p.existsNow || succeeded(p.typeOp);
        uniapi::ManagedProvider provider;
        provider.l3GroupName = p.l3Name;
        provider.channelType = typeChanged ? p.desiredType : p.currentType;
        provider.instanceBaseUrl = instance->uniApiBaseUrl.isEmpty() ? instance->url : instance->uniApiBaseUrl;
        provider.gatewayKey = gatewayKey;
        const QString alias = uniApiAlias(p.model);
        provider.models = {uniapi::ManagedModel{p.model, alias == p.model ? QString() : alias}};
        out.append(provider);
    }
    std::sort(out.begin(), out.end(),
              [](const uniapi::ManagedProvider &a, const uniapi::ManagedProvider &b) { return a.l3GroupName < b.l3GroupName; });
    return out;
}

QStringList knownInstanceUrls(const QList<PlanInstance> &instances)
{
    QStringList urls;
    for (const PlanInstance &i : instances) {
        if (!urls.contains(i.url))
            urls.append(i.url);
        if (!i.uniApiBaseUrl.isEmpty() && !urls.contains(i.uniApiBaseUrl))
            urls.append(i.uniApiBaseUrl);
    }
    return urls;
}

PublishOutcome publishProviders(uniapi::UniApiWriter *writer, const QList<uniapi::ManagedProvider> &providers,
                                const QStringList &knownUrls)
{
    PublishOutcome outcome;
    outcome.configured = writer && !writer->settings().path.isEmpty();
    if (!outcome.configured)
        return outcome;
    outcome.attempted = true;
    Result<uniapi::WriteOutcome> written = writer->apply(uniapi::WriteRequest{providers, knownUrls});
    if (!written.ok()) {
        outcome.error = written.error();
        outcome.plan.path = writer->settings().path;
        qCWarning(lcLayers).noquote() << "api.yaml was not written:" << written.error().message;
        return outcome;
    }
    outcome.plan = written->plan;
    outcome.written = written->written;
    outcome.backupName = written->backupName;
    outcome.generatedClientKey = written->generatedClientKey;
    return outcome;
}

Result<uniapi::WritePlan> previewProviders(const uniapi::UniApiWriter *writer, const QList<uniapi::ManagedProvider> &providers,
                                           const QStringList &knownUrls)
{
    if (!writer)
        return uniapi::noPathError();
    return writer->preview(uniapi::WriteRequest{providers, knownUrls});
}

std::optional<QList<CurrentProvider>> readCurrentProviders(const uniapi::UniApiWriter *writer, const QStringList &knownUrls,
                                                          QString *error)
{
    if (!writer || writer->settings().path.isEmpty()) {
        if (error)
            *error = uniapi::noPathError().message;
        return std::nullopt;
    }
    Result<QList<uniapi::ManagedEntryView>> entries = writer->managedEntries(knownUrls);
    if (!entries.ok()) {
        if (error)
            *error = entries.error().message;
        return std::nullopt;
    }
    QList<CurrentProvider> out;
    for (const uniapi::ManagedEntryView &e : entries.value()) {
        CurrentProvider c;
        c.name = e.name;
        c.baseUrl = e.baseUrl;
        for (const uniapi::ManagedModel &m : e.models)
            c.models.append(m.upstreamName);
        c.handWritten = e.ownership == uniapi::ProviderOwnership::HandWritten;
        out.append(c);
    }
    return out;
}

} // namespace ul
