#include "ui/pages/uniapipage.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/reloadtext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/settingsave.h"
#include "ui/common/statetext.h"
#include "ui/common/uiformat.h"
#include "ui/models/settingsmodel.h"
#include "ui/widgets/diffdialog.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statuslabel.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>

#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ul {

namespace {
QString modelsText(const uniapi::ManagedEntryView &e)
{
    QStringList out;
    for (const uniapi::ManagedModel &m : e.models)
        out << (m.alias.isEmpty() ? m.upstreamName : QStringLiteral("%1 → %2").arg(m.upstreamName, m.alias));
    return out.join(QStringLiteral(", "));
}
} // namespace

UniApiPage::UniApiPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_keyBanner(new MessageBanner(this)), m_file(new QLabel(this)), m_providersBox(new QGroupBox(this)),
      m_providers(new ProvidersModel([](const uniapi::ManagedEntryView &e) { return e.name; }, {}, this)),
      m_providersProxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_providersView(nullptr),
      m_backupsBox(new QGroupBox(this)), m_backups(new BackupsModel([](const uniapi::BackupInfo &b) { return b.name; }, {}, this)),
      m_backupsView(nullptr), m_refresh(new QPushButton(this)), m_choose(new QPushButton(this)), m_restore(new QPushButton(this)),
      m_preview(new QPushButton(this)), m_writeNow(new QPushButton(this)), m_status(new StatusLabel(this)),
      m_writeTracker(new JobTracker(context.engine, this))
{
    using P = ProvidersModel::ColumnSpec;
    m_providers->setColumns({
        P([]() { return tr("Provider"); }, [](const uniapi::ManagedEntryView &e) { return e.name; }),
        P([]() { return tr("Owner"); },
          [](const uniapi::ManagedEntryView &e) {
              switch (e.ownership) {
              case uniapi::ProviderOwnership::Managed:
                  return tr("uni-load");
              case uniapi::ProviderOwnership::Adopted:
                  return tr("original uni-load (adopted)");
              case uniapi::ProviderOwnership::HandWritten:
                  return tr("hand-written (not touched)");
              case uniapi::ProviderOwnership::Foreign:
                  break;
              }
              return tr("other");
          })
            .coloured([](const uniapi::ManagedEntryView &e) {
                return e.ownership == uniapi::ProviderOwnership::HandWritten ? QVariant(ui::neutralColor()) : QVariant();
            }),
        P([]() { return tr("Models (→ alias)"); }, [](const uniapi::ManagedEntryView &e) { return modelsText(e); })
            .withTooltip([](const uniapi::ManagedEntryView &e) { return modelsText(e); }),
        P([]() { return tr("Base URL"); }, [](const uniapi::ManagedEntryView &e) { return e.baseUrl; }),
        P([]() { return tr("Engine"); }, [](const uniapi::ManagedEntryView &e) { return e.engine; }),
        P([]() { return tr("Line"); }, [](const uniapi::ManagedEntryView &e) { return e.line; }).rightAligned(),
    });
    using B = BackupsModel::ColumnSpec;
    m_backups->setColumns({
        B([]() { return tr("Backup"); }, [](const uniapi::BackupInfo &b) { return b.name; }),
        B([]() { return tr("Time"); }, [](const uniapi::BackupInfo &b) { return ui::formatDateTime(b.time); })
            .sortedBy([](const uniapi::BackupInfo &b) { return b.time; }),
        B([]() { return tr("Size"); }, [](const uniapi::BackupInfo &b) { return ui::formatDataSize(b.size); })
            .sortedBy([](const uniapi::BackupInfo &b) { return b.size; })
            .rightAligned(),
    });
    m_providersProxy->setSourceModel(m_providers);
    m_providersProxy->setFilterKeyColumn(-1);
    m_providersProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_providersView = ui::makeRecordTable(m_providersProxy, this);
    m_filter->setClearButtonEnabled(true);
    m_backupsView = ui::makeRecordTable(m_backups, this);
    ui::setEmptyHint(m_providersView, [this]() {
        return m_providers->rowCount() == 0 ? tr("uni-load manages no provider in api.yaml yet.") : tr("No provider matches the filter.");
    });
    ui::setEmptyHint(m_backupsView, []() { return tr("No backup of api.yaml yet: one is made before every change."); });
    ui::fitColumns(m_providersView->horizontalHeader(), 2);
    ui::fitColumns(m_backupsView->horizontalHeader(), 0);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *providersLayout = new QVBoxLayout(m_providersBox);
    providersLayout->addWidget(m_filter);
    providersLayout->addWidget(m_providersView);
    auto *backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_restore);
    backupButtons->addStretch(1);
    auto *backupsLayout = new QVBoxLayout(m_backupsBox);
    backupsLayout->addLayout(backupButtons);
    backupsLayout->addWidget(m_backupsView);
    auto *top = new QHBoxLayout;
    top->addWidget(m_file, 1);
    top->addWidget(m_writeNow, 0, Qt::AlignTop);
    top->addWidget(m_preview, 0, Qt::AlignTop);
    top->addWidget(m_choose, 0, Qt::AlignTop);
    top->addWidget(m_refresh, 0, Qt::AlignTop);

    auto *header = new QVBoxLayout;
    header->addWidget(m_keyBanner);
    header->addLayout(top);
    ui::layOutSplitPage(this, header, m_providersBox, m_backupsBox, m_status);
    connect(m_keyBanner, &MessageBanner::actionTriggered, this, &UniApiPage::showNewClientKey);

    connect(m_refresh, &QPushButton::clicked, this, &UniApiPage::reload);
    connect(m_filter, &QLineEdit::textChanged, m_providersProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_choose, &QPushButton::clicked, this, &UniApiPage::chooseApiYaml);
    connect(m_restore, &QPushButton::clicked, this, &UniApiPage::restoreSelected);
    connect(m_preview, &QPushButton::clicked, this, &UniApiPage::previewChanges);
    m_writeNow->setVisible(false);
    connect(m_writeNow, &QPushButton::clicked, this, [this]() {
        if (!m_context.engine)
            return;
        m_writeNow->setEnabled(false);
        m_status->showStatus([] { return tr("Reconciling to write api.yaml again…"); });
        m_writeTracker->trackStarted(m_context.engine->startInitializeArchitecture(), [this](const Error &error) {
            m_writeNow->setEnabled(true);
            m_status->showStatus([error] { return tr("Not started: %1").arg(ErrorText::translate(error)); }, true);
        });
    });
    connect(m_writeTracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_status->showStatus([done, total, step] { return JobTracker::progressText(done, total, step); });
    });
    connect(m_writeTracker, &JobTracker::finished, this, [this](const JobView &job) {
        m_writeNow->setEnabled(true);
        // The snapshot says whether api.yaml is written now (the button goes with the error).
        m_status->showStatus([job] { return JobTracker::reconciliationOutcome(job); }, job.state != QLatin1String("done"));
    });
    connect(m_backupsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() { m_restore->setEnabled(m_backupsView->selectionModel()->hasSelection()); });
    m_restore->setEnabled(false);
    retranslate();
}

