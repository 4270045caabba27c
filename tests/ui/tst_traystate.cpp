#include "ui/tray/trayicons.h"
#include "ui/tray/traymonitor.h"
#include "ui/tray/traystate.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace ul;

namespace {

InstanceView instance(const QString &id, bool checked, bool healthy, const QString &error = QString())
{
    InstanceView v;
    v.id = id;
    v.name = id + QStringLiteral(" gpt-load");
    v.url = QStringLiteral("http://%1.example:3001").arg(id);
    v.checked = checked;
    v.healthy = healthy;
    v.error = error;
    return v;
}

EngineSnapshot ready(const QList<InstanceView> &instances)
{
    EngineSnapshot s;
    s.revision = 1;
    s.ready = true;
    s.instanceFile.loaded = true;
    s.instances = instances;
    return s;
}

} // namespace

class TestTrayState : public QObject
{
    Q_OBJECT

private slots:
    void overallHealth_data()
    {
        QTest::addColumn<int>("expected");
        QTest::addColumn<EngineSnapshot>("snapshot");
        EngineSnapshot starting;
        QTest::newRow("starting") << int(OverallHealth::Unknown) << starting;
        EngineSnapshot fileError = ready({});
        fileError.instanceFile.loaded = false;
        fileError.instanceFile.errorReason = QStringLiteral("file not found");
        QTest::newRow("instance file error") << int(OverallHealth::Failing) << fileError;
        EngineSnapshot storeError = ready({instance(QStringLiteral("a"), true, true)});
        storeError.startupError = QStringLiteral("disk full");
        QTest::newRow("store error") << int(OverallHealth::Failing) << storeError;
        QTest::newRow("no instances") << int(OverallHealth::Failing) << ready({});
        // A first run has nothing set up yet, so nothing failing; a missing file once sites exist does.
        EngineSnapshot firstRun = fileError;
        firstRun.instanceFile.missing = true;
        QTest::newRow("first run") << int(OverallHealth::Unknown) << firstRun;
        EngineSnapshot fileRemoved = firstRun;
        fileRemoved.sites = {SiteView()};
        QTest::newRow("file removed") << int(OverallHealth::Failing) << fileRemoved;
        QTest::newRow("not checked yet") << int(OverallHealth::Unknown)
                                         << ready({instance(QStringLiteral("a"), false, false), instance(QStringLiteral("b"), false, false)});
        QTest::newRow("all healthy") << int(OverallHealth::Healthy)
                                     << ready({instance(QStringLiteral("a"), true, true), instance(QStringLiteral("b"), true, true)});
        EngineSnapshot unwritten = ready({instance(QStringLiteral("a"), true, true)});
        unwritten.uniApi.writeError = QStringLiteral("No space left on device");
        QTest::newRow("api.yaml not written") << int(OverallHealth::Degraded) << unwritten;
        QTest::newRow("some down") << int(OverallHealth::Degraded)
                                   << ready({instance(QStringLiteral("a"), true, true), instance(QStringLiteral("b"), true, false)});
        QTest::newRow("one unchecked, one healthy") << int(OverallHealth::Degraded)
                                                    << ready({instance(QStringLiteral("a"), true, true), instance(QStringLiteral("b"), false, false)});
        QTest::newRow("none healthy") << int(OverallHealth::Failing)
                                      << ready({instance(QStringLiteral("a"), true, false), instance(QStringLiteral("b"), true, false)});
    }

    void overallHealth()
    {
        QFETCH(int, expected);
        QFETCH(EngineSnapshot, snapshot);
        QCOMPARE(int(TrayStateMapper::overallHealth(snapshot)), expected);
    }

    void tooltipNamesTheInstancesThatAreDown()
    {
        const TrayState state = TrayStateMapper::trayState(
            ready({instance(QStringLiteral("local"), true, true), instance(QStringLiteral("us"), true, false, QStringLiteral("connection refused"))}));
        QCOMPARE(state.health, OverallHealth::Degraded);
        QCOMPARE(state.summary, QStringLiteral("1 of 2 gpt-load instances healthy"));
        QVERIFY2(state.tooltip.contains(QStringLiteral("us gpt-load (connection refused)")), qPrintable(state.tooltip));
        QVERIFY(!state.tooltip.contains(QStringLiteral("local gpt-load")));
    }

