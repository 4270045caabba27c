#include "core/log/loghub.h"
#include "ui/models/filterpreviewmodel.h"
#include "ui/models/filterproxies.h"
#include "ui/models/instancesmodel.h"
#include "ui/models/jobsmodel.h"
#include "ui/models/journalmodel.h"
#include "ui/models/logmodel.h"
#include "ui/models/rulelistmodel.h"
#include "ui/models/settingsmodel.h"
#include "ui/models/valuetablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ul;

namespace {

std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

InstanceView instance(const QString &id, bool healthy)
{
    InstanceView v;
    v.id = id;
    v.name = id;
    v.url = QStringLiteral("http://%1:3001").arg(id);
    v.checked = true;
    v.healthy = healthy;
    v.responseTimeMs = 42;
    v.error = healthy ? QString() : QStringLiteral("connection refused");
    return v;
}

JournalEntry entry(qint64 id, const QString &outcome, const QString &target)
{
    JournalEntry e;
    e.id = id;
    e.time = QDateTime::currentDateTimeUtc();
    e.jobId = QStringLiteral("job-%1").arg(id);
    e.kind = QStringLiteral("process-site");
    e.op = QStringLiteral("create-group");
    e.instanceId = QStringLiteral("local");
    e.target = target;
    e.outcome = outcome;
    return e;
}

LogEntry logEntry(qint64 id, LogLevel level, const QString &category, const QString &text)
{
    LogEntry e;
    e.id = id;
    e.level = level;
    e.timestamp = QDateTime::currentDateTimeUtc();
    e.category = category;
    e.text = text;
    return e;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void instancesModel()
    {
        InstancesModel model;
        auto check = tester(&model);
        model.setInstances({instance(QStringLiteral("local"), true), instance(QStringLiteral("us"), false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(InstancesModel::ColumnCount));
        QCOMPARE(model.index(0, InstancesModel::Health).data().toString(), QStringLiteral("Healthy"));
        QCOMPARE(model.index(1, InstancesModel::Health).data().toString(), QStringLiteral("Down"));
        QCOMPARE(model.index(1, InstancesModel::LastError).data().toString(), QStringLiteral("connection refused"));
        QCOMPARE(model.index(0, InstancesModel::ResponseTime).data().toString(), QStringLiteral("42 ms"));
        QVERIFY(model.index(0, InstancesModel::Health).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.rowForId(QStringLiteral("us")), 1);

        // Same rows: updated in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        InstanceView insecure = instance(QStringLiteral("us"), true);
        insecure.tlsInsecure = true;
        insecure.url = QStringLiteral("https://us.example:3001");
        QCOMPARE(model.index(1, InstancesModel::Tls).data().toString(), QStringLiteral("Not used (http)"));  // http: no TLS at all
        model.setInstances({instance(QStringLiteral("local"), true), insecure});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, InstancesModel::Tls).data().toString(), QStringLiteral("Verification off"));
        insecure.tlsInsecure = false;
        model.setInstances({instance(QStringLiteral("local"), true), insecure});
        QCOMPARE(model.index(1, InstancesModel::Tls).data().toString(), QStringLiteral("Verified"));

        // Different rows: reset.
        model.setInstances({instance(QStringLiteral("eu"), true)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setInstances({});
        QCOMPARE(model.rowCount(), 0);
        model.retranslate();
    }

    void jobsModel()
    {
        JobsModel model;
        auto check = tester(&model);
        JobView running;
        running.id = QStringLiteral("j1");
        running.kind = QStringLiteral("reconcile");
        running.title = QStringLiteral("Reconcile layers");
        running.state = QStringLiteral("running");
        running.progressDone = 3;
        running.progressTotal = 10;
        running.step = QStringLiteral("creating L2 groups");
        JobView failed;
        failed.id = QStringLiteral("j0");
        failed.title = QStringLiteral("Onboard api-example-com");
        failed.state = QStringLiteral("failed");
        failed.error = QStringLiteral("no healthy instance");
        model.setJobs({running, failed});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JobsModel::State).data().toString(), QStringLiteral("Running"));
        QCOMPARE(model.index(0, JobsModel::Progress).data().toString(), QStringLiteral("3/10 creating L2 groups"));
        QCOMPARE(model.index(0, JobsModel::Progress).data(JobsModel::ProgressRole).toPoint(), QPoint(3, 10));
        QCOMPARE(model.index(1, JobsModel::Error).data().toString(), QStringLiteral("no healthy instance"));
        running.progressDone = 4;
        model.setJobs({running, failed});
        QCOMPARE(model.index(0, JobsModel::Progress).data(JobsModel::ProgressRole).toPoint(), QPoint(4, 10));
        model.setJobs({failed});
        QCOMPARE(model.rowCount(), 1);
    }

    void journalModelAppendsInOrderAndKeepsTheNewest()
    {
        JournalModel model(nullptr, 3);
        auto check = tester(&model);
        model.appendEntries({entry(2, QStringLiteral("ok"), QStringLiteral("b")), entry(1, QStringLiteral("failed"), QStringLiteral("a"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JournalModel::Target).data().toString(), QStringLiteral("a"));
        QCOMPARE(model.index(0, JournalModel::Outcome).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.lastId(), 2);
        model.appendEntries({entry(2, QStringLiteral("ok"), QStringLiteral("b"))});  // known: ignored
        QCOMPARE(model.rowCount(), 2);
        model.appendEntries({entry(3, QStringLiteral("ok"), QStringLiteral("c")), entry(4, QStringLiteral("skipped"), QStringLiteral("d"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, JournalModel::Target).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(2, JournalModel::Target).data().toString(), QStringLiteral("d"));
        model.appendEntries({entry(5, QStringLiteral("ok"), QStringLiteral("e")), entry(6, QStringLiteral("ok"), QStringLiteral("f")),
                             entry(7, QStringLiteral("ok"), QStringLiteral("g")), entry(8, QStringLiteral("ok"), QStringLiteral("h"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, JournalModel::Target).data().toString(), QStringLiteral("f"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void journalFilter()
    {
        JournalModel model;
        JournalFilterProxy proxy;
        proxy.setSourceModel(&model);
        auto check = tester(&proxy);
        model.appendEntries({entry(1, QStringLiteral("ok"), QStringLiteral("gpt-4o")), entry(2, QStringLiteral("failed"), QStringLiteral("claude")),
                             entry(3, QStringLiteral("ok"), QStringLiteral("claude-opus"))});
        proxy.setOutcome(QStringLiteral("failed"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setOutcome(QString());
        proxy.setText(QStringLiteral("CLAUDE"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setOutcome(QStringLiteral("ok"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, JournalModel::Target).data().toString(), QStringLiteral("claude-opus"));
    }

    void logModelFollowsTheHub()
    {
        LogHubOptions options;
        options.consoleOutput = false;
        options.minimumLevel = LogLevel::Debug;
        LogHub hub(options);
        hub.append(LogLevel::Info, QStringLiteral("uniload.config"), QStringLiteral("before attach"));
        LogModel model(nullptr, 3);
        auto check = tester(&model);
        model.attach(&hub);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("before attach"));
        hub.append(LogLevel::Warn, QStringLiteral("uniload.gptload"), QStringLiteral("slow\nsecond line"));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, LogModel::Level).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(1, LogModel::Message).data().toString(), QStringLiteral("slow"));
        QCOMPARE(model.index(1, LogModel::Message).data(Qt::ToolTipRole).toString(), QStringLiteral("slow\nsecond line"));
        for (int i = 0; i < 4; ++i)
            hub.append(LogLevel::Error, QStringLiteral("uniload.api"), QStringLiteral("line %1").arg(i));
        QTRY_COMPARE(model.index(2, LogModel::Message).data().toString(), QStringLiteral("line 3"));
        QCOMPARE(model.rowCount(), 3);
        model.attach(nullptr);
    }

    void logFilter()
    {
        LogModel model;
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        auto check = tester(&proxy);
        model.appendEntries({logEntry(1, LogLevel::Debug, QStringLiteral("uniload.api"), QStringLiteral("request")),
                             logEntry(2, LogLevel::Info, QStringLiteral("uniload.config"), QStringLiteral("loaded file")),
                             logEntry(3, LogLevel::Error, QStringLiteral("uniload.api"), QStringLiteral("bind failed"))});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setMinimumLevel(LogLevel::Info);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCategory(QStringLiteral("uniload.api"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCategory(QString());
        proxy.setText(QStringLiteral("FILE"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void ruleListModel()
    {
        RuleListModel model;
        auto check = tester(&model);
        QSignalSpy edited(&model, &RuleListModel::edited);
        model.setEntries({{QStringLiteral("gpt-"), true}, {QStringLiteral("qwen-"), false}});
        QCOMPARE(edited.count(), 0);
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
        QVERIFY(!model.addEntry(QStringLiteral("  GPT- ")));  // duplicate, case-insensitive
        QVERIFY(!model.addEntry(QStringLiteral("   ")));
        QVERIFY(model.addEntry(QStringLiteral(" claude- ")));
        QCOMPARE(model.entries().last().value, QStringLiteral("claude-"));
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.entries().at(1).enabled);
        QVERIFY(!model.setData(model.index(1), QStringLiteral("gpt-"), Qt::EditRole));  // would duplicate
        QVERIFY(model.setData(model.index(1), QStringLiteral("qwen3-"), Qt::EditRole));
        QVERIFY(model.moveEntry(2, -2));
        QCOMPARE(model.entries().first().value, QStringLiteral("claude-"));
        QVERIFY(model.moveEntry(0, 1));
        QCOMPARE(model.entries().at(1).value, QStringLiteral("claude-"));
        QVERIFY(!model.moveEntry(2, 1));
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(edited.count() >= 6);
    }

    void valueTableHeaderTooltips()
    {
        using Model = ValueTableModel<QString>;
        Model model([](const QString &row) { return row; },
                    {Model::ColumnSpec([]() { return QStringLiteral("Channel"); }, [](const QString &row) { return row; })
                         .explainedBy([]() { return QStringLiteral("A channel is a site group"); }),
                     Model::ColumnSpec([]() { return QStringLiteral("Plain"); }, [](const QString &row) { return row; })});
        auto check = tester(&model);
        model.setRows({QStringLiteral("a-openai")});
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Channel"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("A channel is a site group"));
        QVERIFY(!model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void filterPreviewModel()
    {
        FilterPreviewModel model;
        auto check = tester(&model);
        model.evaluate({QStringLiteral("gpt-4o"), QStringLiteral("text-embedding-3-small"), QStringLiteral("mystery-model"),
                        QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")},
                       FilterRules::defaults(), {ChannelType::OpenAI});
        QCOMPARE(model.rowCount(), 4);  // the duplicate is shown once
        QCOMPARE(model.keptCount(), 2);
        QCOMPARE(model.droppedCount(), 2);
        QCOMPARE(model.index(0, FilterPreviewModel::Verdict).data().toString(), QStringLiteral("Kept"));
        QCOMPARE(model.index(0, FilterPreviewModel::Cost).data().toString(), QStringLiteral("High cost (gpt-4)"));
        // gpt-4o-mini matches "gpt-4" too, but as a preferred test model it is no cost risk.
        QCOMPARE(model.index(3, FilterPreviewModel::Cost).data().toString(), QStringLiteral("Preferred test model (exempt from gpt-4)"));
        QVERIFY(!model.index(3, FilterPreviewModel::Cost).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, FilterPreviewModel::Reason).data().toString(), QStringLiteral("Blacklisted"));
        QCOMPARE(model.index(1, FilterPreviewModel::Entry).data().toString(), QStringLiteral("embedding"));
        QCOMPARE(model.index(2, FilterPreviewModel::Reason).data().toString(), QStringLiteral("Not whitelisted"));

        FilterRules noWhitelist = FilterRules::defaults();
        noWhitelist.whitelistEnabled = false;
        model.evaluate({QStringLiteral("mystery-model")}, noWhitelist, {ChannelType::OpenAI});
        QCOMPARE(model.keptCount(), 1);
        model.evaluate({}, noWhitelist, {ChannelType::OpenAI});
        QCOMPARE(model.rowCount(), 0);
    }

    void settingsModel()
    {
        AppConfig config;
        config.setOverride(SettingKey::Port, QStringLiteral("4000"), ConfigOrigin::Environment);
        config.setOverride(SettingKey::ModelSyncInterval, QStringLiteral("360"), ConfigOrigin::StoredSetting);
        config.setOverride(SettingKey::ApiToken, QStringLiteral("secret-token-value-0123456789"), ConfigOrigin::StoredSetting);
        SettingsModel model(config);
        auto check = tester(&model);
        QCOMPARE(model.rowCount(), kSettingKeyCount);

        const int port = model.rowForKey(SettingKey::Port);
        QCOMPARE(model.index(port, SettingsModel::Effective).data().toString(), QStringLiteral("4000"));
        QCOMPARE(model.index(port, SettingsModel::Origin).data().toString(), QStringLiteral("environment"));
        QCOMPARE(model.index(port, SettingsModel::Status).data().toString(), QStringLiteral("Overridden by environment"));
        QVERIFY(!model.index(port, SettingsModel::Name).data(Qt::ToolTipRole).toString().isEmpty());

        const int sync = model.rowForKey(SettingKey::ModelSyncInterval);
        model.setStoredSettings(QJsonObject{{QStringLiteral("env.MODEL_SYNC_INTERVAL"), QStringLiteral("360")},
                                            {QStringLiteral("env.API_TOKEN"), QStringLiteral("secret-token-value-0123456789")},
                                            {QStringLiteral("filterRules"), QJsonObject()}});
        QVERIFY(!model.needsRestart(SettingKey::ModelSyncInterval));
        QCOMPARE(model.index(sync, SettingsModel::Status).data().toString(), QString());
        model.setStoredSettings(QJsonObject{{QStringLiteral("env.MODEL_SYNC_INTERVAL"), 720},
                                            {QStringLiteral("env.API_TOKEN"), QStringLiteral("secret-token-value-0123456789")}});
        QCOMPARE(model.savedValue(SettingKey::ModelSyncInterval), std::optional<QString>(QStringLiteral("720")));
        QVERIFY(model.needsRestart(SettingKey::ModelSyncInterval));
        QCOMPARE(model.index(sync, SettingsModel::Status).data().toString(), QStringLiteral("Restart needed"));

        // Secrets never show in full.
        const int token = model.rowForKey(SettingKey::ApiToken);
        QVERIFY(!model.index(token, SettingsModel::Saved).data().toString().contains(QStringLiteral("token-value")));
        QVERIFY(!model.index(token, SettingsModel::Effective).data().toString().contains(QStringLiteral("token-value")));

        const int vite = model.rowForKey(SettingKey::ViteApiTimeout);
        QCOMPARE(model.index(vite, SettingsModel::Status).data().toString(), QStringLiteral("Shown only; has no effect"));
        model.retranslate();
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