UniApiPage::~UniApiPage() = default;

QString UniApiPage::title() const
{
    return tr("api.yaml");
}

QAbstractButton *UniApiPage::refreshButton() const
{
    return m_refresh;
}

QLineEdit *UniApiPage::filterField() const
{
    return m_filter;
}

QIcon UniApiPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileIcon);
}

void UniApiPage::retranslate()
{
    m_providersBox->setTitle(tr("gpt-load providers in api.yaml"));
    m_backupsBox->setTitle(tr("Backups"));
    m_refresh->setText(tr("Refresh"));
    m_filter->setPlaceholderText(tr("Filter by provider, model, alias, base URL…"));
    m_choose->setText(tr("Choose api.yaml…"));
    m_choose->setToolTip(tr("The uni-api configuration file to publish to (UNI_API_YAML_PATH); used from the next start."));
    m_restore->setText(tr("Restore…"));
    m_preview->setText(tr("Preview changes…"));
    m_preview->setToolTip(tr("What the next write of api.yaml (a reconciliation now) would change, as a diff; keys are masked."));
    m_writeNow->setText(tr("Write again now"));
    m_writeNow->setToolTip(tr("Run a reconciliation now, which writes api.yaml, instead of waiting for the automatic retry"));
    m_providers->retranslate();
    m_backups->retranslate();
    showSnapshot(m_snapshot);
}

void UniApiPage::performAction(const QString &action)
{
    if (action == QLatin1String("write-again") && !m_writeNow->isHidden() && m_writeNow->isEnabled())
        m_writeNow->click();
}

