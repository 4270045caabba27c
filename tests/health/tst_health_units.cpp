// The pure parts of channel health and cleanup: the verdict steps of §16.3, the recovery backoff,
// the health labels, cleanup options and patterns, the predicted cleanup impact, mapBounded().
#include "core/common/future.h"
#include "core/services/channelhealthbatch.h"
#include "core/services/channelhealthprobe.h"
#include "core/services/channelhealthsettings.h"
#include "core/services/channelhealthverdict.h"
#include "core/services/cleanupimpact.h"
#include "core/services/cleanuptypes.h"

#include "tests/gptload/clienttestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;

namespace {

GroupStats stats(qint64 total, double failureRate, qint64 keysTotal = 2, qint64 keysActive = 2, StatsLayout layout = StatsLayout::Current)
{
    GroupStats s;
    s.layout = layout;
    s.recentWindowHours = layout == StatsLayout::Legacy ? 1 : 24;
    s.recent.total = total;
    s.recent.failed = qint64(double(total) * failureRate);
    s.recent.failureRate = failureRate;
    s.keys.total = keysTotal;
    s.keys.active = keysActive;
    return s;
}

FinalRequestSummary logs(qint64 total, qint64 succeeded, double averageMs = 100)
{
    FinalRequestSummary s;
    s.total = total;
    s.succeeded = succeeded;
    s.failed = total - succeeded;
    s.averageDurationMs = averageMs;
    return s;
}

} // namespace

class TestHealthUnits : public QObject
{
    Q_OBJECT

private slots:
    void keysRule()
    {
        QVERIFY(!judgeKeys(stats(0, 0)).has_value());
        QVERIFY(!judgeKeys(stats(0, 0, 0, 0)).has_value());  // no keys at all: not this rule
        const auto v = judgeKeys(stats(0, 0, 3, 0));
        QVERIFY(v.has_value());
        QCOMPARE(v->verdict, HealthVerdict::Unhealthy);
        QVERIFY(v->detail.contains(QStringLiteral("no active keys")));
    }

