#pragma once

#include "core/common/result.h"
#include "core/gptload/grouptypes.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ul {

class GptLoadClient;

// The group listings of one run (DESIGN.md §7): one GET /api/groups per instance, read once and
// cached for the run; an instance whose listing fails is unknown, not empty. A 409 on create
// refreshes that instance's listing at most once per run; every later caller shares it.
// Engine thread only; one object per run.
class RunListings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListings)

public:
    using ListingCallback = std::function<void(const Result<QList<GroupInfo>> &)>;

    explicit RunListings(QObject *parent = nullptr);

    // Clients by instance id; an instance without a client is never listed.
    void setClients(const QHash<QString, GptLoadClient *> &clients);
    GptLoadClient *client(const QString &instanceId) const { return m_clients.value(instanceId, nullptr); }

    // Lists every given instance concurrently; yields how many answered.
    QFuture<Result<int>> load(const QStringList &instanceIds);

    const QHash<QString, QList<GroupInfo>> &listings() const { return m_listings; }
    const QHash<QString, Error> &errors() const { return m_errors; }

    // Calls `done` with a listing of the instance read after the first call of this run.
    void refreshed(const QString &instanceId, const ListingCallback &done);

private:
    QHash<QString, GptLoadClient *> m_clients;
    QHash<QString, QList<GroupInfo>> m_listings;
    QHash<QString, Error> m_errors;
    QHash<QString, Result<QList<GroupInfo>>> m_refreshed;
    QHash<QString, QList<ListingCallback>> m_refreshWaiters;
};

} // namespace ul
