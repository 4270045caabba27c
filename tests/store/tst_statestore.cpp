#include "core/engine/siteviews.h"
#include "core/store/statestore.h"
#include "tests/support/testutil.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;

class TestStateStore : public QObject
{
    Q_OBJECT

private:
    static L2Record makeL2(qint64 siteGroupId)
    {
        L2Record l2;
        l2.name = QStringLiteral("claude-3-5-haiku-via-api-example-com-anthropic");
        l2.model = QStringLiteral("claude-3-5-haiku");
        l2.siteGroupId = siteGroupId;
        l2.instanceId = QStringLiteral("local");
        return l2;
    }

    static L3Record makeL3()
    {
        L3Record l3;
        l3.name = QStringLiteral("claude-3-5-haiku");
        l3.model = l3.name;
        l3.instanceId = QStringLiteral("local");
        return l3;
    }

    static SiteGroupRecord makeGroup(qint64 siteId, const QString &name)
    {
        SiteGroupRecord g;
        g.siteId = siteId;
        g.name = name;
        g.channelType = ChannelType::Anthropic;
        g.instanceId = QStringLiteral("local");
        g.groupId = 7;
        g.models = {QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("claude-3-5-haiku")};
        g.rawModels = g.models + QStringList{QStringLiteral("claude-embedding")};
        g.discoveredAt = QDateTime::currentDateTimeUtc();
        return g;
    }