QString UniApiPage::statusText() const
{
    return m_status->text();
}

QString UniApiPage::clientKeyBannerText() const
{
    return m_keyBanner->text();
}

void UniApiPage::showNewClientKey()
{
    if (!m_context.engine)
        return;
    deliverTo(m_context.engine->takeNewUniApiClientKey(), this, [this](const Result<QString> &key) {
        if (!key.ok()) {
            m_keyBanner->clear();
            m_status->showStatus([error = key.error()] { return ErrorText::translate(error); }, true);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Information, tr("New client key of api.yaml"),
                                    tr("uni-api's clients send this key (api.yaml, api_keys). It is not shown again here; "
                                       "it stays in api.yaml."),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(key.value());
        // Reviewable character by character from the keyboard too (a screen reader's way).
        box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        QPushButton *copy = box->addButton(tr("Copy"), QMessageBox::ActionRole);
        connect(copy, &QPushButton::clicked, this, [value = key.value()]() { QGuiApplication::clipboard()->setText(value); });
        m_keyBanner->clear();
        box->open();
        emit clientKeyShown(box);
    });
}

void UniApiPage::showSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const UniApiFileView &f = snapshot.uniApi;
    if (f.newClientKeyWaiting)
        m_keyBanner->showMessage(MessageBanner::Kind::Warning,
                                 tr("uni-load created api.yaml with a new client key for uni-api's clients. It is shown once, here or "
                                    "in the web console; it stays in api.yaml under api_keys."),
                                 tr("Show key…"));
    else
        m_keyBanner->clear();
    const int providers = f.providersCount;
    const int managed = m_listedManaged >= 0 ? m_listedManaged : f.managedCount;
    // A missing file is no problem (the first onboarding creates it); only what stops that is.
    QString text = f.path.isEmpty() ? tr("api.yaml: not configured (UNI_API_YAML_PATH)")
                   : f.exists       ? tr("api.yaml: %1 — %n provider(s), ", nullptr, providers).arg(f.path)
                                          + tr("%n managed by uni-load", nullptr, managed)
                   : f.directoryExists ? tr("api.yaml: %1 — not created yet; the first onboarding creates it").arg(f.path)
                                       : tr("api.yaml: %1 — not created yet, nor its directory; the first onboarding creates "
                                            "both").arg(f.path);
    if (!f.error.isEmpty())
        text += QLatin1Char('\n') + tr("Problem: %1").arg(ErrorText::translate(f.error));
    if (!f.writeError.isEmpty())
        text += QLatin1Char('\n')
                + ui::joinText({tr("The last change was not written, uni-api still serves the file above: %1").arg(ErrorText::translate(f.writeError)),
                                f.writeRetryAt.isValid() ? tr("A reconciliation writes it again at %1.").arg(ui::formatDateTime(f.writeRetryAt)) : QString()});
    text += QLatin1Char('\n') + tr("uni-api reload: %1").arg(ReloadText::summary(f.reload));
    m_file->setText(text);
    m_writeNow->setVisible(!f.writeError.isEmpty());
    const QString signature = QStringLiteral("%1/%2/%3/%4").arg(f.path, QString::number(f.providersCount), QString::number(f.managedCount), f.error);
    if (signature != m_signature && snapshot.ready) {
        m_signature = signature;
        if (isVisible())
            reload();
    }
}

QString UniApiPage::fileText() const
{
    return m_file->text();
}

void UniApiPage::chooseApiYaml()
{
    const QString current = m_snapshot.uniApi.path;
    auto *chooser = new QFileDialog(this, tr("Choose api.yaml"), current.isEmpty() ? QString() : QFileInfo(current).absolutePath());
    chooser->setNameFilters({tr("uni-api configuration (*.yaml *.yml)"), tr("All files (*)")});
    chooser->setFileMode(QFileDialog::AnyFile);  // it may not exist yet: the first write creates it
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    if (!current.isEmpty())
        chooser->selectFile(current);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &UniApiPage::useApiYaml);
    chooser->open();
}

