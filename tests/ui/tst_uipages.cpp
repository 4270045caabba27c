// The console pages added for sites, models, architecture, sync, health, cleanup and api.yaml:
// their table models (QAbstractItemModelTester while rows come and go), the pure helpers
// (entry lists, the site plan, the deletion cascade text) and the pages without an engine.

#include "core/engine/modelmatrix.h"
#include "translations/catalog.h"
#include "ui/common/columnfitter.h"
#include "ui/common/enginetext.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/models/instancesmodel.h"
#include "ui/models/journalmodel.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/architecturepage.h"
#include "ui/pages/cleanuppage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/healthpage.h"
#include "ui/pages/modelspage.h"
#include "ui/pages/sitespage.h"
#include "ui/pages/syncpage.h"
#include "ui/pages/uniapipage.h"
#include "ui/sites/entrylist.h"
#include "ui/sites/siteplan.h"
#include "ui/widgets/healthchart.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTableView>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>
#include <QTest>
#include <QValueAxis>

using namespace ul;

namespace {

SiteGroupView group(const QString &name, const QString &health, int failures = 0)
{
    SiteGroupView g;
    g.name = name;
    g.channelType = QStringLiteral("openai");
    g.instanceId = QStringLiteral("a");
    g.instanceName = QStringLiteral("Instance A");
    g.modelCount = 3;
    g.keysCount = 2;
    g.health = health;
    g.failures = failures;
    g.modelChannelGroups = 3;
    return g;
}

SiteView site(const QString &name, const QList<SiteGroupView> &groups)
{
    SiteView s;
    s.name = name;
    s.baseUrl = QStringLiteral("https://%1.example").arg(name);
    s.channelTypes = {QStringLiteral("openai")};
    s.instanceName = QStringLiteral("Instance A");
    s.modelCount = 3;
    s.keysCount = 2;
    s.siteGroups = static_cast<int>(groups.size());
    s.groups = groups;
    s.lastDiscovery = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    return s;
}

EngineSnapshot snapshotWith(const QList<SiteView> &sites)
{
    EngineSnapshot s;
    s.ready = true;
    s.sites = sites;
    s.channelFailureThreshold = 3;
    InstanceView a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Instance A");
    a.healthy = true;
    a.checked = true;
    s.instances = {a};
    return s;
}

ModelRow modelRow(const QString &model, const QStringList &groups)
{
    ModelRow r;
    r.model = model;
    r.l3s = {ModelGroupRef{model, 1, QStringLiteral("a"), QStringLiteral("openai"), false}};
    for (const QString &g : groups) {
        ModelSiteCell c;
        c.siteGroup = g;
        c.l2Name = model + QLatin1Char('-') + g;
        c.l2Id = r.cells.size() + 10;
        c.channelType = QStringLiteral("openai");
        c.member = true;
        c.l3Name = model;
        c.l3Id = 1;
        c.weight = 1;
        c.memberState = QStringLiteral("active");
        r.cells << c;
    }
    return r;
}

} // namespace

class TestUiPages : public QObject
{
    Q_OBJECT

private slots:
    void entryListSplitsOnNewlinesCommasAndSpaces()
    {
        const EntryList keys = EntryList::parse(QStringLiteral(" sk-a, sk-b\nsk-c\tsk-a  ,, sk-d \n"));
        QCOMPARE(keys.entries, (QStringList{QStringLiteral("sk-a"), QStringLiteral("sk-b"), QStringLiteral("sk-c"), QStringLiteral("sk-d")}));
        QCOMPARE(keys.duplicates, 1);
        QVERIFY(EntryList::parse(QStringLiteral(" \n , ")).entries.isEmpty());
    }

