// The api.yaml writer settings as the engine applies them (EngineOptions from UNI_API_BACKUPS and
// UNI_API_ENGINE_FIELD; uniapi-config.md §6.9 and §6.1): a real engine over a simulated gpt-load,
// restarted on the same store and api.yaml with the setting changed.
#include "core/engine/engine.h"
#include "tests/health/healthfixture.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QTest>

#include <algorithm>

using namespace ul;
using namespace ul::test;

namespace {

// A gptload-* provider that uni-load neither wrote nor can adopt (no marker, foreign base URL).
const QByteArray kHandWritten = "  - provider: gptload-by-hand\n"
                                "    base_url: \"https://api.example.com/v1/chat/completions\"\n"
                                "    api: sk-by-hand-0001\n"
                                "    engine: gpt\n"
                                "    model:\n"
                                "      - by-hand-model\n";

} // namespace

class TestUniApiEngineSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HealthFixture> f;

    QStringList backups() const
    {
        return QDir(f->dataDir() + QStringLiteral("/backup"))
            .entryList({QStringLiteral("api.yaml.backup.*")}, QDir::Files, QDir::Name);
    }

    bool reconcile()
    {
        const auto r = f->wait(f->engine().initializeArchitecture(), 60000);
        if (!r || !r->ok()) {
            qWarning("reconcile failed: %s", r ? qPrintable(r->error().toString()) : "timeout");
            return false;
        }
        return true;
    }

    // The managed entries' `engine:` lines (every one but the hand-written provider's).
    static int engineLines(const QByteArray &yaml) { return int(yaml.count("    engine: ")); }

private slots:
    void init()
    {
        f = std::make_unique<HealthFixture>(1);
        SimAiSite *site = f->addSite(QStringLiteral("alpha"), {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-nano")});
        QVERIFY(f->startEngine());
        QVERIFY(!f->onboard(site).isEmpty());
        const QByteArray yaml = f->apiYaml();
        QCOMPARE(yaml.count("managed-by=uni-load"), 2);
        QCOMPARE(engineLines(yaml), 2);  // on by default
        QByteArray withHand = yaml;
        withHand.replace("providers:\n", QByteArray("providers:\n").append(kHandWritten));
        QVERIFY(writeFile(f->dataDir() + QStringLiteral("/api.yaml"), withHand));
    }

    void cleanup() { f.reset(); }

    void engineFieldFollowsTheSettingAndSparesHandWrittenEntries()
    {
        QVERIFY(f->startEngine([](EngineOptions &o) { o.uniApiEngineField = false; }));
        QVERIFY(reconcile());
        QByteArray yaml = f->apiYaml();
        QVERIFY2(yaml.contains(kHandWritten), yaml.constData());  // hand-written: byte for byte
        QCOMPARE(engineLines(yaml), 1);                           // only its own
        QCOMPARE(yaml.count("managed-by=uni-load"), 2);
        QCOMPARE(yaml.count("provider: gptload-"), 3);

        // Stable: the next run writes nothing (no churn, no backup).
        const QStringList before = backups();
        QVERIFY(reconcile());
        QCOMPARE(f->apiYaml(), yaml);
        QCOMPARE(backups(), before);

        // Back on: the managed entries get it again, the hand-written one is still untouched.
        QVERIFY(f->startEngine());
        QVERIFY(reconcile());
        yaml = f->apiYaml();
        QVERIFY(yaml.contains(kHandWritten));
        QCOMPARE(engineLines(yaml), 3);
        QVERIFY(yaml.contains("    engine: gpt\n    tools: true\n"));
    }

    void backupsArePrunedToTheSetting()
    {
        QVERIFY(f->startEngine([](EngineOptions &o) { o.uniApiBackups = 2; }));
        const int earlier = int(backups().size());  // from the onboarding's writes
        // Four writes that change the file: each time, a managed entry edited by hand is put back.
        for (int i = 0; i < 4; ++i) {
            QByteArray yaml = f->apiYaml();
            QVERIFY(yaml.contains("    tools: true\n"));
            yaml.replace(yaml.indexOf("    tools: true\n"), 16, "    tools: false\n");
            QVERIFY(writeFile(f->dataDir() + QStringLiteral("/api.yaml"), yaml));
            QVERIFY(reconcile());
            QVERIFY(!f->apiYaml().contains("tools: false"));
            QCOMPARE(int(backups().size()), std::min(earlier + i + 1, 2));
            f->advanceClock(1);
        }
        // The newest two are kept: the last holds the edit the fourth write undid.
        const QStringList kept = backups();
        QCOMPARE(kept.size(), 2);
        QVERIFY(readFile(f->dataDir() + QStringLiteral("/backup/") + kept.last()).contains("tools: false"));
    }
};

QTEST_MAIN(TestUniApiEngineSettings)
#include "tst_uniapi_engine_settings.moc"
