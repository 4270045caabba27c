#include "core/layers/runlistings.h"

#include "core/common/future.h"
#include "core/gptload/gptloadclient.h"
#include "core/log/categories.h"

#include <memory>

namespace ul {

RunListings::RunListings(QObject *parent) : QObject(parent)
{
}

void RunListings::setClients(const QHash<QString, GptLoadClient *> &clients)
{
    m_clients = clients;
}

QFuture<Result<int>> RunListings::load(const QStringList &instanceIds)
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    QFuture<Result<int>> future = promise->future();
    promise->start();
    auto remaining = std::make_shared<int>(0);
    QStringList targets;
    for (const QString &id : instanceIds) {
        if (m_clients.value(id, nullptr))
            targets.append(id);
        else
            m_errors.insert(id, Error::make(ErrorKind::Unavailable, QStringLiteral("instance %1 has no client").arg(id)));
    }
    *remaining = int(targets.size());
    if (targets.isEmpty()) {
        promise->addResult(Result<int>(0));
        promise->finish();
        return future;
    }
    for (const QString &id : std::as_const(targets)) {
        guardedThen(m_clients.value(id)->listGroups(), this, [this, id, promise, remaining](const Result<QList<GroupInfo>> &groups) {
            if (groups.ok()) {
                m_listings.insert(id, groups.value());
            } else {
                m_errors.insert(id, groups.error());
                qCWarning(lcLayers).noquote() << "listing groups of instance" << id << "failed:" << groups.error().message;
            }
            if (--*remaining == 0) {
                promise->addResult(Result<int>(int(m_listings.size())));
                promise->finish();
            }
            return Status();
        });
    }
    return future;
}

void RunListings::refreshed(const QString &instanceId, const ListingCallback &done)
{
    if (const auto it = m_refreshed.constFind(instanceId); it != m_refreshed.constEnd()) {
        done(it.value());
        return;
    }
    QList<ListingCallback> &waiters = m_refreshWaiters[instanceId];
    waiters.append(done);
    if (waiters.size() > 1)
        return;  // a refresh is on its way
    GptLoadClient *client = m_clients.value(instanceId, nullptr);
    if (!client) {
        const Result<QList<GroupInfo>> missing(Error::make(ErrorKind::Unavailable, QStringLiteral("instance %1 has no client").arg(instanceId)));
        m_refreshed.insert(instanceId, missing);
        for (const ListingCallback &cb : m_refreshWaiters.take(instanceId))
            cb(missing);
        return;
    }
    guardedThen(client->listGroups(), this, [this, instanceId](const Result<QList<GroupInfo>> &groups) {
        m_refreshed.insert(instanceId, groups);
        if (groups.ok())
            m_listings.insert(instanceId, groups.value());
        for (const ListingCallback &cb : m_refreshWaiters.take(instanceId))
            cb(groups);
        return Status();
    });
}

} // namespace ul