    void valueTableModelPassesTheTesterWhileRowsChange()
    {
        using Model = ValueTableModel<SiteView>;
        Model model([](const SiteView &s) { return s.name; },
                    {Model::ColumnSpec([]() { return QStringLiteral("Name"); }, [](const SiteView &s) { return s.name; }),
                     Model::ColumnSpec([]() { return QStringLiteral("Keys"); }, [](const SiteView &s) { return s.keysCount; })
                         .editable([](SiteView &s, const QVariant &v) {
                             s.keysCount = v.toInt();
                             return v.toInt() > 0;
                         })
                         .rightAligned()});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({site(QStringLiteral("a"), {}), site(QStringLiteral("b"), {})});
        QCOMPARE(model.rowCount(), 2);
        model.setRows({site(QStringLiteral("a"), {}), site(QStringLiteral("b"), {})});  // same keys: in place
        model.setRows({site(QStringLiteral("c"), {})});
        QCOMPARE(model.rowForKey(QStringLiteral("c")), 0);
        QCOMPARE(model.rowForKey(QStringLiteral("a")), -1);
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(0, 1), 7));
        QCOMPARE(model.rows().constFirst().keysCount, 7);
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
        model.setColumns({Model::ColumnSpec([]() { return QStringLiteral("Only"); }, [](const SiteView &s) { return s.name; })});
        QCOMPARE(model.columnCount(), 1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sitesPageTablesPassTheTester()
    {
        ConsoleContext context;
        SitesPage page(context);
        QAbstractItemModelTester sites(page.sitesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groups(page.groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.showSnapshot(snapshotWith({site(QStringLiteral("alpha"), {group(QStringLiteral("alpha-openai"), QStringLiteral("healthy"))}),
                                        site(QStringLiteral("beta"), {group(QStringLiteral("beta-openai"), QStringLiteral("failing"), 2),
                                                                      group(QStringLiteral("beta-gemini"), QStringLiteral("healthy"))})}));
        QCOMPARE(page.sitesModel()->rowCount(), 2);
        QCOMPARE(page.sitesModel()->columnCount(), 8);
        QCOMPARE(page.groupsModel()->rowCount(), 1);  // the first site is selected
        page.selectSite(QStringLiteral("beta"));
        QCOMPARE(page.groupsModel()->rowCount(), 2);
        page.setFilterText(QStringLiteral("alp"));
        QCOMPARE(page.visibleSiteCount(), 1);
        page.setFilterText(QString());
        QCOMPARE(page.visibleSiteCount(), 2);
        page.showSnapshot(snapshotWith({}));
        QCOMPARE(page.sitesModel()->rowCount(), 0);
        QCOMPARE(page.groupsModel()->rowCount(), 0);
    }

    void lastSyncColumnShowsTheAttemptAndItsFailure()
    {
        ConsoleContext context;
        SitesPage page(context);
        SiteView never = site(QStringLiteral("alpha"), {group(QStringLiteral("alpha-openai"), QStringLiteral("healthy"))});
        SiteView failed = site(QStringLiteral("beta"), {group(QStringLiteral("beta-openai"), QStringLiteral("healthy"))});
        failed.lastSync = QDateTime(QDate(2026, 11, 2), QTime(8, 30), Qt::UTC);
        failed.syncErrors = {QStringLiteral("beta-openai: HTTP 503 from the site")};
        page.showSnapshot(snapshotWith({never, failed}));
        const QAbstractItemModel *model = page.sitesModel();
        const int column = model->columnCount() - 1;
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Models checked"));
        QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("Not checked yet"));
        QVERIFY(model->index(0, column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("listed successfully")));
        QVERIFY(!model->index(0, column).data(Qt::DecorationRole).isValid());
        const QString text = model->index(1, column).data().toString();
        QVERIFY2(text.startsWith(QStringLiteral("2026-11-")) && text.endsWith(QStringLiteral("failed")), qPrintable(text));
        QVERIFY(model->index(1, column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 503")));
        QVERIFY(model->index(1, column).data(Qt::DecorationRole).isValid());
    }

    void siteHealthIsTheWorstOrTheCommonLabel()
    {
        QCOMPARE(SitesPage::siteHealth(site(QStringLiteral("s"), {group(QStringLiteral("g1"), QStringLiteral("healthy"))})),
                 QStringLiteral("healthy"));
        QCOMPARE(SitesPage::siteHealth(site(QStringLiteral("s"), {group(QStringLiteral("g1"), QStringLiteral("healthy")),
                                                                  group(QStringLiteral("g2"), QStringLiteral("disabled-by-health"))})),
                 QStringLiteral("disabled-by-health"));
        QCOMPARE(SitesPage::siteHealth(site(QStringLiteral("s"), {})), QStringLiteral("pending"));
    }

    // No site yet: the empty table says how to get one; a filter that hides every site says so.
    void emptySitesTableSaysWhatToDo()
    {
        SitesPage page{ConsoleContext()};
        page.showSnapshot(snapshotWith({}));
        auto *hint = page.findChild<QLabel *>(QStringLiteral("emptyHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isHidden());
        QVERIFY2(hint->text().contains(QStringLiteral("Add site")), qPrintable(hint->text()));
        page.showSnapshot(snapshotWith({site(QStringLiteral("alpha"), {group(QStringLiteral("alpha-openai"), QStringLiteral("healthy"))})}));
        QVERIFY(hint->isHidden());
        page.findChild<QLineEdit *>()->setText(QStringLiteral("no-such-site"));
        QVERIFY(!hint->isHidden());
        QVERIFY2(hint->text().contains(QStringLiteral("filter")), qPrintable(hint->text()));
    }

    // The other pages' empty tables say what fills them, each with its own text.
    void emptyTablesSayWhatFillsThem()
    {
        const ConsoleContext context;
        const auto hints = [](const QWidget &page) {
            QStringList out;
            for (const QLabel *hint : page.findChildren<QLabel *>(QStringLiteral("emptyHint")))
                out << hint->text();
            return out;
        };
        DashboardPage dashboard(context);
        QVERIFY2(hints(dashboard).join(QLatin1Char('|')).contains(QStringLiteral("No jobs yet")), qPrintable(hints(dashboard).join(QLatin1Char('|'))));
        SyncPage sync(context);
        QCOMPARE(hints(sync).size(), 3);  // review mode per site, review queue, history
        CleanupPage cleanup(context);
        QCOMPARE(hints(cleanup).size(), 3);
        UniApiPage uniapi(context);
        QCOMPARE(hints(uniapi).size(), 2);
        HealthPage health(context);
        QCOMPARE(hints(health).size(), 1);
        health.showSnapshot(snapshotWith({site(QStringLiteral("alpha"), {group(QStringLiteral("alpha-openai"), QStringLiteral("healthy"))})}));
        QVERIFY(health.findChild<QLabel *>(QStringLiteral("emptyHint"))->isHidden());  // a row: no hint
        for (const QWidget *page : std::initializer_list<const QWidget *>{&dashboard, &sync, &cleanup, &uniapi, &health}) {
            for (const QString &text : hints(*page))
                QVERIFY2(!text.isEmpty(), page->metaObject()->className());
        }
    }

    void deletionConfirmationSpellsOutTheCascade()
    {
        const SiteGroupView g = group(QStringLiteral("alpha-openai"), QStringLiteral("healthy"));
        const QString last = SitesPage::deletionCascadeText(g, site(QStringLiteral("alpha"), {g}));
        QVERIFY(last.contains(QStringLiteral("alpha-openai")));
        QVERIFY(last.contains(QStringLiteral("3 layer 2")));
        QVERIFY(last.contains(QStringLiteral("layer 3")));
        QVERIFY(last.contains(QStringLiteral("\"alpha\"")));  // the site record goes too
        const QString notLast = SitesPage::deletionCascadeText(g, site(QStringLiteral("alpha"), {g, group(QStringLiteral("alpha-gemini"), {})}));
        QVERIFY(!notLast.contains(QStringLiteral("\"alpha\"")));
    }

    void sitePlanListsWhatWillBeCreated()
    {
        SiteRequest request;
        request.baseUrl = QStringLiteral("https://api.example.com/v1");
        request.apiKeys = {QStringLiteral("k1"), QStringLiteral("k2")};
        request.channelTypes = {ChannelType::OpenAI, ChannelType::Gemini};
        SiteNamePreview name;
        name.siteName = QStringLiteral("api-example-com");
        name.normalizedBaseUrl = QStringLiteral("https://api.example.com");
        ProbeReport probe;
        probe.models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")};
        EngineSnapshot snapshot = snapshotWith({site(QStringLiteral("api-example-com"), {group(QStringLiteral("api-example-com-openai"), {})})});
        const SitePlan plan = SitePlanner::plan(request, name, probe, QString(), snapshot);
        QCOMPARE(plan.createdSiteGroups, QStringList{QStringLiteral("api-example-com-gemini")});
        QCOMPARE(plan.updatedSiteGroups, QStringList{QStringLiteral("api-example-com-openai")});
        QCOMPARE(plan.keys, 2);
        QCOMPARE(plan.modelChannelGroups, 4);
        QVERIFY(plan.modelsFromProbe);
        QCOMPARE(plan.instanceName, QStringLiteral("Instance A"));
        QVERIFY(plan.toHtml().contains(QStringLiteral("gpt-4o-mini")));

        request.models = {QStringLiteral("m1")};
        const SitePlan manual = SitePlanner::plan(request, name, std::nullopt, QStringLiteral("no list"), snapshotWith({}));
        QVERIFY(!manual.modelsFromProbe);
        QCOMPARE(manual.models, QStringList{QStringLiteral("m1")});
        QCOMPARE(manual.createdSiteGroups.size(), 2);
        QVERIFY(!manual.warnings.isEmpty());
    }

    void modelMatrixColumnsFollowTheSiteGroups()
    {
        using Model = ModelMatrixTableModel;
        Model model([](const ModelRow &r) { return r.model; }, {});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto columnsFor = [](const QStringList &groups) {
            QList<Model::ColumnSpec> columns{Model::ColumnSpec([]() { return QStringLiteral("Model"); }, [](const ModelRow &r) { return r.model; })};
            for (const QString &g : groups)
                columns << Model::ColumnSpec([g]() { return g; }, [g](const ModelRow &r) { return r.cell(g) ? r.cell(g)->weight : QVariant(); });
            return columns;
        };
        model.setColumns(columnsFor({QStringLiteral("s1")}));
        model.setRows({modelRow(QStringLiteral("gpt-4o"), {QStringLiteral("s1")})});
        model.setColumns(columnsFor({QStringLiteral("s1"), QStringLiteral("s2")}));
        model.setRows({modelRow(QStringLiteral("gpt-4o"), {QStringLiteral("s1"), QStringLiteral("s2")}),
                       modelRow(QStringLiteral("gemini"), {QStringLiteral("s2")})});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(1, 1).data(), QVariant());
        QCOMPARE(model.index(1, 2).data().toInt(), 1);
        QCOMPARE(model.rows().at(0).activeMembers(), 2);
    }

    void pagesWithoutEngineShowTheirModels()
    {
        ConsoleContext context;
        const EngineSnapshot snapshot = snapshotWith({site(QStringLiteral("alpha"), {group(QStringLiteral("alpha-openai"), QStringLiteral("failing"), 2)})});

        ModelsPage models(context);
        QAbstractItemModelTester matrixTester(models.matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester membersTester(models.membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        models.showSnapshot(snapshot);

        HealthPage health(context);
        QAbstractItemModelTester healthTester(health.channelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        health.showSnapshot(snapshot);
        QCOMPARE(health.channelModel()->rowCount(), 1);
        QCOMPARE(health.channelModel()->index(0, 4).data().toInt(), 2);
        QVERIFY(health.channelModel()->headerData(4, Qt::Horizontal).toString().contains(QLatin1Char('3')));
        QCOMPARE(health.channelModel()->index(0, 7).data().toString(), QStringLiteral("not checked yet"));
        // The latest check says why, with its time and verdict in the tooltip.
        EngineSnapshot checked = snapshot;
        SiteGroupView &g = checked.sites.first().groups.first();
        g.lastCheck = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        g.lastVerdict = QStringLiteral("unhealthy");
        g.lastCheckDetail = QStringLiteral("model-list probe answered HTTP 503");
        health.showSnapshot(checked);
        QCOMPARE(health.channelModel()->index(0, 7).data().toString(), g.lastCheckDetail);
        QVERIFY(health.channelModel()->index(0, 7).data(Qt::ForegroundRole).isValid());
        QVERIFY(health.channelModel()->index(0, 7).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unhealthy")));
        health.showSnapshot(snapshotWith({}));
        QCOMPARE(health.channelModel()->rowCount(), 0);

        SyncPage sync(context);
        QAbstractItemModelTester pendingTester(sync.pendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(sync.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        sync.pendingModel()->setRows({PendingChange{QStringLiteral("alpha-openai"), QStringLiteral("gpt-5"), QStringLiteral("add"), {}}});
        SyncHistoryEntry h;
        h.id = 4;
        h.site = QStringLiteral("alpha-openai");
        h.added = {QStringLiteral("gpt-5")};
        h.outcome = QStringLiteral("applied");
        sync.historyModel()->setRows({h});
        sync.showSnapshot(snapshot);
        QCOMPARE(sync.historyModel()->index(0, 3).data().toString(), QStringLiteral("gpt-5"));

        CleanupPage cleanup(context);
        QAbstractItemModelTester disconnectedTester(cleanup.disconnectedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester cleanupHistoryTester(cleanup.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tempTester(cleanup.tempGroupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DisconnectedChannel d;
        d.name = QStringLiteral("alpha-openai");
        d.attempts = 2;
        cleanup.disconnectedModel()->setRows({d});
        cleanup.historyModel()->setRows({QJsonObject{{QStringLiteral("timestamp"), QStringLiteral("2026-11-01T10:00:00.000Z")},
                                                     {QStringLiteral("cleanedUpstreams"), 3}}});
        cleanup.tempGroupsModel()->setRows({TempGroupRow{QStringLiteral("A"), TempGroupEntry{5, QStringLiteral("temp-test-1"), {}}, {}}});
        QCOMPARE(cleanup.historyModel()->index(0, 4).data().toInt(), 3);
        QVERIFY(cleanup.options(true).ok());

        UniApiPage uniapi(context);
        QAbstractItemModelTester providersTester(uniapi.providersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester backupsTester(uniapi.backupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        uniapi::ManagedEntryView e;
        e.name = QStringLiteral("gptload-gpt-4o");
        e.models = {uniapi::ManagedModel{QStringLiteral("gpt-4o-2024"), QStringLiteral("gpt-4o")}};
        uniapi.providersModel()->setRows({e});
        QCOMPARE(uniapi.providersModel()->index(0, 2).data().toString(), QStringLiteral("gpt-4o-2024 → gpt-4o"));
        uniapi.backupsModel()->setRows({uniapi::BackupInfo{QStringLiteral("api.yaml.backup.x"), {}, 10}});
        uniapi.showSnapshot(snapshot);

        ArchitecturePage architecture(context);
        QAbstractItemModelTester planTester(architecture.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlannedOperation op;
        op.id = 0;
        op.kind = OpKind::CreateGroup;
        op.group = QStringLiteral("gpt-4o");
        architecture.planModel()->setRows({op});
        QCOMPARE(architecture.planModel()->index(0, 1).data().toString(), QStringLiteral("create group"));
        architecture.showSnapshot(snapshot);
        QCOMPARE(architecture.siteTree()->topLevelItemCount(), 1);
    }

    // Architecture: the trees hold top-level entries and build a branch when it is opened, so a
    // large layout costs a few hundred items; the filter still finds what an unopened branch holds.
    void architectureTreesBuildBranchesWhenOpened()
    {
        QList<SiteView> sites;
        QStringList groups;
        for (int i = 0; i < 5; ++i) {
            groups << QStringLiteral("s%1-openai").arg(i);
            sites << site(QStringLiteral("s%1").arg(i), {group(groups.last(), QStringLiteral("healthy"))});
        }
        ModelMatrix matrix;
        matrix.siteGroups = groups;
        for (int m = 0; m < 6; ++m)
            matrix.models << modelRow(QStringLiteral("model-%1").arg(m), m == 5 ? QStringList{QStringLiteral("s4-openai")} : groups);
        ArchitecturePage page{ConsoleContext()};
        page.showSnapshot(snapshotWith(sites));
        page.showMatrix(matrix);

        QTreeWidget *models = page.modelTree();
        QCOMPARE(models->topLevelItemCount(), 6);
        QCOMPARE(models->topLevelItem(0)->childCount(), 1);  // the first three open all the way: L3 …
        QCOMPARE(models->topLevelItem(0)->child(0)->childCount(), 5);  // … with an L2 per site group …
        QCOMPARE(models->topLevelItem(0)->child(0)->child(0)->child(0)->text(0), QStringLiteral("L1 s0-openai"));  // … and its L1
        QTreeWidgetItem *closed = models->topLevelItem(5);
        QCOMPARE(closed->childCount(), 0);
        QCOMPARE(closed->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator);  // the arrow shows there is more

        // The filter finds an L2 of the unopened branch; the branch opens with its items.
        page.filterField()->setText(QStringLiteral("model-5-s4"));
        QVERIFY(!closed->isHidden());
        QVERIFY(models->topLevelItem(0)->isHidden());
        page.filterField()->clear();
        closed->setExpanded(true);
        QCOMPARE(closed->childCount(), 1);
        QCOMPARE(closed->child(0)->child(0)->text(0), QStringLiteral("L2 model-5-s4-openai"));

        // By site: more than four sites stay closed until opened; then L1 → L2 → L3.
        QTreeWidget *bySite = page.siteTree();
        QCOMPARE(bySite->topLevelItemCount(), 5);
        QTreeWidgetItem *s4 = bySite->topLevelItem(4);
        QCOMPARE(s4->childCount(), 0);
        s4->setExpanded(true);
        QCOMPARE(s4->childCount(), 1);
        QCOMPARE(s4->child(0)->childCount(), 6);  // every model's L2 on s4-openai
        QCOMPARE(s4->child(0)->child(5)->text(0), QStringLiteral("L2 model-5-s4-openai"));
        QCOMPARE(s4->child(0)->child(5)->child(0)->text(0), QStringLiteral("L3 model-5"));

        // A new snapshot with another health rebuilds the tops and reopens what was open.
        QList<SiteView> changed = sites;
        changed[4].groups[0].health = QStringLiteral("failing");
        page.showSnapshot(snapshotWith(changed));
        s4 = bySite->topLevelItem(4);
        QVERIFY(s4->isExpanded());
        QCOMPARE(s4->child(0)->text(2), StateText::health(QStringLiteral("failing")));
        QVERIFY(models->topLevelItem(5)->isExpanded());  // opened by the operator: kept

        // Untouched by the operator, a new layout opens the models it now spreads over several sites.
        ArchitecturePage fresh{ConsoleContext()};
        fresh.showSnapshot(snapshotWith(sites));
        ModelMatrix single = matrix;
        for (ModelRow &row : single.models)
            row.cells = row.cells.mid(0, 1);
        fresh.showMatrix(single);
        QVERIFY(fresh.modelTree()->topLevelItem(0)->isExpanded());
        fresh.showMatrix(matrix);  // now models 0–4 are spread over five site groups, model-5 is not
        QVERIFY(fresh.modelTree()->topLevelItem(0)->isExpanded());
        QVERIFY(!fresh.modelTree()->topLevelItem(5)->isExpanded());
        single.models[5].cells = matrix.models[0].cells;  // only model-5 spread
        for (ModelSiteCell &c : single.models[5].cells)
            c.l2Name.replace(QStringLiteral("model-0"), QStringLiteral("model-5"));
        fresh.showMatrix(single);
        QVERIFY(fresh.modelTree()->topLevelItem(5)->isExpanded());
        QCOMPARE(fresh.modelTree()->topLevelItem(5)->childCount(), 1);
    }

    void fitColumnsStretchesOneColumnAndSurvivesResets()
    {
        using Model = ValueTableModel<QString>;
        const auto columns = [](int count) {
            QList<Model::ColumnSpec> out;
            for (int i = 0; i < count; ++i)
                out << Model::ColumnSpec([i]() { return QString::number(i); }, [](const QString &r) { return r; });
            return out;
        };
        Model model([](const QString &r) { return r; }, columns(3));
        QTableView view;
        view.setModel(&model);
        ui::fitColumns(view.horizontalHeader(), 1);
        QHeaderView *header = view.horizontalHeader();
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::Interactive);
        QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch);
        QCOMPARE(header->sectionResizeMode(2), QHeaderView::Interactive);
        model.setColumns(columns(3));  // a reset with the same count
        ui::ColumnFitter::of(header)->fitNow();
        QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch);
        model.setColumns(columns(5));
        ui::ColumnFitter::of(header)->fitNow();
        QCOMPARE(header->sectionResizeMode(1), QHeaderView::Stretch);
        QCOMPARE(header->sectionResizeMode(4), QHeaderView::Interactive);

        // The record tables stretch their last column by default, also after new columns.
        QTableView *records = ui::makeRecordTable(&model, nullptr);
        QCOMPARE(records->horizontalHeader()->sectionResizeMode(4), QHeaderView::Stretch);
        model.setColumns(columns(2));
        ui::ColumnFitter::of(records->horizontalHeader())->fitNow();
        QCOMPARE(records->horizontalHeader()->sectionResizeMode(1), QHeaderView::Stretch);
        QCOMPARE(records->horizontalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
        delete records;
    }

    void fitColumnsCapsLongColumnsAndKeepsWhatTheOperatorDragged()
    {
        struct Row {
            QString name, detail, note;
        };
        using Model = ValueTableModel<Row>;
        Model model([](const Row &r) { return r.name; },
                    {Model::ColumnSpec([]() { return QStringLiteral("Name"); }, [](const Row &r) { return r.name; }),
                     Model::ColumnSpec([]() { return QStringLiteral("Target"); }, [](const Row &r) { return r.detail; }),
                     Model::ColumnSpec([]() { return QStringLiteral("Detail"); }, [](const Row &r) { return r.note; })});
        QTableView *view = ui::makeRecordTable(&model, nullptr);
        // QTableView hides the public QAbstractItemView::sizeHintForColumn().
        const auto contents = [view](int column) { return static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column); };
        QScopedPointer<QTableView> owner(view);
        view->resize(900, 300);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        const QString longTarget = QString(400, QLatin1Char('x'));
        model.setRows({Row{QStringLiteral("a"), longTarget, QStringLiteral("short")}});
        ui::ColumnFitter *fitter = ui::ColumnFitter::of(view->horizontalHeader());
        fitter->fitNow();
        QHeaderView *header = view->horizontalHeader();
        // The long column is capped, so the stretched Detail column keeps room; the short one
        // is as wide as its title or contents.
        QCOMPARE(header->sectionSize(1), fitter->widthCap());
        QVERIFY(header->sectionSize(1) < contents(1));
        QVERIFY(header->sectionSize(2) >= view->viewport()->width() / 4);
        // (Titles get two characters of air so the titles of an empty table do not run together.)
        const auto titled = [header](int column) { return ui::ColumnFitter::of(header)->titleWidth(column) + header->fontMetrics().averageCharWidth() * 2; };
        QCOMPARE(header->sectionSize(0), std::max(titled(0), contents(0)));

        // The operator widens the first column: that survives new rows and model resets...
        header->resizeSection(0, 222);
        model.setRows({Row{QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("n")}});
        QTRY_COMPARE(header->sectionSize(1), std::max(titled(1), contents(1)));
        QCOMPARE(header->sectionSize(0), 222);
        // ...and the capped column follows its new, short contents.
        QVERIFY(header->sectionSize(1) < fitter->widthCap());
    }

    // With a stretch floor, wide content columns that together fill the view give way before
    // the stretched detail column is cut to a few characters.
    void fitColumnsKeepsAFifthForTheStretchColumn()
    {
        using Model = ValueTableModel<QString>;
        QList<Model::ColumnSpec> specs;
        for (int i = 0; i < 4; ++i)
            specs << Model::ColumnSpec([i]() { return QStringLiteral("Column %1").arg(i); }, [](const QString &r) { return r; });
        specs << Model::ColumnSpec([]() { return QStringLiteral("Detail"); }, [](const QString &r) -> QString { return r + r + r; });
        Model model([](const QString &r) { return r; }, specs);
        QTableView *view = ui::makeRecordTable(&model, nullptr);
        QScopedPointer<QTableView> owner(view);
        view->resize(900, 300);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        model.setRows({QString(40, QLatin1Char('m'))});
        ui::ColumnFitter::of(view->horizontalHeader())->fitNow();
        QVERIFY(view->horizontalHeader()->sectionSize(4) < view->viewport()->width() / 6);  // no floor: a dozen characters
        ui::ColumnFitter::of(view->horizontalHeader())->setStretchFloor(20);
        QHeaderView *header = view->horizontalHeader();
        const int viewport = view->viewport()->width();
        QVERIFY2(header->sectionSize(4) >= viewport / 5 - 1, qPrintable(QStringLiteral("%1 of %2").arg(header->sectionSize(4)).arg(viewport)));
        for (int column = 0; column < 4; ++column)
            QVERIFY(header->sectionSize(column) < static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column));
    }

    // A down instance has a long last error: it is elided (full text in its tooltip) before
    // Name, URL or Last check are cut below their contents.
    void instancesTableKeepsNamesWhenAnInstanceIsDown()
    {
        InstancesModel model;
        InstanceView down;
        down.id = QStringLiteral("local");
        down.name = QStringLiteral("local gpt-load instance");
        down.url = QStringLiteral("http://127.0.0.1:34567");
        down.priority = 1;
        down.checked = true;
        down.lastCheck = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        down.error = QStringLiteral("connection refused while reading /api/groups: ") + QString(200, QLatin1Char('x'));
        model.setInstances({down});
        QTableView view;
        view.setModel(&model);
        view.setWordWrap(false);
        ui::fitColumns(view.horizontalHeader(), InstancesModel::LastError);
        view.resize(980, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ui::ColumnFitter::of(view.horizontalHeader())->fitNow();
        const auto contents = [&view](int column) { return static_cast<QAbstractItemView &>(view).sizeHintForColumn(column); };
        for (int column : {int(InstancesModel::Name), int(InstancesModel::Url), int(InstancesModel::LastCheck)})
            QVERIFY2(view.horizontalHeader()->sectionSize(column) >= contents(column),
                     qPrintable(QStringLiteral("column %1: %2 < %3").arg(column).arg(view.horizontalHeader()->sectionSize(column)).arg(contents(column))));
        QCOMPARE(model.index(0, InstancesModel::LastError).data(Qt::ToolTipRole).toString(), ErrorText::translate(down.error));
    }

    // Instances by name, as on every other page; the id stays in the tooltip.
    void journalAndPlanShowInstanceNames()
    {
        JournalModel journal;
        JournalEntry e;
        e.id = 1;
        e.kind = QStringLiteral("reconcile");
        e.instanceId = QStringLiteral("a");
        journal.appendEntries({e});
        QCOMPARE(journal.index(0, JournalModel::Instance).data().toString(), QStringLiteral("a"));
        journal.setInstanceNames({{QStringLiteral("a"), QStringLiteral("Instance A")}});
        QCOMPARE(journal.index(0, JournalModel::Instance).data().toString(), QStringLiteral("Instance A"));
        QVERIFY(journal.index(0, JournalModel::Instance).data(Qt::ToolTipRole).toString().contains(QStringLiteral("a")));

        ArchitecturePage architecture{ConsoleContext()};
        architecture.showSnapshot(snapshotWith({}));
        PlannedOperation op;
        op.kind = OpKind::CreateGroup;
        op.instanceId = QStringLiteral("a");
        op.group = QStringLiteral("gpt-4o");
        architecture.planModel()->setRows({op});
        QCOMPARE(architecture.planModel()->index(0, 2).data().toString(), QStringLiteral("Instance A"));
        QVERIFY(architecture.planModel()->index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral(": a")));
    }

    // Core texts the console used to show in English in zh_CN.
    void siteAndReassignWarningsAreTranslated()
    {
        QTranslator chinese;
        QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });
        SiteRequest request;
        request.baseUrl = QStringLiteral("https://api.example.com/v2");
        request.apiKeys = {QStringLiteral("k1")};
        request.models = {QStringLiteral("m1")};
        SiteNamePreview name;
        name.siteName = QStringLiteral("api-example-com");
        name.warning = QStringLiteral("the API of this site lives under the version segment \"v2\"; gpt-load appends /v1 or /v1beta "
                                      "to the upstream URL, so this site cannot be proxied");
        const SitePlan plan = SitePlanner::plan(request, name, std::nullopt, QString(), snapshotWith({}));
        QVERIFY(!plan.warnings.isEmpty());
        QVERIFY2(plan.warnings.first().contains(QStringLiteral("版本路径")), qPrintable(plan.warnings.first()));
        for (const QString &english : {QStringLiteral("alpha-openai had no active keys to copy"),
                                       QStringLiteral("alpha-openai is still failing (HTTP 503); next attempt scheduled"),
                                       QStringLiteral("alpha-openai was disabled by the operator; re-enable the channel to put it back")}) {
            const QString text = ErrorText::translateKnown(english);
            QVERIFY2(text != english && text.contains(QStringLiteral("alpha-openai")), qPrintable(text));
        }
    }

    void sizesAndDurationsUseOurOwnStrings()
    {
        QCOMPARE(ui::formatDataSize(450), QStringLiteral("450 B"));
        QCOMPARE(ui::formatDataSize(1536), QStringLiteral("1.5 KiB"));
        QCOMPARE(ui::formatDataSize(5 * 1024 * 1024), QStringLiteral("5.0 MiB"));
        QCOMPARE(ui::formatDataSize(-1), QString());
        QTranslator english;
        QVERIFY(i18n::loadApplicationCatalog(english, QStringLiteral("en")));
        QCoreApplication::installTranslator(&english);
        QCOMPARE(ui::formatMinutes(10080), QStringLiteral("7 days"));
        QCOMPARE(ui::formatMinutes(90), QStringLiteral("1 hour 30 minutes"));
        QCOMPARE(ui::formatMinutes(1), QStringLiteral("1 minute"));
        QCOMPARE(ui::formatMinutes(0), QStringLiteral("0 minutes"));
        QCoreApplication::removeTranslator(&english);
    }

    // Text put together from translated pieces: a space between English sentences and after a
    // colon, none after Chinese full-width punctuation ("已更新。1 个", "站点：x").
    void joinedTextFollowsEachLanguagesSpacing()
    {
        QCOMPARE(ui::joinText({QStringLiteral("Done."), QString(), QStringLiteral("Next.")}), QStringLiteral("Done. Next."));
        QCOMPARE(ui::joinText({QStringLiteral("已完成。"), QStringLiteral("还有 2 个。")}), QStringLiteral("已完成。还有 2 个。"));
        QCOMPARE(ui::joinText({QStringLiteral("移除 3 个"), QStringLiteral("（1 个已标记）")}), QStringLiteral("移除 3 个（1 个已标记）"));
        QCOMPARE(ui::spaceBetween(QStringLiteral("Site:"), QStringLiteral("x")), QStringLiteral(" "));
        QCOMPARE(ui::spaceBetween(QStringLiteral("站点："), QStringLiteral("x")), QString());
        QCOMPARE(ui::spaceBetween(QStringLiteral("个"), QStringLiteral("model")), QStringLiteral(" "));

        const QJsonObject data{
            {QStringLiteral("siteName"), QStringLiteral("s")},
            {QStringLiteral("groupsCreated"), 1},
            {QStringLiteral("modelsCount"), 3},
            {QStringLiteral("siteGroups"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("s-gemini")},
                                                                  {QStringLiteral("error"), QJsonObject{}}}}},
            {QStringLiteral("reconcile"), QJsonObject{{QStringLiteral("uniApi"), QJsonObject{{QStringLiteral("error"), QStringLiteral("x")}}}}},
        };
        SitePlan plan;
        plan.siteName = QStringLiteral("api-example-com");
        plan.normalizedBaseUrl = QStringLiteral("https://api.example.com");
        plan.instanceName = QStringLiteral("Instance A");
        plan.instanceReason = QStringLiteral("reason");
        plan.createdSiteGroups = {QStringLiteral("api-example-com-openai")};
        plan.keys = 2;
        plan.models = {QStringLiteral("gpt-4o")};
        plan.modelsKnown = true;
        const auto planText = [&plan]() {
            QTextDocument doc;
            doc.setHtml(plan.toHtml());
            return doc.toPlainText();
        };
        QVERIFY2(planText().contains(QStringLiteral("Site: api-example-com")), qPrintable(planText()));
        QVERIFY2(planText().contains(QStringLiteral("Instance: Instance A (reason)")), qPrintable(planText()));

        QTranslator chinese;
        QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });
        const QString summary = EngineText::onboardingSummary(data);
        QVERIFY2(summary.contains(QStringLiteral("。1 个站点分组失败")) && !summary.contains(QStringLiteral("。 ")), qPrintable(summary));
        plan.instanceReason = SitePlanner::tr("assigned to this site");
        const QString text = planText();
        QVERIFY2(text.contains(QStringLiteral("站点：api-example-com")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("： ")) && !text.contains(QLatin1Char('(')), qPrintable(text));
    }

    void englishCountsUsePluralForms()
    {
        QTranslator english;
        QVERIFY(i18n::loadApplicationCatalog(english, QStringLiteral("en")));
        QCoreApplication::installTranslator(&english);
        QCOMPARE(ui::formatMinutes(30), QStringLiteral("30 minutes"));
        QCOMPARE(ui::formatMinutes(1), QStringLiteral("1 minute"));
        QCOMPARE(ui::formatMinutes(360), QStringLiteral("6 hours"));
        QCOMPARE(QCoreApplication::translate("ul::SyncPage", " run(s)", nullptr, 2), QStringLiteral(" runs"));
        QCOMPARE(QCoreApplication::translate("ul::HealthPage", "%n channel(s): ", nullptr, 1), QStringLiteral("1 channel: "));
        QCOMPARE(QCoreApplication::translate("ul::UniApiPage", "api.yaml: %1 — %n provider(s), ", nullptr, 14),
                 QStringLiteral("api.yaml: %1 — 14 providers, "));
        // Engine texts: the count picks the form, the other arguments are kept.
        QCOMPARE(EngineText::translate(QStringLiteral("1 site group(s): 0 added, 2 removed, 0 queued")),
                 QStringLiteral("1 site group: 0 added, 2 removed, 0 queued"));
        QCOMPARE(EngineText::translate(QStringLiteral("reconciling 13 model(s)")), QStringLiteral("reconciling 13 models"));
        QCOMPARE(EngineText::detail(QStringLiteral("13 model(s), 1 key(s)")), QStringLiteral("13 models, 1 key"));
        QCoreApplication::removeTranslator(&english);
    }

    void journalShowsTranslatedKindsOutcomesAndReadableDetails()
    {
        QCOMPARE(EngineText::jobKind(QStringLiteral("process-site")), QStringLiteral("onboard site"));
        QCOMPARE(EngineText::jobKind(QStringLiteral("something-new")), QStringLiteral("something-new"));
        QCOMPARE(EngineText::outcome(QStringLiteral("started")), QStringLiteral("Started"));
        QCOMPARE(EngineText::outcome(QStringLiteral("ok")), QStringLiteral("Done"));
        const QString detail = EngineText::detail(
            QStringLiteral("13 of 17 kept; dropped {\"blacklist\":4,\"channel-type\":0,\"nested\":{\"a\":[1,2]}}"));
        QVERIFY2(!detail.contains(QLatin1Char('{')), qPrintable(detail));
        QCOMPARE(detail, QStringLiteral("13 of 17 kept; dropped blacklisted: 4, wrong channel type: 0, nested: (a: 1, 2)"));
        QCOMPARE(EngineText::detail(QStringLiteral("not json {here")), QStringLiteral("not json {here"));
        {
            // The engine's codes in a detail ("reason: discovery") are words in Chinese too.
            QTranslator chinese;
            QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
            QCoreApplication::installTranslator(&chinese);
            const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });
            for (const QString &english : {QStringLiteral("reason: discovery"), QStringLiteral("reason: first-healthy"),
                                           QStringLiteral("base URL https://a.example, name computed"),
                                           QStringLiteral("base URL https://a.example, name host-and-port")}) {
                const QString text = EngineText::detail(english);
                QVERIFY2(text.startsWith(QStringLiteral("原因：")) || text.startsWith(QStringLiteral("基础 URL https://a.example，")),
                         qPrintable(text));
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("discovery|healthy|computed|host-and-port"))), qPrintable(text));
            }
        }

        JournalModel journal;
        QAbstractItemModelTester tester(&journal, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalEntry e;
        e.id = 1;
        e.kind = QStringLiteral("process-site");
        e.op = QStringLiteral("reconcile");
        e.outcome = QStringLiteral("started");
        e.detail = QStringLiteral("{\"x\":1}");
        journal.appendEntries({e});
        QCOMPARE(journal.index(0, JournalModel::Kind).data().toString(), QStringLiteral("onboard site"));
        QCOMPARE(journal.index(0, JournalModel::Outcome).data().toString(), QStringLiteral("Started"));
        QCOMPARE(journal.index(0, JournalModel::Detail).data().toString(), QStringLiteral("x: 1"));
    }

    void healthChartPlotsSuccessRateAndLatency()
    {
        HealthChart chart;
        HealthHistoryEntry a;
        a.channel = QStringLiteral("c");
        a.time = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        a.successRate = 0.9;
        a.latencyMs = 800;
        HealthHistoryEntry b = a;
        b.time = a.time.addSecs(600);
        b.successRate = -1;  // no figure: a gap
        b.latencyMs = 1200;
        chart.setHistory(QStringLiteral("c"), {b, a});
        QCOMPARE(chart.successPointCount(), 1);
        QCOMPARE(chart.latencyPointCount(), 2);
        // Both value axes carry their unit on every label.
        QStringList formats;
        for (QAbstractAxis *axis : chart.chart()->axes(Qt::Vertical))
            formats << qobject_cast<QValueAxis *>(axis)->labelFormat();
        QCOMPARE(formats, (QStringList{QStringLiteral("%d%%"), QStringLiteral("%d ms")}));
        chart.clearHistory();
        QCOMPARE(chart.latencyPointCount(), 0);
    }
};

QTEST_MAIN(TestUiPages)
#include "tst_uipages.moc"
