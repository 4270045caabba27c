#include "ui/pages/instancespage.h"

#include "core/engine/engine.h"
#include "ui/common/desktopfiles.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/setupstate.h"
#include "ui/common/uiformat.h"
#include "ui/instances/instancefiledialog.h"
#include "core/instances/instancefileeditor.h"
#include "ui/models/instancesmodel.h"
#include "ui/widgets/messagebanner.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ul {

InstancesPage::InstancesPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_fileBanner(new MessageBanner(this)), m_warningBanner(new MessageBanner(this)),
      m_pathLabel(new QLabel(this)), m_openFile(new QPushButton(this)), m_openFolder(new QPushButton(this)), m_check(new QPushButton(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_status(new StatusLabel(this)), m_model(new InstancesModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_assignBox(new QGroupBox(this)),
      m_assignIntro(new QLabel(this)),
      m_assignments(new SiteAssignmentsModel([](const SiteAssignmentRow &r) { return r.baseUrl; }, {}, this)), m_assignView(nullptr),
      m_assignLabel(new QLabel(this)), m_assignTarget(new QComboBox(this)), m_assign(new QPushButton(this))
{
    using A = SiteAssignmentsModel::ColumnSpec;
    m_assignments->setColumns({
        A([]() { return tr("Site"); }, [](const SiteAssignmentRow &r) { return r.site; }),
        A([]() { return tr("Base URL"); }, [](const SiteAssignmentRow &r) { return r.baseUrl; }),
        A([]() { return tr("Site groups on"); }, [](const SiteAssignmentRow &r) { return r.groupsOn; }),
        A([]() { return tr("New site groups go to"); },
          [](const SiteAssignmentRow &r) { return r.assignedId.isEmpty() ? tr("automatic (by reachability)") : r.assignedName; })
            .coloured([](const SiteAssignmentRow &r) { return r.assignedId.isEmpty() ? QVariant(ui::neutralColor()) : QVariant(); }),
    });
    m_assignView = ui::makeRecordTable(m_assignments, this);
    ui::setEmptyHint(m_assignView, []() { return tr("No site yet: sites are listed here once they are added."); });
    ui::fitColumns(m_assignView->horizontalHeader(), 1);
    m_assignIntro->setWordWrap(true);
    m_assignTarget->setObjectName(QStringLiteral("assignTarget"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InstancesModel::SortRole);
    m_view->setModel(m_proxy);
    ui::keepCurrentRow(m_view, InstancesModel::IdRole);
    ui::setEmptyHint(m_view, [this]() {
        return SetupState::instanceFileBroken(m_snapshot)
                   ? tr("The instance file cannot be loaded (see above), so no instance is shown.")
                   : tr("No gpt-load instance is configured: add one, and it is written to the instance file.");
    });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstancesModel::Priority, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    ui::fitColumns(m_view->horizontalHeader(), InstancesModel::LastError);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addSpacing(12);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_status, 1);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel, 1);
    pathRow->addWidget(m_openFile);
    pathRow->addWidget(m_openFolder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fileBanner);
    layout->addWidget(m_warningBanner);
    layout->addLayout(pathRow);
    layout->addLayout(buttons);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_assignLabel);
    assignRow->addWidget(m_assignTarget);
    assignRow->addWidget(m_assign);
    assignRow->addStretch(1);
    auto *assignLayout = new QVBoxLayout(m_assignBox);
    assignLayout->addWidget(m_assignIntro);
    assignLayout->addLayout(assignRow);
    assignLayout->addWidget(m_assignView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_assignBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_check, &QPushButton::clicked, this, &InstancesPage::checkNow);
    connect(m_add, &QPushButton::clicked, this, [this]() { performAction(QStringLiteral("add")); });
    connect(m_edit, &QPushButton::clicked, this, &InstancesPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &InstancesPage::removeSelected);
    connect(m_view, &QTableView::activated, this, &InstancesPage::editSelected);  // Enter or a double click
    connect(m_fileBanner, &MessageBanner::actionTriggered, this, [this]() { performAction(QStringLiteral("edit-file")); });
    connect(m_warningBanner, &MessageBanner::actionTriggered, this, &InstancesPage::restrictPermissions);
    connect(m_openFile, &QPushButton::clicked, this, [this]() { openExternally(false); });
    connect(m_openFolder, &QPushButton::clicked, this, [this]() { openExternally(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InstancesPage::updateButtons);
    connect(m_assignView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        // The box shows where the selected site goes now; choosing another one and Assign moves it.
        if (const SiteAssignmentRow *row = selectedAssignment())
            m_assignTarget->setCurrentIndex(std::max(0, m_assignTarget->findData(row->assignedId)));
        updateAssignmentControls();
    });
    connect(m_assignTarget, &QComboBox::currentIndexChanged, this, &InstancesPage::updateAssignmentControls);
    connect(m_assign, &QPushButton::clicked, this, &InstancesPage::assignSelected);
    retranslate();
    updateButtons();
}

InstancesPage::~InstancesPage() = default;

InstanceFileDialog *InstancesPage::editorDialog() const
{
    return m_dialog.data();
}

QAbstractButton *InstancesPage::refreshButton() const
{
    return m_check;
}

QString InstancesPage::title() const
{
    return tr("Instances");
}

QIcon InstancesPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DriveNetIcon);
}