    void tooltipTellsAnUnwrittenApiYamlAndTheRunningJob()
    {
        EngineSnapshot s = ready({instance(QStringLiteral("local"), true, true)});
        s.uniApi.writeError = QStringLiteral("No space left on device");
        JobView done;
        done.title = QStringLiteral("Reconcile the three layers");
        done.state = QStringLiteral("done");
        JobView running;
        running.title = QStringLiteral("Onboard api-example-com");
        running.state = QStringLiteral("running");
        running.progressDone = 3;
        running.progressTotal = 7;
        s.jobs = {running, done};
        const TrayState state = TrayStateMapper::trayState(s);
        QVERIFY2(state.tooltip.contains(QStringLiteral("api.yaml not written: No space left on device")), qPrintable(state.tooltip));
        QVERIFY2(state.tooltip.contains(QStringLiteral("Running: Onboard api-example-com (3 of 7)")), qPrintable(state.tooltip));
        QVERIFY(!state.tooltip.contains(QStringLiteral("Reconcile")));
        s.jobs = {done};
        s.uniApi.writeError.clear();
        QCOMPARE(TrayStateMapper::trayState(s).tooltip, QStringLiteral("uni-load — 1 of 1 gpt-load instances healthy"));
    }

    // The tray watches channel health too: failing channels and ones taken out of rotation make
    // it Degraded and are named; one the operator disabled is not a problem.
    void channelTroubleIsDegradedAndNamed()
    {
        EngineSnapshot s = ready({instance(QStringLiteral("local"), true, true)});
        SiteView site;
        const auto group = [](const QString &name, const QString &health) {
            SiteGroupView g;
            g.name = name;
            g.health = health;
            return g;
        };
        site.groups = {group(QStringLiteral("a-openai"), QStringLiteral("healthy")),
                       group(QStringLiteral("b-openai"), QStringLiteral("disabled-by-user"))};
        s.sites = {site};
        QCOMPARE(TrayStateMapper::overallHealth(s), OverallHealth::Healthy);
        QCOMPARE(TrayStateMapper::trayState(s).tooltip, QStringLiteral("uni-load — 1 of 1 gpt-load instances healthy"));

        s.sites.first().groups << group(QStringLiteral("c-openai"), QStringLiteral("failing"));
        for (const QString &name : {QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")})
            s.sites.first().groups << group(name + QStringLiteral("-gemini"), QStringLiteral("disabled-by-health"));
        QCOMPARE(TrayStateMapper::overallHealth(s), OverallHealth::Degraded);
        const QString tooltip = TrayStateMapper::trayState(s).tooltip;
        // (No translator here: the English plural forms come from uniload_en.ts.)
        QVERIFY2(tooltip.contains(QStringLiteral("1 channel(s) failing: c-openai")), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QStringLiteral("4 channel(s) out of rotation: d-gemini, e-gemini, f-gemini and 1 more")), qPrintable(tooltip));
        QVERIFY(!tooltip.contains(QStringLiteral("b-openai")));
    }

    void tooltipExplainsAnInstanceFileProblem()
    {
        EngineSnapshot s = ready({});
        s.instanceFile.errorReason = QStringLiteral("invalid JSON at line 3, column 1");
        const TrayState state = TrayStateMapper::trayState(s);
        QCOMPARE(state.health, OverallHealth::Failing);
        QVERIFY(state.tooltip.contains(QStringLiteral("invalid JSON at line 3")));
    }

    void notifiesInstanceDownAndUp()
    {
        TrayStateMapper mapper;
        QVERIFY(mapper.update(EngineSnapshot()).isEmpty());  // not ready: ignored

        // First look: unchecked and healthy instances are no news.
        QVERIFY(mapper.update(ready({instance(QStringLiteral("a"), false, false), instance(QStringLiteral("b"), true, true)})).isEmpty());

        // a's first check finds it down.
        QList<ConsoleNotification> n =
            mapper.update(ready({instance(QStringLiteral("a"), true, false, QStringLiteral("timeout")), instance(QStringLiteral("b"), true, true)}));
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().severity, ConsoleNotification::Severity::Warning);
        QCOMPARE(n.first().title, QStringLiteral("Instance down: a gpt-load"));
        QCOMPARE(n.first().message, QStringLiteral("timeout"));

        // Still down: nothing new.
        QVERIFY(mapper.update(ready({instance(QStringLiteral("a"), true, false), instance(QStringLiteral("b"), true, true)})).isEmpty());

        // a back up, b down.
        n = mapper.update(ready({instance(QStringLiteral("a"), true, true), instance(QStringLiteral("b"), true, false)}));
        QCOMPARE(n.size(), 2);
        QCOMPARE(n.at(0).title, QStringLiteral("Instance up: a gpt-load"));
        QCOMPARE(n.at(0).severity, ConsoleNotification::Severity::Information);
        QCOMPARE(n.at(1).title, QStringLiteral("Instance down: b gpt-load"));
    }