    static Result<SiteRecord> saveExampleSite(StateStore &store)
    {
        SiteRecord site;
        site.name = QStringLiteral("api-example-com");
        site.baseUrl = QStringLiteral("https://api.example.com");
        return store.saveSite(site);
    }

private slots:
    void createsFileOwnerOnlyAndMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/uni-load.db"));
        StateStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.schemaVersion(), StateStore::latestSchemaVersion());
        const auto perms = QFileInfo(path).permissions();
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        store.close();
        // Reopening an up-to-date store runs no migration and keeps data.
        StateStore again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.schemaVersion(), StateStore::latestSchemaVersion());
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uni-load.db"));
        {
            StateStore store;
            QVERIFY(store.open(path).ok());
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        StateStore store;
        const Status s = store.open(path);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("newer")));
    }

    void readOnlyOpenReadsAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uni-load.db"));
        StateStore readOnly;
        QVERIFY(!readOnly.openReadOnly(path).ok());  // never creates the store
        QVERIFY(!QFileInfo::exists(path));
        {
            StateStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.setSetting(QStringLiteral("env.PORT"), QStringLiteral("4000")).ok());
        }
        QVERIFY(QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(readOnly.openReadOnly(path).ok());
        QCOMPARE(readOnly.allSettings().value(QStringLiteral("env.PORT")).toString(), QStringLiteral("4000"));
        // Read as immutable: SQLite leaves no -wal or -shm file beside it.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QVERIFY(!readOnly.setSetting(QStringLiteral("env.PORT"), QStringLiteral("5000")).ok());
        readOnly.close();
        StateStore again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.setting(QStringLiteral("env.PORT"))->toString(), QStringLiteral("4000"));
        // Beside a running uni-load (its write-ahead log in use) the newest settings are read.
        QVERIFY(again.setSetting(QStringLiteral("env.PORT"), QStringLiteral("4100")).ok());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        StateStore beside;
        QVERIFY(beside.openReadOnly(path).ok());
        QCOMPARE(beside.allSettings().value(QStringLiteral("env.PORT")).toString(), QStringLiteral("4100"));

        // A file that is no database is an error, not an empty store.
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QVERIFY(test::writeFile(junk, QByteArray(8192, 'x')));
        const Status bad = StateStore().openReadOnly(junk);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("cannot read the state store")), qPrintable(bad.error().message));
    }

    void settingsAndSecretsRoundTrip()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        QVERIFY(!store.setting(QStringLiteral("x")).has_value());
        QVERIFY(store.setSetting(QStringLiteral("n"), 42).ok());
        QVERIFY(store.setSetting(QStringLiteral("s"), QStringLiteral("v")).ok());
        QVERIFY(store.setSetting(QStringLiteral("o"), QJsonObject{{QStringLiteral("a"), true}}).ok());
        QCOMPARE(store.setting(QStringLiteral("n"))->toInt(), 42);
        QCOMPARE(store.setting(QStringLiteral("s"))->toString(), QStringLiteral("v"));
        QVERIFY(store.setting(QStringLiteral("o"))->toObject().value(QStringLiteral("a")).toBool());
        QVERIFY(store.setSetting(QStringLiteral("n"), 43).ok());
        QCOMPARE(store.setting(QStringLiteral("n"))->toInt(), 43);
        QCOMPARE(store.allSettings().size(), 3);
        QVERIFY(store.removeSetting(QStringLiteral("n")).ok());
        QVERIFY(!store.setting(QStringLiteral("n")).has_value());

        QCOMPARE(store.secret(QStringLiteral("hop")), QString());
        QVERIFY(store.setSecret(QStringLiteral("hop"), QStringLiteral("sk-hop")).ok());
        QCOMPARE(store.secret(QStringLiteral("hop")), QStringLiteral("sk-hop"));
    }

    void sitesGroupsAndCascade()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        SiteRecord site;
        site.name = QStringLiteral("api-example-com");
        site.baseUrl = QStringLiteral("https://api.example.com");
        site.strippedSuffix = QStringLiteral("/v1");
        site.reviewMode = true;
        auto saved = store.saveSite(site);
        QVERIFY(saved.ok());
        QVERIFY(saved->id > 0);

        auto group = store.saveSiteGroup(makeGroup(saved->id, QStringLiteral("api-example-com-anthropic")));
        QVERIFY2(group.ok(), qPrintable(group.error().message));
        auto groups = store.siteGroups();
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().models, group->models);
        QCOMPARE(groups->first().rawModels.size(), 3);
        QCOMPARE(groups->first().channelType, ChannelType::Anthropic);

        auto savedL2 = store.saveL2(makeL2(group->id));
        QVERIFY2(savedL2.ok(), qPrintable(savedL2.error().message));
        auto savedL3 = store.saveL3(makeL3());
        QVERIFY2(savedL3.ok(), qPrintable(savedL3.error().message));
        QVERIFY(store.saveL3Member({savedL3->id, savedL2->id, 5, QStringLiteral("operator"), ChannelState::Active}).ok());
        QVERIFY(store.setMissingCounter(group->id, QStringLiteral("claude-3-5-haiku"), 1).ok());
        QCOMPARE(store.missingCounters(group->id).value(QStringLiteral("claude-3-5-haiku")), 1);

        auto members = store.l3Members();
        QVERIFY2(members.ok(), qPrintable(members.error().message));
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->first().weight, 5);

        // Deleting the site removes its groups, their L2s, the memberships and counters.
        QVERIFY(store.deleteSite(saved->id).ok());
        QCOMPARE(store.siteGroups()->size(), 0);
        QCOMPARE(store.l2Groups()->size(), 0);
        QCOMPARE(store.l3Members()->size(), 0);
        QCOMPARE(store.l3Groups()->size(), 1);  // L3 removal is the reconciler's decision
        QVERIFY(store.missingCounters(group->id).isEmpty());
    }

    // The console's layer views reload on this fingerprint: a member leaving rotation or a new
    // weight moves no count, yet must change it; reading the same store twice must not.
    void layoutFingerprintFollowsMembership()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        SiteRecord site;
        site.name = QStringLiteral("api-example-com");
        site.baseUrl = QStringLiteral("https://api.example.com");
        auto saved = store.saveSite(site);
        QVERIFY(saved.ok());
        auto group = store.saveSiteGroup(makeGroup(saved->id, QStringLiteral("api-example-com-anthropic")));
        QVERIFY(group.ok());
        auto savedL2 = store.saveL2(makeL2(group->id));
        QVERIFY(savedL2.ok());
        auto savedL3 = store.saveL3(makeL3());
        QVERIFY(savedL3.ok());
        const quint64 withoutMember = buildSiteSnapshotPart(store, nullptr).layers.layoutFingerprint;

        L3MemberRecord member{savedL3->id, savedL2->id, 1, QStringLiteral("default"), ChannelState::Active};
        QVERIFY(store.saveL3Member(member).ok());
        const quint64 active = buildSiteSnapshotPart(store, nullptr).layers.layoutFingerprint;
        QVERIFY(active != withoutMember);
        QCOMPARE(buildSiteSnapshotPart(store, nullptr).layers.layoutFingerprint, active);

        member.state = ChannelState::DisabledByHealth;
        QVERIFY(store.saveL3Member(member).ok());
        const quint64 disabled = buildSiteSnapshotPart(store, nullptr).layers.layoutFingerprint;
        QVERIFY(disabled != active);
        QCOMPARE(buildSiteSnapshotPart(store, nullptr).layers.aggregateGroups, 1);  // no count moved

        member.state = ChannelState::Active;
        member.weight = 4;
        QVERIFY(store.saveL3Member(member).ok());
        const quint64 reweighted = buildSiteSnapshotPart(store, nullptr).layers.layoutFingerprint;
        QVERIFY(reweighted != active);
        QVERIFY(reweighted != disabled);
    }

    void modifySiteGroupChangesOnlyWhatItSets()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        const Result<SiteRecord> savedSite = saveExampleSite(store);
        QVERIFY(savedSite.ok());
        auto group = store.saveSiteGroup(makeGroup(savedSite->id, QStringLiteral("api-example-com-anthropic")));
        QVERIFY(group.ok());
        const SiteGroupRecord stale = group.value();

        // Another writer changes the state after `stale` was taken...
        QVERIFY(store.modifySiteGroup(stale.id, [](SiteGroupRecord &g) {
                         g.state = ChannelState::DisabledByUser;
                         g.stateCause = QStringLiteral("operator");
                     }).ok());
        // ...and a sync records its attempt: the state survives, the sync fields are written.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto synced = store.modifySiteGroup(stale.id, [&](SiteGroupRecord &g) {
            g.syncedAt = now;
            g.syncError = QStringLiteral("HTTP 503");
            g.id = 999;  // a change never moves the write to another row
        });
        QVERIFY2(synced.ok(), qPrintable(synced.error().message));
        const SiteGroupRecord stored = store.siteGroups()->first();
        QCOMPARE(stored.id, stale.id);
        QCOMPARE(stored.state, ChannelState::DisabledByUser);
        QCOMPARE(stored.stateCause, QStringLiteral("operator"));
        QCOMPARE(stored.models, stale.models);
        QCOMPARE(stored.syncError, QStringLiteral("HTTP 503"));
        QCOMPARE(stored.syncedAt.toSecsSinceEpoch(), now.toSecsSinceEpoch());

        const auto missing = store.modifySiteGroup(stale.id + 100, [](SiteGroupRecord &) {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void migratesAVersionTwoStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uni-load.db"));
        {
            StateStore store;
            QVERIFY(store.open(path).ok());
            const Result<SiteRecord> savedSite = saveExampleSite(store);
            QVERIFY(savedSite.ok());
            QVERIFY(store.saveSiteGroup(makeGroup(savedSite->id, QStringLiteral("api-example-com-anthropic"))).ok());
            // Back to the version 2 schema: no sync columns.
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE site_groups DROP COLUMN synced_at")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE site_groups DROP COLUMN sync_error")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        }
        StateStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.schemaVersion(), StateStore::latestSchemaVersion());
        const auto groups = store.siteGroups();
        QVERIFY2(groups.ok(), qPrintable(groups.error().message));
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().models.size(), 2);
        QVERIFY(groups->first().syncedAt.isValid());  // taken from discovered_at
        QCOMPARE(groups->first().syncedAt.toSecsSinceEpoch(), groups->first().discoveredAt.toSecsSinceEpoch());
        QVERIFY(groups->first().syncError.isEmpty());
    }

    void transactionRollsBack()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        const Status s = store.transaction([&]() -> Status {
            if (Status st = store.setSetting(QStringLiteral("a"), 1); !st.ok())
                return st;
            return Error::internal(QStringLiteral("boom"));
        });
        QVERIFY(!s.ok());
        QVERIFY(!store.setting(QStringLiteral("a")).has_value());
    }

    void healthJournalAndHistories()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        SiteRecord site;
        site.name = QStringLiteral("s");
        site.baseUrl = QStringLiteral("https://s");
        auto saved = store.saveSite(site);
        auto group = store.saveSiteGroup(makeGroup(saved->id, QStringLiteral("s-openai")));
        ChannelHealthRecord h;
        h.siteGroupId = group->id;
        h.failures = 2;
        h.lastVerdict = QStringLiteral("unhealthy");
        h.lastCheck = QDateTime::currentDateTimeUtc();
        QVERIFY(store.saveChannelHealth(h).ok());
        h.failures = 3;
        QVERIFY(store.saveChannelHealth(h).ok());
        QCOMPARE(store.channelHealth()->size(), 1);
        QCOMPARE(store.channelHealth()->first().failures, 3);

        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(store.appendHealthHistory({0, QStringLiteral("s-openai"), t0, QStringLiteral("healthy"), {}, 1.0, 120}).ok());
        QVERIFY(store.appendHealthHistory({0, QStringLiteral("s-openai"), t0.addSecs(1800), QStringLiteral("unhealthy"), QStringLiteral("503"), 0.2, 900}).ok());
        QVERIFY(store.appendHealthHistory({0, QStringLiteral("other"), t0, QStringLiteral("healthy"), {}, 1.0, 50}).ok());
        QCOMPARE(store.healthHistory(QStringLiteral("s-openai"), {}, 10)->size(), 2);
        QCOMPARE(store.healthHistory({}, t0.addSecs(60), 10)->size(), 1);
        QVERIFY(store.pruneHealthHistory(t0.addSecs(60)).ok());
        QCOMPARE(store.healthHistory({}, {}, 10)->size(), 1);

        for (int i = 0; i < 5; ++i) {
            JournalEntry e;
            e.jobId = QStringLiteral("j1");
            e.op = QStringLiteral("create-group");
            e.target = QStringLiteral("g%1").arg(i);
            e.outcome = QStringLiteral("ok");
            QVERIFY(store.appendJournal(e).ok());
        }
        auto page = store.journal(2, 2);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().target, QStringLiteral("g2"));
        QCOMPARE(store.recentJournal(1)->first().target, QStringLiteral("g4"));

        QVERIFY(store.appendSyncHistory({0, {}, QStringLiteral("s-openai"), {QStringLiteral("a")}, {}, QStringLiteral("applied"), {}}).ok());
        QCOMPARE(store.syncHistory(10)->first().added, QStringList{QStringLiteral("a")});

        QVERIFY(store.addPendingChange({QStringLiteral("s-openai"), QStringLiteral("m1"), QStringLiteral("add"), {}}).ok());
        QVERIFY(store.addPendingChange({QStringLiteral("s-openai"), QStringLiteral("m1"), QStringLiteral("remove"), {}}).ok());
        QCOMPARE(store.pendingChanges()->size(), 1);
        QCOMPARE(store.pendingChanges()->first().change, QStringLiteral("remove"));
        QVERIFY(store.removePendingChange(QStringLiteral("s-openai"), QStringLiteral("m1")).ok());
        QCOMPARE(store.pendingChanges()->size(), 0);

        for (int i = 0; i < 12; ++i)
            QVERIFY(store.appendCleanupHistory({{QStringLiteral("run"), i}}, 10).ok());
        auto cleanups = store.cleanupHistory();
        QCOMPARE(cleanups->size(), 10);
        QCOMPARE(cleanups->first().value(QStringLiteral("run")).toInt(), 11);
    }

    void pruneDropsOldJournalAndSyncRowsOnly()
    {
        StateStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const int daysAgo : {200, 91, 89, 0}) {
            JournalEntry e;
            e.time = now.addDays(-daysAgo);
            e.target = QStringLiteral("t%1").arg(daysAgo);
            QVERIFY(store.appendJournal(e).ok());
            QVERIFY(store.appendSyncHistory({0, now.addDays(-daysAgo), QStringLiteral("s%1").arg(daysAgo), {}, {}, QStringLiteral("unchanged"), {}}).ok());
        }
        QVERIFY(store.appendHealthHistory({0, QStringLiteral("c"), now.addDays(-200), QStringLiteral("healthy"), {}, 1.0, 1}).ok());
        const Result<int> removed = store.pruneJournalAndSyncHistory(now.addDays(-90));
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 4);
        const auto journal = store.recentJournal(10);
        QCOMPARE(journal->size(), 2);
        QCOMPARE(journal->last().target, QStringLiteral("t89"));
        const auto sync = store.syncHistory(10);
        QCOMPARE(sync->size(), 2);
        QCOMPARE(sync->last().site, QStringLiteral("s89"));
        QCOMPARE(store.healthHistory({}, {}, 10)->size(), 1);  // not this pruning's table
        QCOMPARE(store.pruneJournalAndSyncHistory(now.addDays(-90)).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