QString InstancesPage::instanceFilePath() const
{
    if (!m_snapshot.instanceFile.path.isEmpty())
        return m_snapshot.instanceFile.path;
    return m_context.config.instanceFileLocation().path;
}

void InstancesPage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_model->setInstances(snapshot.instances);
    if (!snapshot.ready) {
        m_fileBanner->clear();
    } else if (SetupState::isFirstRun(snapshot)) {
        m_fileBanner->showMessage(MessageBanner::Kind::Information,
                                  tr("No instance file yet. Add your first gpt-load instance (its URL and admin token); Save "
                                     "creates %1.").arg(instanceFilePath()),
                                  tr("Add instance…"));
    } else if (snapshot.instanceFile.hasError()) {
        const QString field = snapshot.instanceFile.errorField.isEmpty()
                                  ? QString()
                                  : tr("%1: ", "a field of the instance file, before its problem").arg(snapshot.instanceFile.errorField);
        m_fileBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The instance file cannot be used: %1%2").arg(field, ErrorText::translate(snapshot.instanceFile.errorReason)),
                                  tr("Edit instance file…"));
    } else {
        m_fileBanner->clear();
    }
    if (snapshot.instanceFile.warnings.isEmpty())
        m_warningBanner->clear();
    else
        m_warningBanner->showMessage(MessageBanner::Kind::Warning, ErrorText::translateKnownEach(snapshot.instanceFile.warnings).join(QLatin1Char('\n')),
                                     snapshot.instanceFile.readableByOthers ? tr("Restrict permissions") : QString());
    m_pathLabel->setText(tr("Instance file: %1").arg(instanceFilePath()));
    updateButtons();
    ui::refreshEmptyHint(m_view);

    // The choices are rebuilt only when the instances change (not under an open list).
    QStringList targets;
    for (const InstanceView &i : snapshot.instances)
        targets << i.id << (i.name.isEmpty() ? i.id : i.name);
    if (m_assignTarget->count() == 0 || targets != m_assignTargets) {
        m_assignTargets = targets;
        const QString chosen = m_assignTarget->currentData().toString();
        const QSignalBlocker blocker(m_assignTarget);
        m_assignTarget->clear();
        m_assignTarget->addItem(QString(), QString());
        for (qsizetype i = 0; i + 1 < targets.size(); i += 2)
            m_assignTarget->addItem(targets.at(i + 1), targets.at(i));
        m_assignTarget->setCurrentIndex(std::max(0, m_assignTarget->findData(chosen)));
    }
    m_assignTarget->setItemText(0, tr("Automatic (by reachability)"));
    m_assignments->setRows(assignmentRows(snapshot));
    updateAssignmentControls();
}

QList<SiteAssignmentRow> InstancesPage::assignmentRows(const EngineSnapshot &snapshot)
{
    QList<SiteAssignmentRow> rows;
    QSet<QString> listed;
    for (const SiteView &site : snapshot.sites) {
        SiteAssignmentRow row{site.name, site.baseUrl, {}, {}, {}};
        QStringList on;
        for (const SiteGroupView &g : site.groups) {
            const QString name = g.instanceName.isEmpty() ? g.instanceId : g.instanceName;
            if (!name.isEmpty() && !on.contains(name))
                on << name;
        }
        row.groupsOn = on.join(QStringLiteral(", "));
        const auto it = snapshot.siteAssignments.constFind(site.baseUrl);
        if (it != snapshot.siteAssignments.cend()) {
            row.assignedId = it->instanceId;
            row.assignedName = it->instanceName.isEmpty() ? it->instanceId : it->instanceName;
        }
        listed.insert(site.baseUrl);
        rows << row;
    }
    QList<SiteAssignmentRow> others;
    for (auto it = snapshot.siteAssignments.cbegin(); it != snapshot.siteAssignments.cend(); ++it) {
        if (!listed.contains(it.key()))
            others << SiteAssignmentRow{QString(), it.key(), QString(), it->instanceId,
                                        it->instanceName.isEmpty() ? it->instanceId : it->instanceName};
    }
    std::sort(others.begin(), others.end(), [](const SiteAssignmentRow &a, const SiteAssignmentRow &b) { return a.baseUrl < b.baseUrl; });
    return rows + others;
}