    void notifiesInstanceFileBrokenAndFixed()
    {
        TrayStateMapper mapper;
        EngineSnapshot broken = ready({});
        broken.instanceFile.errorField = QStringLiteral("[1].url");
        broken.instanceFile.errorReason = QStringLiteral("must be an http(s) URL");
        QList<ConsoleNotification> n = mapper.update(broken);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().severity, ConsoleNotification::Severity::Error);
        QCOMPARE(n.first().message, QStringLiteral("[1].url: must be an http(s) URL"));
        QVERIFY(mapper.update(broken).isEmpty());

        n = mapper.update(ready({instance(QStringLiteral("a"), false, false)}));
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().title, QStringLiteral("Instance file loaded"));
    }

    // No instance file yet is a welcome: no alarm in the tray, a summary that says what to do.
    void firstRunIsNeitherFailingNorNotified()
    {
        EngineSnapshot firstRun = ready({});
        firstRun.instanceFile.loaded = false;
        firstRun.instanceFile.missing = true;
        firstRun.instanceFile.errorReason = QStringLiteral("file not found");
        const TrayState state = TrayStateMapper::trayState(firstRun);
        QCOMPARE(state.health, OverallHealth::Unknown);
        QCOMPARE(state.summary, QStringLiteral("Not set up yet: add a gpt-load instance"));
        TrayStateMapper mapper;
        QVERIFY(mapper.update(firstRun).isEmpty());
        // The first instance saved: no "file loaded" news for a file that was never broken.
        QVERIFY(mapper.update(ready({instance(QStringLiteral("a"), false, false)})).isEmpty());
    }

    void everyStateHasAnIcon()
    {
        for (const OverallHealth h : {OverallHealth::Unknown, OverallHealth::Healthy, OverallHealth::Degraded, OverallHealth::Failing}) {
            const QIcon icon = healthIcon(h);
            QVERIFY2(!icon.isNull(), "the tray icons must be compiled into the executable");
            QVERIFY(!icon.pixmap(22, 22).isNull());
        }
        // Different states look different.
        QVERIFY(healthIcon(OverallHealth::Healthy).pixmap(16, 16).toImage() != healthIcon(OverallHealth::Failing).pixmap(16, 16).toImage());
    }

    void notifiesEngineEventsOnce()
    {
        TrayStateMapper mapper;
        EngineSnapshot s = ready({instance(QStringLiteral("a"), true, true)});
        EngineEvent removed;
        removed.id = 1;
        removed.kind = QStringLiteral("channel-removed");
        removed.subject = QStringLiteral("site-openai");
        removed.message = QStringLiteral("3 failed checks");
        EngineEvent queued = removed;
        queued.id = 2;
        queued.kind = QStringLiteral("models-queued");
        EngineEvent down = removed;
        down.id = 3;
        down.kind = QStringLiteral("instance-down");  // comes from the instance states instead
        s.events = {removed, queued, down};
        const QList<ConsoleNotification> first = mapper.update(s);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).title, QStringLiteral("Channel removed: site-openai"));
        QCOMPARE(first.at(0).severity, ConsoleNotification::Severity::Warning);
        QCOMPARE(first.at(0).message, QStringLiteral("3 failed checks"));
        QCOMPARE(first.at(1).title, QStringLiteral("Model changes waiting for review: site-openai"));
        QVERIFY(mapper.update(s).isEmpty());  // each event once
        EngineEvent restored = removed;
        restored.id = 4;
        restored.kind = QStringLiteral("channel-restored");
        s.events << restored;
        const QList<ConsoleNotification> second = mapper.update(s);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).title, QStringLiteral("Channel restored: site-openai"));
    }

    // Pause stops the loops that run and remembers them; Resume is offered only for those, so a
    // loop the configuration switched off is never started by the tray.
    void trayPausesAndResumesOnlyItsOwnLoops()
    {
        TrayLoops syncOffByConfig{false, true, {}};
        QCOMPARE(syncOffByConfig.menu(), TrayLoops::Menu::Pause);
        QCOMPARE(syncOffByConfig.running(), QStringList{QStringLiteral("health")});
        const QStringList paused = syncOffByConfig.afterPause();
        QCOMPARE(paused, QStringList{QStringLiteral("health")});
        QCOMPARE((TrayLoops{false, false, paused}.menu()), TrayLoops::Menu::Resume);
        QCOMPARE((TrayLoops{false, false, {}}.menu()), TrayLoops::Menu::Off);
        // The operator turned the sync on meanwhile: Pause stops it and keeps health remembered.
        QCOMPARE((TrayLoops{true, false, paused}.afterPause()), (QStringList{QStringLiteral("health"), QStringLiteral("sync")}));
    }

    // The tray itself cannot be shown offscreen, but its menu and state can be driven.
    void trayMonitorMenuAndState()
    {
        TrayMonitor tray;
        QSignalSpy open(&tray, &TrayMonitor::openConsoleRequested);
        QSignalSpy check(&tray, &TrayMonitor::checkNowRequested);
        QSignalSpy quit(&tray, &TrayMonitor::quitRequested);
        QSignalSpy sync(&tray, &TrayMonitor::syncNowRequested);
        QSignalSpy channels(&tray, &TrayMonitor::checkChannelsRequested);
        QSignalSpy pause(&tray, &TrayMonitor::pauseLoopsRequested);
        QList<QAction *> actions;
        for (QAction *a : tray.menu()->actions()) {
            if (!a->isSeparator())
                actions << a;
        }
        QCOMPARE(actions.size(), 6);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("&Open console"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Check &instances now"));
        QCOMPARE(actions.at(2)->text(), QStringLiteral("&Sync models now"));
        QCOMPARE(actions.at(3)->text(), QStringLiteral("Check &channels now"));
        QCOMPARE(actions.at(4)->text(), QStringLiteral("&Pause background checks"));
        QCOMPARE(actions.at(5)->text(), QStringLiteral("&Quit uni-load"));
        for (QAction *a : actions)
            a->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(check.count(), 1);
        QCOMPARE(sync.count(), 1);
        QCOMPARE(channels.count(), 1);
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.at(0).at(0).toBool(), true);
        QCOMPARE(quit.count(), 1);

        tray.setLoopsMenu(TrayLoops::Menu::Resume);
        QCOMPARE(actions.at(4)->text(), QStringLiteral("&Resume background checks"));
        actions.at(4)->trigger();
        QCOMPARE(pause.at(1).at(0).toBool(), false);
        // Loops switched off elsewhere: nothing for the tray to resume.
        tray.setLoopsMenu(TrayLoops::Menu::Off);
        QVERIFY(!actions.at(4)->isEnabled());
        actions.at(4)->trigger();
        QCOMPARE(pause.count(), 2);

        tray.setCheckRunning(true);
        QVERIFY(!actions.at(1)->isEnabled());
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Checking instances…"));
        tray.setCheckRunning(false);
        QVERIFY(actions.at(1)->isEnabled());

        const TrayState state = TrayStateMapper::trayState(ready({instance(QStringLiteral("a"), true, true)}));
        tray.setState(state);
        QCOMPARE(tray.toolTip(), state.tooltip);
    }
};

QTEST_MAIN(TestTrayState)
#include "tst_traystate.moc"
