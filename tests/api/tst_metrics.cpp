// GET /metrics rendering: the Prometheus text format, label escaping, and what is reported.
#include "core/api/apitraffic.h"
#include "core/api/metricsrender.h"
#include "core/api/prometheustext.h"

#include <QRegularExpression>
#include <QTest>

using namespace ul;

class TestMetrics : public QObject
{
    Q_OBJECT

private:
    static EngineSnapshot sampleSnapshot()
    {
        EngineSnapshot s;
        s.ready = true;
        s.startedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        InstanceView up;
        up.id = QStringLiteral("local");
        up.name = QStringLiteral("Local \"main\"");
        up.healthy = true;
        up.responseTimeMs = 12;
        InstanceView down;
        down.id = QStringLiteral("remote");
        down.name = QStringLiteral("Remote");
        down.consecutiveFailures = 4;
        s.instances = {up, down};
        s.layers.siteGroups = 3;
        s.layers.modelChannelGroups = 40;
        s.layers.aggregateGroups = 20;
        s.layers.models = 20;
        s.uniApi.exists = true;
        s.uniApi.providersCount = 25;
        s.uniApi.managedCount = 20;
        s.channelFailureThreshold = 3;
        s.channelFailures.insert(QStringLiteral("deepseek-openai"), 3);
        s.channelFailures.insert(QStringLiteral("relay-openai"), 1);
        SiteView site;
        site.name = QStringLiteral("deepseek");
        SiteGroupView g1;
        g1.name = QStringLiteral("deepseek-openai");
        g1.health = QStringLiteral("disabled-by-health");
        g1.lastVerdict = QStringLiteral("unhealthy");
        g1.lastCheck = QDateTime::fromSecsSinceEpoch(1700000300, Qt::UTC);
        g1.keyPool = KeyPoolView{{5, 2, 3}, g1.lastCheck};
        SiteGroupView g2;
        g2.name = QStringLiteral("deepseek-anthropic");
        g2.health = QStringLiteral("healthy");
        site.groups = {g1, g2};
        s.sites = {site};
        s.modelSync.enabled = true;
        s.modelSync.lastRun = QDateTime::fromSecsSinceEpoch(1700000600, Qt::UTC);
        s.modelSyncDetails.lastRun.added = 5;
        s.modelSyncDetails.pendingChanges = 2;
        JobView running;
        running.state = QStringLiteral("running");
        s.jobs = {running};
        return s;
    }

    static EngineMetrics sampleMetrics()
    {
        EngineMetrics m;
        m.gptLoadRequests.insert(QStringLiteral("local"),
                                 RequestCounters({{QStringLiteral("GET"), QStringLiteral("/api/groups"), QStringLiteral("2xx"), 7},
                                                  {QStringLiteral("POST"), QStringLiteral("/api/groups"), QStringLiteral("5xx"), 2}}));
        JobDurationStat stat;
        stat.kind = QStringLiteral("process-site");
        stat.state = QStringLiteral("done");
        stat.count = 2;
        stat.totalSeconds = 3.5;
        stat.maxSeconds = 2.25;
        m.jobs = {stat};
        return m;
    }