const SiteAssignmentRow *InstancesPage::selectedAssignment() const
{
    return m_assignments->selectedRow(m_assignView->selectionModel());
}

void InstancesPage::updateAssignmentControls()
{
    const SiteAssignmentRow *row = selectedAssignment();
    const bool changes = row && row->assignedId != m_assignTarget->currentData().toString();
    m_assign->setEnabled(m_context.engine && !m_assigning && changes);
    m_assignTarget->setEnabled(row != nullptr && !m_assigning);
}

bool InstancesPage::selectAssignment(const QString &baseUrl, const QString &instanceId)
{
    const int row = m_assignments->rowForKey(baseUrl);
    const int target = m_assignTarget->findData(instanceId);
    if (row < 0 || target < 0)
        return false;
    m_assignView->selectRow(row);
    m_assignTarget->setCurrentIndex(target);
    return true;
}

void InstancesPage::assignSelected()
{
    const SiteAssignmentRow *row = selectedAssignment();
    if (!row || !m_context.engine || m_assigning)
        return;
    const QString url = row->baseUrl;
    const QString site = row->site.isEmpty() ? url : row->site;
    const QString target = m_assignTarget->currentData().toString();
    m_assigning = true;
    updateAssignmentControls();
    deliverTo(m_context.engine->reassignSite(url, target), this, [this, site](const Result<SiteAssignmentChange> &change) {
        m_assigning = false;
        updateAssignmentControls();
        if (!change.ok())
            setStatus([error = change.error()] { return tr("Not reassigned: %1").arg(ErrorText::translate(error)); }, true);
        else if (change->instanceId.isEmpty())
            setStatus([site] { return tr("New site groups of %1 go to the instance chosen by reachability.").arg(site); });
        else
            setStatus([site, instance = change->instanceName] { return tr("New site groups of %1 go to %2.").arg(site, instance); });
    });
}

void InstancesPage::retranslate()
{
    m_check->setText(m_checking ? tr("Checking…") : tr("Check now"));
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove…"));
    m_openFile->setText(tr("Open file"));
    m_openFile->setToolTip(tr("Opens the instance file in the desktop's text editor."));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(tr("Opens the folder of the instance file in the file manager."));
    m_assignBox->setTitle(tr("Site assignments"));
    m_assignIntro->setText(tr("The instance a site's new site groups are created on. Reassigning changes no existing group: "
                              "Promote and Demote on the Sites page move one."));
    m_assignLabel->setText(tr("Selected site's new groups go to:"));
    m_assign->setText(tr("Assign"));
    m_assignments->retranslate();
    m_model->retranslate();
    showSnapshot(m_snapshot);
}

void InstancesPage::performAction(const QString &action)
{
    if (action == QLatin1String("check")) {
        checkNow();
    } else if (action == QLatin1String("add")) {
        openEditor(true);
    } else if (action == QLatin1String("edit-file")) {
        openEditor();
    } else if (action == QLatin1String("restrict-permissions")) {
        restrictPermissions();
    }
}

QString InstancesPage::statusText() const
{
    return m_status->text();
}

void InstancesPage::setStatus(StatusLabel::Text text, bool error)
{
    m_status->showStatus(std::move(text), error);
}

void InstancesPage::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_edit->setEnabled(true);  // opens the editor on the selected instance, or on the first
    // Nothing can be added to a file that cannot be read (it would be saved over): fix it first.
    const bool broken = SetupState::instanceFileBroken(m_snapshot);
    m_add->setEnabled(!broken);
    m_add->setToolTip(broken ? tr("The instance file cannot be loaded: fix it in a text editor first (Open file), then Edit… "
                                  "shows whether it loads.")
                             : QString());
    m_openFile->setEnabled(QFileInfo(instanceFilePath()).isFile());
    m_openFolder->setEnabled(QFileInfo(QFileInfo(instanceFilePath()).absolutePath()).isDir());
    m_remove->setEnabled(selected);
    m_check->setEnabled(!m_checking && !m_snapshot.instances.isEmpty());
}

QString InstancesPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.constFirst().data(InstancesModel::IdRole).toString();
}