void UniApiPage::useApiYaml(const QString &path)
{
    if (!m_context.engine || path.trimmed().isEmpty())
        return;
    const QString file = QFileInfo(path).absoluteFilePath();
    m_choose->setEnabled(false);
    // The settings page's path: a stored "env." setting, read at the next start.
    const QJsonObject values{{SettingsModel::storedKey(SettingKey::UniApiYamlPath), file}};
    deliverTo(m_context.engine->saveStoredSettings(values), this, [this, file](const Result<QJsonObject> &result) {
        m_choose->setEnabled(true);
        if (!result.ok()) {
            m_status->showStatus([error = result.error()] { return tr("Not saved: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_status->showStatus([this, file] { return tr("api.yaml set to %1. %2").arg(file, SettingSave::doneText(m_context.config, SettingKey::UniApiYamlPath)); });
    });
}

void UniApiPage::activate()
{
    reload();
}

void UniApiPage::reload()
{
    if (!m_context.engine)
        return;
    deliverTo(m_context.engine->uniApiManagedEntries(), this, [this](const Result<QList<uniapi::ManagedEntryView>> &entries) {
        if (entries.ok()) {
            m_providers->setRows(entries.value());
            m_listedManaged = static_cast<int>(std::count_if(entries->cbegin(), entries->cend(), [](const uniapi::ManagedEntryView &e) {
                return e.ownership == uniapi::ProviderOwnership::Managed;
            }));
            showSnapshot(m_snapshot);
        } else
            m_status->showStatus([error = entries.error()] { return tr("Cannot read api.yaml: %1").arg(ErrorText::translate(error)); }, true);
        deliverTo(m_context.engine->uniApiBackups(), this, [this](const Result<QList<uniapi::BackupInfo>> &backups) {
            if (backups.ok())
                m_backups->setRows(backups.value());
            else
                m_status->showStatus([error = backups.error()] { return tr("Cannot list the backups: %1").arg(ErrorText::translate(error)); }, true);
            emit reloaded();
        });
    });
}

void UniApiPage::previewChanges()
{
    if (!m_context.engine)
        return;
    m_preview->setEnabled(false);
    m_status->showStatus([] { return tr("Planning the next write of api.yaml…"); });
    deliverTo(m_context.engine->previewUniApiWrite(), this, [this](const Result<uniapi::WritePlan> &plan) {
        m_preview->setEnabled(true);
        if (!plan.ok()) {
            m_status->showStatus([error = plan.error()] { return tr("Cannot preview api.yaml: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_status->clearStatus();
        auto *dialog = new DiffDialog(tr("Pending changes to api.yaml"),
                                      tr("What the next reconciliation would write to %1 now:").arg(plan->path), plan.value(), {}, this);
        dialog->open();
        emit diffDialogOpened(dialog);
    });
}

void UniApiPage::restoreSelected()
{
    const uniapi::BackupInfo *backup = m_backups->selectedRow(m_backupsView->selectionModel());
    if (!backup || !m_context.engine)
        return;
    const QString name = backup->name;
    const QDateTime time = backup->time;
    m_restore->setEnabled(false);
    deliverTo(m_context.engine->previewUniApiRestore(name), this, [this, name, time](const Result<uniapi::WritePlan> &plan) {
        m_restore->setEnabled(m_backupsView->selectionModel()->hasSelection());
        if (!plan.ok()) {
            m_status->showStatus([name, error = plan.error()] { return tr("Cannot restore %1: %2").arg(name, ErrorText::translate(error)); }, true);
            return;
        }
        auto *dialog = new DiffDialog(tr("Restore api.yaml"),
                                      tr("Replace api.yaml with the backup of %1?\n\nThe current file is backed up first. uni-api "
                                         "reads the restored file at its next reload; the next reconciliation brings the managed "
                                         "providers up to date again.")
                                          .arg(ui::formatDateTime(time)),
                                      plan.value(), tr("Restore"), this);
        connect(dialog, &QDialog::accepted, this, [this, name]() { restore(name); });
        dialog->open();
        emit diffDialogOpened(dialog);
    });
}

void UniApiPage::restore(const QString &name)
{
    if (!m_context.engine)
        return;
    m_restore->setEnabled(false);
    deliverTo(m_context.engine->restoreUniApiBackup(name), this, [this, name](const Result<uniapi::WriteOutcome> &outcome) {
        m_restore->setEnabled(true);
        if (!outcome.ok()) {
            m_status->showStatus([error = outcome.error()] { return tr("Not restored: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_status->showStatus([name, written = outcome->written, backup = outcome->backupName] {
            return written ? tr("Restored %1 (the previous file is in %2).").arg(name, backup) : tr("api.yaml already equals %1; nothing written.").arg(name);
        });
        reload();
    });
}

} // namespace ul