    void logsRule_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("succeeded");
        QTest::addColumn<double>("averageMs");
        QTest::addColumn<int>("expected");  // -1 = no verdict
        QTest::newRow("too few") << qint64(9) << qint64(0) << 100.0 << -1;
        QTest::newRow("critical") << qint64(10) << qint64(4) << 100.0 << int(HealthVerdict::Unhealthy);
        QTest::newRow("warning") << qint64(10) << qint64(7) << 100.0 << int(HealthVerdict::Unhealthy);
        QTest::newRow("slow") << qint64(10) << qint64(10) << 30001.0 << int(HealthVerdict::Unhealthy);
        QTest::newRow("healthy at 80%") << qint64(10) << qint64(8) << 30000.0 << int(HealthVerdict::Healthy);
    }

    void logsRule()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, succeeded);
        QFETCH(double, averageMs);
        QFETCH(int, expected);
        const auto v = judgeLogs(logs(total, succeeded, averageMs), HealthThresholds());
        if (expected < 0) {
            QVERIFY(!v.has_value());
            return;
        }
        QVERIFY(v.has_value());
        QCOMPARE(int(v->verdict), expected);
        QCOMPARE(v->source, QStringLiteral("logs"));
    }

    void statsRule()
    {
        QVERIFY(!judgeStats(stats(9, 0.9), HealthThresholds()).has_value());
        QCOMPARE(judgeStats(stats(10, 0.09), HealthThresholds())->verdict, HealthVerdict::Healthy);
        QCOMPARE(judgeStats(stats(10, 0.1), HealthThresholds())->verdict, HealthVerdict::Unhealthy);
    }

    void logsAreSkippedWhenStatsShowTooFewRequests()
    {
        QVERIFY(!logsCanDecide(stats(9, 0), HealthThresholds()));
        QVERIFY(logsCanDecide(stats(10, 0), HealthThresholds()));
        // Legacy stats cover one hour, less than the log window: always read the logs.
        QVERIFY(logsCanDecide(stats(0, 0, 2, 2, StatsLayout::Legacy), HealthThresholds()));
    }

    void statsFailures()
    {
        Error unknown = Error::make(ErrorKind::Protocol, QStringLiteral("unknown stats format"));
        unknown.code = QLatin1String(kUnknownStatsFormatCode);
        unknown.httpStatus = 200;
        QCOMPARE(judgeStatsFailure(unknown).verdict, HealthVerdict::Error);
        QCOMPARE(judgeStatsFailure(Error::make(ErrorKind::Network, QStringLiteral("refused"))).verdict, HealthVerdict::Inconclusive);
        Error notFound = Error::notFound(QStringLiteral("no such group"));
        notFound.httpStatus = 404;
        QCOMPARE(judgeStatsFailure(notFound).verdict, HealthVerdict::Error);
    }

    void modelListProbe()
    {
        QCOMPARE(judgeModelListProbe(ul::test::httpAnswer(200, R"({"object":"list","data":[{"id":"gpt-4o"}]})"), ChannelType::OpenAI).verdict,
                 HealthVerdict::Healthy);
        QCOMPARE(judgeModelListProbe(ul::test::httpAnswer(200, R"({"object":"list","data":[]})"), ChannelType::OpenAI).verdict, HealthVerdict::Unhealthy);
        QCOMPARE(judgeModelListProbe(ul::test::httpAnswer(200, "<html>"), ChannelType::OpenAI).verdict, HealthVerdict::Unhealthy);
        Error upstream = Error::make(ErrorKind::Upstream, QStringLiteral("503"));
        upstream.httpStatus = 503;
        QCOMPARE(judgeModelListProbe(upstream, ChannelType::OpenAI).verdict, HealthVerdict::Unhealthy);
        QCOMPARE(judgeModelListProbe(Error::make(ErrorKind::Timeout, QStringLiteral("t")), ChannelType::OpenAI).verdict,
                 HealthVerdict::Inconclusive);
        QCOMPARE(judgeModelListProbe(ul::test::httpAnswer(200, R"({"models":[{"name":"models/gemini-2.5-flash"}]})"), ChannelType::Gemini).verdict,
                 HealthVerdict::Healthy);
    }

    void completionProbeRequestIsCappedAndNeverRetried()
    {
        InstanceConfig instance;
        instance.id = QStringLiteral("a");
        instance.url = QStringLiteral("http://127.0.0.1:1");
        const HttpRequestSpec openai = completionProbeRequest(instance, QStringLiteral("x-openai"), ChannelType::OpenAI,
                                                              QStringLiteral("gpt-4o-mini"), QStringLiteral("sk-hop-0123456789"), 1000);
        QCOMPARE(openai.url.toString(), QStringLiteral("http://127.0.0.1:1/proxy/x-openai/v1/chat/completions"));
        QCOMPARE(openai.retryAttempts.value_or(-1), 0);
        QVERIFY(!openai.isIdempotent());
        const QJsonObject body = QJsonDocument::fromJson(openai.body).object();
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(openai.headers.isEmpty(), false);

        const HttpRequestSpec anthropic = completionProbeRequest(instance, QStringLiteral("x-anthropic"), ChannelType::Anthropic,
                                                                 QStringLiteral("claude-3-haiku"), QStringLiteral("sk-hop-0123456789"), 1000);
        QVERIFY(anthropic.url.path().endsWith(QStringLiteral("/v1/messages")));
        QCOMPARE(QJsonDocument::fromJson(anthropic.body).object().value(QStringLiteral("max_tokens")).toInt(), 1);
        QVERIFY(!findHeader(anthropic.headers, "anthropic-version").isEmpty());

        const HttpRequestSpec gemini = completionProbeRequest(instance, QStringLiteral("x-gemini"), ChannelType::Gemini,
                                                              QStringLiteral("gemini-2.5-flash"), QStringLiteral("sk-hop-0123456789"), 1000);
        QVERIFY(gemini.url.path().endsWith(QStringLiteral("/v1beta/models/gemini-2.5-flash:generateContent")));
        QCOMPARE(QJsonDocument::fromJson(gemini.body)
                     .object()
                     .value(QStringLiteral("generationConfig"))
                     .toObject()
                     .value(QStringLiteral("maxOutputTokens"))
                     .toInt(),
                 1);
    }

    void recoveryBackoffDoublesToOneHour()
    {
        const RecoveryPolicy p;
        int b = 0;
        QList<int> seen;
        for (int i = 0; i < 6; ++i) {
            b = nextRecoveryBackoffSecs(b, p);
            seen.append(b);
        }
        QCOMPARE(seen, (QList<int>{300, 600, 1200, 2400, 3600, 3600}));
    }

    void thresholdsAreSettings()
    {
        HealthThresholds t;
        RecoveryPolicy r;
        applyHealthSettings(QJsonObject{{QStringLiteral("minRequests"), 20},
                                        {QStringLiteral("recoveryProbes"), 3},
                                        {QStringLiteral("maxFailureRate"), 7.0}},  // out of range: ignored
                            &t, &r);
        QCOMPARE(t.minRequests, 20);
        QCOMPARE(r.successesRequired, 3);
        QCOMPARE(t.maxFailureRate, 0.1);
    }

    void settingsPatchIsValidatedAndMerged()
    {
        const QJsonObject stored{{QStringLiteral("minRequests"), 20}};
        Result<QJsonObject> merged = patchHealthSettings(stored, {{QStringLiteral("recoveryProbes"), 4}, {QStringLiteral("minRequests"), QJsonValue()}});
        QVERIFY(merged.ok());
        QCOMPARE(merged.value(), (QJsonObject{{QStringLiteral("recoveryProbes"), 4}}));  // null: back to the default

        const auto refused = [&stored](const QJsonObject &patch, const QString &field) {
            const Result<QJsonObject> r = patchHealthSettings(stored, patch);
            return !r.ok() && r.error().kind == ErrorKind::Validation && r.error().field == field;
        };
        QVERIFY(refused({{QStringLiteral("nope"), 1}}, QStringLiteral("nope")));
        QVERIFY(refused({{QStringLiteral("maxFailureRate"), 1.5}}, QStringLiteral("maxFailureRate")));
        QVERIFY(refused({{QStringLiteral("minRequests"), 2.5}}, QStringLiteral("minRequests")));      // whole numbers
        QVERIFY(refused({{QStringLiteral("minRequests"), QStringLiteral("5")}}, QStringLiteral("minRequests")));
        QVERIFY(refused({{QStringLiteral("warningSuccessRate"), 0.4}}, QStringLiteral("warningSuccessRate")));  // below critical 0.5
        QVERIFY(refused({{QStringLiteral("recoveryMaxBackoffSecs"), 60}}, QStringLiteral("recoveryMaxBackoffSecs")));  // below 300
        QVERIFY(patchHealthSettings(stored, {{QStringLiteral("warningSuccessRate"), 0.4}, {QStringLiteral("criticalSuccessRate"), 0.3}}).ok());

        HealthSettingsView view;
        applyHealthSettings(QJsonObject{{QStringLiteral("slowAverageMs"), 5000}}, &view.thresholds, &view.recovery);
        const QJsonObject json = view.toJson();
        QCOMPARE(json.value(QStringLiteral("slowAverageMs")).toDouble(), 5000.0);
        QCOMPARE(json.value(QStringLiteral("defaults")).toObject().value(QStringLiteral("slowAverageMs")).toDouble(), 30000.0);
        QCOMPARE(json.value(QStringLiteral("ranges")).toObject().value(QStringLiteral("recoveryProbes")).toObject().value(QStringLiteral("max")).toInt(), 100);
        QCOMPARE(view.valuesJson().size(), 9);
    }

    void healthLabels()
    {
        SiteGroupRecord g;
        ChannelHealthRecord h;
        QCOMPARE(channelHealthLabel(g, nullptr), QStringLiteral("healthy"));
        h.failures = 2;
        QCOMPARE(channelHealthLabel(g, &h), QStringLiteral("failing"));
        g.state = ChannelState::DisabledByHealth;
        h.recoveryStreak = 0;
        QCOMPARE(channelHealthLabel(g, &h), QStringLiteral("disabled-by-health"));
        h.recoveryStreak = 1;
        QCOMPARE(channelHealthLabel(g, &h), QStringLiteral("recovering"));
        g.state = ChannelState::DisabledByUser;
        QCOMPARE(channelHealthLabel(g, &h), QStringLiteral("disabled-by-user"));
    }

    void cleanupOptions()
    {
        const Result<CleanupOptions> defaults = CleanupOptions::fromJson({});
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->timeoutMs, 10000);
        QCOMPARE(defaults->retryCount, 2);
        QVERIFY(!defaults->dryRun);

        const Result<CleanupOptions> bad = CleanupOptions::fromJson({{QStringLiteral("excludePatterns"), QJsonArray{QStringLiteral("(unclosed")}}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Validation);
        QCOMPARE(bad.error().field, QStringLiteral("excludePatterns"));

        const Result<CleanupOptions> longOne =
            CleanupOptions::fromJson({{QStringLiteral("onlyCheckPatterns"), QJsonArray{QString(201, QLatin1Char('a'))}}});
        QVERIFY(!longOne.ok());
        QCOMPARE(longOne.error().field, QStringLiteral("onlyCheckPatterns"));

        QVERIFY(!CleanupOptions::fromJson({{QStringLiteral("timeout"), 5}}).ok());
        QVERIFY(!CleanupOptions::fromJson({{QStringLiteral("retryCount"), 0}}).ok());
        QVERIFY(!CleanupOptions::fromJson({{QStringLiteral("dryRun"), QStringLiteral("yes")}}).ok());
    }

    void cleanupPatternsMatchNamesCaseInsensitively()
    {
        CleanupOptions o;
        o.onlyCheckPatterns = {QStringLiteral("^API-")};
        o.excludePatterns = {QStringLiteral("keep")};
        const Result<CleanupFilter> f = CleanupFilter::compile(o);
        QVERIFY(f.ok());
        QVERIFY(f->selects(QStringLiteral("api-x-openai")));
        QVERIFY(!f->selects(QStringLiteral("api-keep-openai")));
        QVERIFY(!f->selects(QStringLiteral("other-openai")));
    }

    void predictedImpactKeepsTheLastMember()
    {
        CleanupLayers layers;
        layers.instanceUrls = {{QStringLiteral("i"), QStringLiteral("http://gl")}};
        for (int i = 1; i <= 2; ++i) {
            SiteGroupRecord g;
            g.id = i;
            g.name = QStringLiteral("s%1-openai").arg(i);
            layers.siteGroups.append(g);
        }
        // model a: members from s1 and s2; model b: only s1.
        const auto l2 = [&](qint64 id, qint64 siteGroup, const QString &name) {
            L2Record r;
            r.id = id;
            r.siteGroupId = siteGroup;
            r.name = name;
            r.instanceId = QStringLiteral("i");
            layers.l2Groups.append(r);
        };
        l2(10, 1, QStringLiteral("a-via-s1-openai"));
        l2(11, 2, QStringLiteral("a-via-s2-openai"));
        l2(12, 1, QStringLiteral("b-via-s1-openai"));
        L3Record a;
        a.id = 100;
        a.name = QStringLiteral("a");
        L3Record b;
        b.id = 101;
        b.name = QStringLiteral("b");
        layers.l3Groups = {a, b};
        layers.members = {L3MemberRecord{100, 10, 5, QStringLiteral("default"), ChannelState::Active},
                          L3MemberRecord{100, 11, 1, QStringLiteral("default"), ChannelState::Active},
                          L3MemberRecord{101, 12, 1, QStringLiteral("default"), ChannelState::Active}};

        const QList<AffectedModelGroup> impact = predictCleanupImpact(layers, {1});
        QCOMPARE(impact.size(), 2);
        QCOMPARE(impact.at(0).groupName, QStringLiteral("a"));
        QCOMPARE(impact.at(0).removedUpstreams, QStringList{QStringLiteral("http://gl/proxy/a-via-s1-openai")});
        QCOMPARE(impact.at(0).remainingUpstreams, 1);
        QCOMPARE(impact.at(1).groupName, QStringLiteral("b"));
        QVERIFY(impact.at(1).keptLastMember);
        QVERIFY(impact.at(1).removedUpstreams.isEmpty());
        QCOMPARE(impact.at(1).remainingUpstreams, 1);  // the kept member stays in the list
        QCOMPARE(countCleanedUpstreams(impact), 1);
    }

    void mapBoundedKeepsOrderAndLimit()
    {
        QList<int> items;
        for (int i = 0; i < 25; ++i)
            items.append(i);
        int running = 0;
        int peak = 0;
        QList<std::shared_ptr<QPromise<Result<int>>>> pending;
        std::function<QFuture<Result<int>>(const int &)> fn = [&](const int &i) -> QFuture<Result<int>> {
            if (i % 2 == 0)
                return readyResult<int>(i * 10);  // finished at once: no recursion
            auto p = std::make_shared<QPromise<Result<int>>>();
            p->start();
            ++running;
            peak = std::max(peak, running);
            pending.append(p);
            return p->future();
        };
        QFuture<QList<Result<int>>> all = mapBounded(items, 3, fn);
        while (!pending.isEmpty()) {
            auto p = pending.takeFirst();
            --running;
            p->addResult(Result<int>(-1));
            p->finish();
        }
        QVERIFY(all.isFinished());
        const QList<Result<int>> results = all.result();
        QCOMPARE(results.size(), 25);
        QCOMPARE(results.at(4).value(), 40);
        QCOMPARE(results.at(5).value(), -1);
        QVERIFY(peak <= 3);
        QVERIFY(mapBounded(QList<int>(), 3, fn).isFinished());
    }
};

QTEST_GUILESS_MAIN(TestHealthUnits)
#include "tst_health_units.moc"