void InstancesPage::checkNow()
{
    if (m_checking || !m_context.engine)
        return;
    m_checking = true;
    m_check->setText(tr("Checking…"));
    updateButtons();
    setStatus([count = static_cast<int>(m_snapshot.instances.size())] { return tr("Checking %n instance(s)…", nullptr, count); });
    deliverTo(m_context.engine->checkInstances(), this, [this](const Result<int> &result) {
        m_checking = false;
        m_check->setText(tr("Check now"));
        updateButtons();
        if (result.ok())
            setStatus([healthy = result.value(), count = m_snapshot.instances.size()] { return tr("Check finished: %1 of %2 healthy.").arg(healthy).arg(count); });
        else
            setStatus([error = result.error()] { return tr("Check failed: %1").arg(ErrorText::translate(error)); }, true);
    });
}

InstanceFileDialog *InstancesPage::openEditor(bool addInstance)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
    } else {
        m_dialog = new InstanceFileDialog(instanceFilePath(), this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &InstanceFileDialog::saved, this, [this](int count) {
            reloadEngine([count] { return tr("Saved %n instance(s); the engine uses them now.", nullptr, count); });
        });
        // Fixed by hand and reloaded in the editor: the engine reads it again too.
        connect(m_dialog, &InstanceFileDialog::fileLoads, this, [this](int count) {
            reloadEngine([count] { return tr("The instance file loads now: %n instance(s).", nullptr, count); });
        });
        m_dialog->open();
        // A file with no instance yet (a first run) opens on a new one: an empty editor could
        // only say that it cannot save.
        addInstance = addInstance || m_dialog->editor().instances().isEmpty();
    }
    if (addInstance)
        m_dialog->addInstance();  // does nothing while the file on disk cannot be loaded
    return m_dialog;
}

void InstancesPage::restrictPermissions()
{
    const QString path = instanceFilePath();
    if (const Status s = restrictInstanceFilePermissions(path); !s.ok()) {
        setStatus([error = s.error()] { return tr("Permissions not changed: %1").arg(ErrorText::translate(error)); }, true);
        return;
    }
    reloadEngine([path] { return tr("%1 is now readable and writable by its owner only (0600).").arg(path); });
}

void InstancesPage::openExternally(bool folder)
{
    const QString path = instanceFilePath();
    const bool opened = folder ? ui::openContainingFolder(path) : ui::openFileExternally(path);
    if (!opened)
        setStatus(
            [folder, path] {
                return folder ? tr("Could not open the folder of %1: no file manager is available.").arg(path)
                              : tr("Could not open %1: no application is available for it.").arg(path);
            },
            true);
}

void InstancesPage::editSelected()
{
    const QString id = selectedId();
    if (InstanceFileDialog *dialog = openEditor(); dialog && !id.isEmpty())
        dialog->selectInstance(id);
}

void InstancesPage::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const int row = m_model->rowForId(id);
    const QString name = row >= 0 ? m_model->instances().at(row).name : id;
    ui::confirm(this, QMessageBox::Question, tr("Remove instance"),
                tr("Remove the gpt-load instance \"%1\" from the instance file?\n\nGroups that live on it stay "
                   "in gpt-load; uni-load stops managing them until the instance is added again.")
                    .arg(name),
                tr("Remove"), true, [this, id]() { removeInstance(id); });
}

void InstancesPage::removeInstance(const QString &id)
{
    InstanceFileEditor editor(instanceFilePath());
    editor.load();
    InstanceConfigList list = editor.instances();
    list.erase(std::remove_if(list.begin(), list.end(), [&id](const InstanceConfig &c) { return c.id == id; }), list.end());
    editor.setInstances(list);
    if (const Status s = editor.save(); !s.ok()) {
        setStatus([error = s.error()] { return tr("Not removed: %1").arg(ErrorText::translate(error)); }, true);
        return;
    }
    reloadEngine([left = static_cast<int>(list.size())] { return tr("Removed; %n instance(s) left.", nullptr, left); });
}

void InstancesPage::reloadEngine(const StatusLabel::Text &doneMessage)
{
    if (!m_context.engine) {
        setStatus(doneMessage);
        return;
    }
    setStatus([] { return tr("Saved; reloading the instance file…"); });
    deliverTo(m_context.engine->reloadInstanceFile(), this, [this, doneMessage](const Result<int> &result) {
        if (result.ok())
            setStatus(doneMessage);
        else
            setStatus([error = result.error()] { return tr("Saved, but the engine could not reload it: %1").arg(ErrorText::translate(error)); }, true);
    });
}

} // namespace ul