    // The value of the one sample with exactly this name and label set, or NaN.
    static double value(const QByteArray &text, const QString &series)
    {
        for (const QByteArray &line : text.split('\n')) {
            const QString l = QString::fromUtf8(line);
            if (l.startsWith(series + QLatin1Char(' ')))
                return l.mid(series.size() + 1).toDouble();
        }
        return std::nan("");
    }

private slots:
    void labelValuesAreEscaped()
    {
        QCOMPARE(PrometheusText::escapeLabelValue(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
    }

    void reportsTheSnapshotAndCounters()
    {
        ApiTrafficStats traffic;
        traffic.record(QStringLiteral("GET"), 200, 2);
        traffic.record(QStringLiteral("GET"), 200, 4);
        traffic.record(QStringLiteral("POST"), 401, 0);
        const QByteArray text = renderMetrics(sampleSnapshot(), sampleMetrics(), &traffic, QStringLiteral("1.2.3"));

        QCOMPARE(value(text, QStringLiteral("uniload_info{version=\"1.2.3\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_instance_up{instance=\"local\",name=\"Local \\\"main\\\"\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_instance_up{instance=\"remote\",name=\"Remote\"}")), 0.0);
        QCOMPARE(value(text, QStringLiteral("uniload_instance_latency_seconds{instance=\"local\"}")), 0.012);
        QVERIFY(!text.contains("uniload_instance_latency_seconds{instance=\"remote\"}"));  // never measured
        QCOMPARE(value(text, QStringLiteral("uniload_instance_consecutive_failures{instance=\"remote\"}")), 4.0);
        QCOMPARE(value(text, QStringLiteral("uniload_groups{layer=\"site\"}")), 3.0);
        QCOMPARE(value(text, QStringLiteral("uniload_groups{layer=\"model_site\"}")), 40.0);
        QCOMPARE(value(text, QStringLiteral("uniload_groups{layer=\"model\"}")), 20.0);
        QCOMPARE(value(text, QStringLiteral("uniload_sites")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_models")), 20.0);
        QCOMPARE(value(text, QStringLiteral("uniload_uniapi_providers{managed=\"false\"}")), 5.0);
        QCOMPARE(value(text, QStringLiteral("uniload_gptload_requests_total{instance=\"local\",method=\"POST\",route=\"/api/groups\",status=\"5xx\"}")), 2.0);
        QCOMPARE(value(text, QStringLiteral("uniload_operation_duration_seconds_sum{kind=\"process-site\",outcome=\"done\"}")), 3.5);
        QCOMPARE(value(text, QStringLiteral("uniload_operation_duration_seconds_count{kind=\"process-site\",outcome=\"done\"}")), 2.0);
        QCOMPARE(value(text, QStringLiteral("uniload_jobs{state=\"running\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channels{health=\"disabled-by-health\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channel_consecutive_failures{channel=\"relay-openai\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_failing_channels")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channel_last_check{verdict=\"unhealthy\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channel_last_check{verdict=\"never\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channel_last_check_timestamp_seconds{channel=\"deepseek-openai\"}")), 1700000300.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channel_last_check_timestamp_seconds{channel=\"deepseek-anthropic\"}")), 0.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channel_keys{channel=\"deepseek-openai\",state=\"active\"}")), 2.0);
        QCOMPARE(value(text, QStringLiteral("uniload_channel_keys{channel=\"deepseek-openai\",state=\"invalid\"}")), 3.0);
        QVERIFY(!text.contains("uniload_channel_keys{channel=\"deepseek-anthropic\""));  // its pool was never read
        QCOMPARE(value(text, QStringLiteral("uniload_service_enabled{service=\"model_sync\"}")), 1.0);
        QCOMPARE(value(text, QStringLiteral("uniload_service_last_run_timestamp_seconds{service=\"model_sync\"}")), 1700000600.0);
        QCOMPARE(value(text, QStringLiteral("uniload_model_sync_last_run{figure=\"added\"}")), 5.0);
        QCOMPARE(value(text, QStringLiteral("uniload_model_sync_pending_changes")), 2.0);
        QCOMPARE(value(text, QStringLiteral("uniload_api_requests_total{method=\"GET\",status=\"200\"}")), 2.0);
        QCOMPARE(value(text, QStringLiteral("uniload_api_request_duration_seconds_total{method=\"GET\",status=\"200\"}")), 0.006);
    }

    void isWellFormedExpositionText()
    {
        const QByteArray text = renderMetrics(sampleSnapshot(), sampleMetrics(), nullptr, QStringLiteral("1.2.3"));
        QVERIFY(text.endsWith('\n'));
        static const QRegularExpression sampleLine(
            QStringLiteral("^([a-z_:][a-z0-9_:]*)(\\{([a-z_]+=\"([^\"\\\\]|\\\\.)*\",?)*\\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$"));
        QSet<QString> typed;
        QSet<QString> seenFamilies;
        QString currentFamily;
        for (const QByteArray &raw : text.split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1String("# TYPE "))) {
                const QString family = line.section(QLatin1Char(' '), 2, 2);
                QVERIFY2(!typed.contains(family), qPrintable(QStringLiteral("family declared twice: ") + family));
                typed.insert(family);
                currentFamily = family;
                continue;
            }
            if (line.startsWith(QLatin1String("# HELP ")))
                continue;
            const auto m = sampleLine.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("not a sample line: ") + line));
            // Every sample belongs to the family declared just above it (summaries add _sum/_count).
            const QString name = m.captured(1);
            QVERIFY2(name == currentFamily || name == currentFamily + QLatin1String("_sum") || name == currentFamily + QLatin1String("_count"),
                     qPrintable(name + QStringLiteral(" outside its family ") + currentFamily));
            seenFamilies.insert(currentFamily);
        }
        QVERIFY(typed.contains(QStringLiteral("uniload_gptload_requests_total")));
        QVERIFY(!typed.contains(QStringLiteral("uniload_api_requests_total")));  // no traffic stats given
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
