// Simulated gpt-load: keys, the async task slot, stats, logs and the test controls.

#include "tests/sim/simfixture.h"

#include <QNetworkProxy>

using namespace ul;
using namespace ul::test;

namespace {

QJsonObject keysBody(const QJsonValue &groupId, const QJsonValue &text)
{
    QJsonObject o;
    if (!groupId.isUndefined())
        o.insert(QStringLiteral("group_id"), groupId);
    if (!text.isUndefined())
        o.insert(QStringLiteral("keys_text"), text);
    return o;
}

} // namespace

class TestSimGptLoadKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> f;
    qint64 gid = 0;

    HttpResult post(const QString &path, const QJsonObject &body) { return f->client.api("POST", path, body); }

private slots:
    void init()
    {
        f = std::make_unique<SimFixture>();
        QVERIFY(f->started);
        gid = f->createStandard(QStringLiteral("keys-group"));
        QVERIFY(gid > 0);
    }
    void cleanup() { f.reset(); }

    void addParsesAndDedupes()
    {
        HttpResult r = f->addKeys(gid, QStringLiteral("k1, k2;k3\nk1  k4"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject(), (QJsonObject{{QStringLiteral("added_count"), 4}, {QStringLiteral("ignored_count"), 1},
                                                   {QStringLiteral("total_in_group"), 4}}));
        r = f->addKeys(gid, QStringLiteral(R"(["k4","k5"])"));
        QCOMPARE(r.data().toObject().value(QStringLiteral("added_count")).toInt(), 1);
        QCOMPARE(r.data().toObject().value(QStringLiteral("ignored_count")).toInt(), 1);
        const QList<SimKey> keys = f->sim->keys(QStringLiteral("keys-group"));
        QCOMPARE(keys.size(), 5);
        QVERIFY(keys.first().isActive());
        QCOMPARE(keys.first().failureCount, 0);
        QCOMPARE(keys.first().hash.size(), 64);
    }

    void bindingErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("group_id string") << keysBody(QStringLiteral("1"), QStringLiteral("k")) << 400 << "INVALID_JSON";
        QTest::newRow("group_id missing") << keysBody(QJsonValue::Undefined, QStringLiteral("k")) << 400 << "INVALID_JSON";
        QTest::newRow("group_id zero") << keysBody(0, QStringLiteral("k")) << 400 << "INVALID_JSON";
        QTest::newRow("keys_text empty") << keysBody(1, QStringLiteral("")) << 400 << "INVALID_JSON";
        QTest::newRow("whitespace") << keysBody(1, QStringLiteral("  \n ")) << 400 << "VALIDATION_FAILED";
        QTest::newRow("unknown group first") << keysBody(999, QStringLiteral("  ")) << 404 << "NOT_FOUND";
    }
    void bindingErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult r = post(QStringLiteral("/api/keys/add-multiple"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
    }

    void batchLimitIs5000()
    {
        QStringList many;
        for (int i = 0; i < 5001; ++i)
            many.append(QStringLiteral("key-%1").arg(i));
        HttpResult r = f->addKeys(gid, many.join(QLatin1Char('\n')));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), QStringLiteral("batch size exceeds the limit of 5000 keys, got 5001"));
        many.removeLast();
        r = f->addKeys(gid, many.join(QLatin1Char('\n')));
        QCOMPARE(r.data().toObject().value(QStringLiteral("total_in_group")).toInt(), 5000);
    }

    void listingPagesAndFilters()
    {
        QStringList keys;
        for (int i = 0; i < 40; ++i)
            keys.append(QStringLiteral("k%1").arg(i));
        f->addKeys(gid, keys.join(QLatin1Char(',')));
        f->sim->setKeyStatus(QStringLiteral("keys-group"), QStringLiteral("k3"), QStringLiteral("invalid"));
        HttpResult r = f->client.api("GET", QStringLiteral("/api/keys?group_id=%1").arg(gid));
        QJsonObject page = r.data().toObject();
        QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 15);
        QCOMPARE(page.value(QStringLiteral("pagination")).toObject(),
                 (QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("page_size"), 15},
                              {QStringLiteral("total_items"), 40}, {QStringLiteral("total_pages"), 3}}));
        r = f->client.api("GET", QStringLiteral("/api/keys?group_id=%1&page=0&page_size=5000").arg(gid));
        QCOMPARE(r.data().toObject().value(QStringLiteral("pagination")).toObject().value(QStringLiteral("page_size")).toInt(), 1000);
        QCOMPARE(r.data().toObject().value(QStringLiteral("pagination")).toObject().value(QStringLiteral("page")).toInt(), 1);
        r = f->client.api("GET", QStringLiteral("/api/keys?group_id=%1&page=3&page_size=15").arg(gid));
        QCOMPARE(r.data().toObject().value(QStringLiteral("items")).toArray().size(), 10);
        r = f->client.api("GET", QStringLiteral("/api/keys?group_id=%1&status=invalid").arg(gid));
        QCOMPARE(r.data().toObject().value(QStringLiteral("items")).toArray().size(), 1);
        r = f->client.api("GET", QStringLiteral("/api/keys?group_id=%1&key_value=k1").arg(gid));
        QCOMPARE(r.data().toObject().value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/keys")).code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/keys?group_id=abc")).code(), QStringLiteral("BAD_REQUEST"));
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/keys?group_id=%1&status=bad").arg(gid)).code(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(f->client.api("GET", QStringLiteral("/api/keys?group_id=999&status=bad")).status, 404);

        const HttpResult exported = f->client.api("GET", QStringLiteral("/api/keys/export?group_id=%1&status=active").arg(gid));
        QVERIFY(exported.header("Content-Type").startsWith("text/plain"));
        QVERIFY(exported.header("Content-Disposition").contains("keys-keys-group-active.txt"));
        QCOMPARE(exported.body.split('\n').size(), 40);   // 39 keys + trailing newline
    }

    void restoreClearAndTest()
    {
        f->addKeys(gid, QStringLiteral("a b c d"));
        f->sim->setKeyStatus(QStringLiteral("keys-group"), QStringLiteral("a"), QStringLiteral("invalid"));
        f->sim->setKeyStatus(QStringLiteral("keys-group"), QStringLiteral("b"), QStringLiteral("invalid"));
        HttpResult r = post(QStringLiteral("/api/keys/restore-multiple"), keysBody(gid, QStringLiteral("a c zz")));
        QCOMPARE(r.data().toObject().value(QStringLiteral("restored_count")).toInt(), 1);
        QCOMPARE(r.data().toObject().value(QStringLiteral("ignored_count")).toInt(), 2);
        r = post(QStringLiteral("/api/keys/restore-all-invalid"), QJsonObject{{QStringLiteral("group_id"), gid}});
        QVERIFY(!r.json().contains(QStringLiteral("data")));
        QCOMPARE(r.message(), QStringLiteral("1 keys restored"));

        f->sim->setKeyValidationOutcome(QStringLiteral("d"), false, QStringLiteral("[status 401] bad key"));
        QJsonObject settings{{QStringLiteral("config"), QJsonObject{{QStringLiteral("blacklist_threshold"), 2}}}};
        QCOMPARE(f->client.api("PUT", QStringLiteral("/api/groups/%1").arg(gid), settings).status, 200);
        r = post(QStringLiteral("/api/keys/test-multiple"), keysBody(gid, QStringLiteral("a d nope")));
        const QJsonArray results = r.data().toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject().value(QStringLiteral("is_valid")).toBool(), true);
        QVERIFY(!results[0].toObject().contains(QStringLiteral("error")));
        QCOMPARE(results[1].toObject().value(QStringLiteral("error")).toString(), QStringLiteral("[status 401] bad key"));
        QCOMPARE(results[2].toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Key does not exist in this group or has been removed."));
        QVERIFY(r.data().toObject().contains(QStringLiteral("total_duration")));
        // Second failure reaches the threshold of 2 → invalid.
        post(QStringLiteral("/api/keys/test-multiple"), keysBody(gid, QStringLiteral("d")));
        r = f->client.api("GET", QStringLiteral("/api/keys?group_id=%1&key_value=d").arg(gid));
        const QJsonObject d = r.data().toObject().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        QCOMPARE(d.value(QStringLiteral("failure_count")).toInt(), 2);

        r = post(QStringLiteral("/api/keys/clear-all-invalid"), QJsonObject{{QStringLiteral("group_id"), gid}});
        QCOMPARE(r.message(), QStringLiteral("1 invalid keys cleared"));
        r = post(QStringLiteral("/api/keys/delete-multiple"), keysBody(gid, QStringLiteral("a zz")));
        QCOMPARE(r.data().toObject().value(QStringLiteral("deleted_count")).toInt(), 1);
        r = post(QStringLiteral("/api/keys/clear-all"), QJsonObject{{QStringLiteral("group_id"), gid}});
        QCOMPARE(r.message(), QStringLiteral("2 keys cleared"));

        f->addKeys(gid, QStringLiteral("x"));
        const qint64 keyId = f->sim->keys(QStringLiteral("keys-group")).first().id;
        QCOMPARE(f->client.api("PUT", QStringLiteral("/api/keys/%1/notes").arg(keyId), QJsonObject{{QStringLiteral("notes"), QStringLiteral("hi")}}).status, 200);
        QCOMPARE(f->client.api("PUT", QStringLiteral("/api/keys/%1/notes").arg(keyId),
                               QJsonObject{{QStringLiteral("notes"), QString(256, QLatin1Char('n'))}}).status, 400);
        QCOMPARE(f->sim->keys(QStringLiteral("keys-group")).first().notes, QStringLiteral("hi"));
        // Deleting the group deletes its keys.
        f->client.api("DELETE", QStringLiteral("/api/groups/%1").arg(gid));
        QVERIFY(f->sim->keys(QStringLiteral("keys-group")).isEmpty());
    }

    void taskSlot()
    {
        HttpResult r = f->client.api("GET", QStringLiteral("/api/tasks/status"));
        QCOMPARE(r.data().toObject(), (QJsonObject{{QStringLiteral("task_type"), QString()}, {QStringLiteral("is_running"), false},
                                                   {QStringLiteral("processed"), 0}, {QStringLiteral("total"), 0},
                                                   {QStringLiteral("started_at"), QStringLiteral("0001-01-01T00:00:00Z")}}));
        f->sim->setTaskCompletionDelayMs(60000);   // finished explicitly below
        r = post(QStringLiteral("/api/keys/add-async"), keysBody(gid, QStringLiteral("a a b")));
        QCOMPARE(r.status, 200);
        QJsonObject started = r.data().toObject();
        QCOMPARE(started.value(QStringLiteral("task_type")).toString(), QStringLiteral("KEY_IMPORT"));
        QCOMPARE(started.value(QStringLiteral("is_running")).toBool(), true);
        QCOMPARE(started.value(QStringLiteral("group_name")).toString(), QStringLiteral("keys-group"));
        QCOMPARE(started.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(started.value(QStringLiteral("processed")).toInt(), 0);

        r = post(QStringLiteral("/api/keys/add-async"), keysBody(gid, QStringLiteral("c")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("TASK_IN_PROGRESS"));
        QCOMPARE(r.message(), QStringLiteral("a task is already running, please wait"));

        QVERIFY(f->sim->taskStatus().isRunning);
        f->sim->finishRunningTask();
        QVERIFY(!f->sim->taskStatus().isRunning);
        const QJsonObject done = f->client.api("GET", QStringLiteral("/api/tasks/status")).data().toObject();
        QCOMPARE(done.value(QStringLiteral("processed")).toInt(), 2);
        QCOMPARE(done.value(QStringLiteral("result")).toObject(), (QJsonObject{{QStringLiteral("added_count"), 2}, {QStringLiteral("ignored_count"), 1}}));
        QVERIFY(done.contains(QStringLiteral("finished_at")));
        QVERIFY(done.value(QStringLiteral("duration_seconds")).toDouble() >= 0);

        f->sim->setTaskCompletionDelayMs(0);
        r = post(QStringLiteral("/api/keys/add-async"), keysBody(gid, QStringLiteral(",,;")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.message(), QStringLiteral("no valid keys found in the input text"));
        r = post(QStringLiteral("/api/keys/validate-group"), QJsonObject{{QStringLiteral("group_id"), gid}, {QStringLiteral("status"), QStringLiteral("invalid")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.message(), QStringLiteral("no keys to validate in group keys-group"));

        f->sim->setKeyValidationOutcome(QStringLiteral("b"), false);
        r = post(QStringLiteral("/api/keys/validate-group"), QJsonObject{{QStringLiteral("group_id"), gid}, {QStringLiteral("status"), QStringLiteral("")}});
        QCOMPARE(r.status, 200);
        const QJsonObject validated = f->client.api("GET", QStringLiteral("/api/tasks/status")).data().toObject();
        QCOMPARE(validated.value(QStringLiteral("task_type")).toString(), QStringLiteral("KEY_VALIDATION"));
        QCOMPARE(validated.value(QStringLiteral("result")).toObject(),
                 (QJsonObject{{QStringLiteral("total_keys"), 2}, {QStringLiteral("valid_keys"), 1}, {QStringLiteral("invalid_keys"), 1}}));

        r = post(QStringLiteral("/api/keys/delete-async"), keysBody(gid, QStringLiteral("a zz")));
        QCOMPARE(r.status, 200);
        QCOMPARE(f->sim->taskStatus().result.value(QStringLiteral("deleted_count")).toInt(), 1);

        // A short completion delay runs out by itself.
        f->sim->setTaskCompletionDelayMs(20);
        QCOMPARE(post(QStringLiteral("/api/keys/add-async"), keysBody(gid, QStringLiteral("late"))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!f->sim->taskStatus().isRunning, 3000);
        QCOMPARE(f->sim->keys(QStringLiteral("keys-group")).size(), 2);
    }

    void multipartImport()
    {
        const auto upload = [&](const QByteArray &fileName, bool withFile) {
            QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"group_id\"\r\n\r\n" + QByteArray::number(gid) + "\r\n";
            if (withFile)
                body += "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/plain\r\n\r\nm1\nm2\n\r\n";
            body += "--XyZ--\r\n";
            return f->client.apiRaw("POST", QStringLiteral("/api/keys/add-async"), body,
                                    {{"Content-Type", "multipart/form-data; boundary=XyZ"}});
        };
        QCOMPARE(upload("keys.csv", true).code(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(upload("", false).code(), QStringLiteral("BAD_REQUEST"));
        const HttpResult ok = upload("keys.txt", true);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.data().toObject().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(f->sim->keys(QStringLiteral("keys-group")).size(), 2);
    }

    void copyUsesTheTaskSlot()
    {
        f->addKeys(gid, QStringLiteral("a b c"));
        f->sim->setKeyStatus(QStringLiteral("keys-group"), QStringLiteral("c"), QStringLiteral("invalid"));
        HttpResult r = post(QStringLiteral("/api/groups/%1/copy").arg(gid), QJsonObject{{QStringLiteral("copy_keys"), QStringLiteral("valid_only")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(f->sim->keys(QStringLiteral("keys-group_copy")).size(), 2);
        QCOMPARE(f->sim->group(QStringLiteral("keys-group_copy"))->displayName, QStringLiteral(" Copy"));
        // Busy slot: the copy succeeds without keys.
        f->sim->setTaskCompletionDelayMs(60000);
        QCOMPARE(post(QStringLiteral("/api/keys/add-async"), keysBody(gid, QStringLiteral("z"))).status, 200);
        r = post(QStringLiteral("/api/groups/%1/copy").arg(gid), QJsonObject{{QStringLiteral("copy_keys"), QStringLiteral("all")}});
        QCOMPARE(r.status, 200);
        QVERIFY(f->sim->keys(QStringLiteral("keys-group_copy_2")).isEmpty());
        QCOMPARE(post(QStringLiteral("/api/groups/%1/copy").arg(gid), QJsonObject{{QStringLiteral("copy_keys"), QStringLiteral("some")}}).code(),
                 QStringLiteral("INVALID_JSON"));
    }

    void statsPerProfile()
    {
        f->addKeys(gid, QStringLiteral("a b"));
        f->sim->setKeyStatus(QStringLiteral("keys-group"), QStringLiteral("b"), QStringLiteral("invalid"));
        SimGroupStats stats;
        stats.last24Hours = {120, 6};
        stats.last7Days = {900, 30};
        stats.last30Days = {4000, 90};
        QVERIFY(f->sim->setGroupStats(QStringLiteral("keys-group"), stats));
        const QJsonObject s = f->client.api("GET", QStringLiteral("/api/groups/%1/stats").arg(gid)).data().toObject();
        QCOMPARE(s.value(QStringLiteral("key_stats")).toObject(),
                 (QJsonObject{{QStringLiteral("total_keys"), 2}, {QStringLiteral("active_keys"), 1}, {QStringLiteral("invalid_keys"), 1}}));
        QCOMPARE(s.value(QStringLiteral("stats_24_hour")).toObject().value(QStringLiteral("failure_rate")).toDouble(), 0.05);
        QCOMPARE(s.value(QStringLiteral("stats_7_day")).toObject().value(QStringLiteral("failure_rate")).toDouble(), 0.0333);
        QVERIFY(s.contains(QStringLiteral("stats_30_day")));
        QVERIFY(!s.contains(QStringLiteral("hourly_stats")));

        SimGptLoadOptions old;
        old.profile = SimGptLoadProfile::V1_2;
        SimFixture f12(old);
        const qint64 id = f12.createStandard(QStringLiteral("old"));
        stats.lastHour = {20, 10};
        f12.sim->setGroupStats(QStringLiteral("old"), stats);
        const QJsonObject s12 = f12.client.api("GET", QStringLiteral("/api/groups/%1/stats").arg(id)).data().toObject();
        QCOMPARE(s12.value(QStringLiteral("hourly_stats")).toObject().value(QStringLiteral("failure_rate")).toDouble(), 0.5);
        QVERIFY(s12.contains(QStringLiteral("daily_stats")));
        QVERIFY(s12.contains(QStringLiteral("weekly_stats")));
        QVERIFY(!s12.contains(QStringLiteral("stats_24_hour")));

        const qint64 agg = f->create(QJsonObject{{QStringLiteral("name"), QStringLiteral("agg")}, {QStringLiteral("group_type"), QStringLiteral("aggregate")},
                                                  {QStringLiteral("channel_type"), QStringLiteral("openai")}});
        const QJsonObject aggStats = f->client.api("GET", QStringLiteral("/api/groups/%1/stats").arg(agg)).data().toObject();
        QCOMPARE(aggStats.value(QStringLiteral("key_stats")).toObject().value(QStringLiteral("total_keys")).toInt(), 0);
    }

    void logsFilterAndPage()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<SimLogItem> items;
        for (int i = 0; i < 30; ++i) {
            SimLogItem item;
            item.timestamp = now.addSecs(-60 * i);
            item.groupName = i % 2 ? QStringLiteral("api-x-com-openai") : QStringLiteral("gpt-4o-via-api-x-com-openai");
            item.isSuccess = i % 3 != 0;
            item.statusCode = item.isSuccess ? 200 : 502;
            item.requestType = i % 5 == 0 ? QStringLiteral("retry") : QStringLiteral("final");
            items.append(item);
        }
        f->sim->addLogItems(items);
        HttpResult r = f->client.api("GET", QStringLiteral("/api/logs?group_name=api-x-com-openai&page_size=1000"));
        QCOMPARE(r.data().toObject().value(QStringLiteral("items")).toArray().size(), 30);   // substring match
        r = f->client.api("GET", QStringLiteral("/api/logs?group_name=gpt-4o-via&request_type=final&is_success=false"));
        for (const QJsonValue &v : r.data().toObject().value(QStringLiteral("items")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("request_type")).toString(), QStringLiteral("final"));
            QCOMPARE(v.toObject().value(QStringLiteral("is_success")).toBool(), false);
        }
        const QString start = QString::fromLatin1(QUrl::toPercentEncoding(now.addSecs(-60 * 9 - 1).toString(Qt::ISODate)));
        r = f->client.api("GET", QStringLiteral("/api/logs?start_time=%1&page_size=4&page=2").arg(start));
        const QJsonObject page = r.data().toObject();
        QCOMPARE(page.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total_items")).toInt(), 10);
        QCOMPARE(page.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("total_pages")).toInt(), 3);
        const QJsonArray second = page.value(QStringLiteral("items")).toArray();
        QCOMPARE(second.size(), 4);
        QVERIFY(second.first().toObject().value(QStringLiteral("timestamp")).toString()
                > second.last().toObject().value(QStringLiteral("timestamp")).toString());
        QVERIFY(f->client.api("GET", QStringLiteral("/api/logs/export")).header("Content-Type").startsWith("text/csv"));
    }

    void latencyConcurrencyCountersAndRecording()
    {
        f->sim->resetCounters();
        f->sim->clearRecordedRequests();
        f->sim->setApiLatencyMs(120);
        HttpResult r = f->client.api("GET", QStringLiteral("/api/groups"));
        QVERIFY(r.elapsedMs >= 100);
        f->sim->setApiLatencyMs(0);

        // Limit 1 with one request held by a hang fault: the next one is "too many".
        f->sim->setMaxConcurrentRequests(1);
        const int hang = f->sim->addFault(SimFaultRule::hang("GET", QStringLiteral("/api/settings")).afterProcessing());
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest held(QUrl(f->sim->url() + QStringLiteral("/api/settings")));
        held.setRawHeader("Authorization", "Bearer " + f->sim->adminKey().toUtf8());
        QNetworkReply *pending = nam.get(held);
        QTRY_COMPARE_WITH_TIMEOUT(f->sim->inFlightRequests(), 1, 2000);
        r = f->client.api("GET", QStringLiteral("/api/groups"));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.message(), QStringLiteral("Too many concurrent requests"));
        pending->abort();
        pending->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(f->sim->inFlightRequests(), 0, 2000);
        f->sim->removeFault(hang);
        f->sim->setMaxConcurrentRequests(0);

        f->client.api("POST", QStringLiteral("/api/groups"), standardGroupBody(QStringLiteral("counted")));
        f->client.api("PUT", QStringLiteral("/api/groups/%1").arg(gid), QJsonObject{{QStringLiteral("sort"), 1}});
        const SimCallCounters c = f->sim->counters();
        QCOMPARE(c.managementCalls, 5);
        QCOMPARE(c.mutatingCalls, 2);
        QCOMPARE(c.perRoute.value(QStringLiteral("GET /api/groups")), 2);
        QCOMPARE(c.perRoute.value(QStringLiteral("PUT /api/groups/:id")), 1);
        const QList<SimRecordedRequest> posts = f->sim->recorder().matching("POST", QStringLiteral("/api/groups"));
        QCOMPARE(posts.size(), 1);
        QVERIFY(posts.first().request.body.contains("counted"));
        QCOMPARE(posts.first().request.header("authorization"), "Bearer " + f->sim->adminKey().toUtf8());
    }

    void stopStartKeepsStateAndResetsUptime()
    {
        f->addKeys(gid, QStringLiteral("persist"));
        const quint16 port = f->sim->port();
        f->sim->stop();
        QCOMPARE(f->client.get(f->sim->url() + QStringLiteral("/health"), {}, 1000).status, 0);
        QVERIFY(f->sim->start());
        QCOMPARE(f->sim->port(), port);
        const HttpResult health = f->client.get(f->sim->url() + QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QVERIFY(health.json().value(QStringLiteral("uptime")).toString().endsWith(QLatin1String("ms"))
                || health.json().value(QStringLiteral("uptime")).toString() == QLatin1String("0s"));
        QCOMPARE(f->sim->keys(QStringLiteral("keys-group")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimGptLoadKeys)
#include "tst_simgptload_keys.moc"
