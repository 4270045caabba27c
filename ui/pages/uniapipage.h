#pragma once

#include "core/uniapi/backupstore.h"
#include "core/uniapi/uniapistatus.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QMessageBox;
class QPushButton;
class QTableView;
class QPlainTextEdit;

namespace ul {

class JobTracker;

class DiffDialog;
class MessageBanner;
class StatusLabel;

using ProvidersModel = ValueTableModel<uniapi::ManagedEntryView>;
using BackupsModel = ValueTableModel<uniapi::BackupInfo>;

// uni-api's api.yaml: its state, the gptload-* providers in it (ours, adopted from the original,
// hand-written) with their models and aliases, and the backups made before each write with
// restore (confirmed; the restore itself is backed up first). "Preview changes…" shows what the
// next write (a reconciliation now) would change as a diff; the restore confirmation shows the
// diff of the restore (uniapi-config.md §6.9, §6.13). "Choose api.yaml…" saves another
// path as UNI_API_YAML_PATH, as the settings page does (used from the next start).
class UniApiPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UniApiPage)

public:
    UniApiPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~UniApiPage() override;

    QString title() const override;
    QAbstractButton *refreshButton() const override;
    QLineEdit *filterField() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    void activate() override;
    // "write-again": Write again now (from the dashboard's banner), while the last write failed.
    void performAction(const QString &action) override;

    ProvidersModel *providersModel() const { return m_providers; }
    BackupsModel *backupsModel() const { return m_backups; }
    QTableView *backupsView() const { return m_backupsView; }
    QString statusText() const;
    QString fileText() const;
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *previewButton() const { return m_preview; }
    // Shown while the last write of api.yaml failed: a reconciliation now instead of at the retry.
    QPushButton *writeNowButton() const { return m_writeNow; }
    // The banner offering the client key of an api.yaml uni-load created (empty when none waits).
    QString clientKeyBannerText() const;

public slots:
    void reload();
    // Reads the pending diff and shows it (diffDialogOpened), or says why it cannot.
    void previewChanges();
    // Reads the diff of restoring the selected backup and asks with it.
    void restoreSelected();
    // Saves `path` as UNI_API_YAML_PATH (what choosing a file in the file dialog does).
    void useApiYaml(const QString &path);
    // Takes the new client key from the engine (once) and shows it with a Copy button.
    void showNewClientKey();

signals:
    void reloaded();
    void diffDialogOpened(ul::DiffDialog *dialog);
    void clientKeyShown(QMessageBox *box);  // open (non-modal to tests: shown with open())

protected:
    void retranslate() override;

private:
    void restore(const QString &name);
    void chooseApiYaml();

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    MessageBanner *m_keyBanner;
    QLabel *m_file;
    QGroupBox *m_providersBox;
    ProvidersModel *m_providers;
    QSortFilterProxyModel *m_providersProxy;
    QLineEdit *m_filter;
    QTableView *m_providersView;
    QGroupBox *m_backupsBox;
    BackupsModel *m_backups;
    QTableView *m_backupsView;
    QPushButton *m_refresh;
    QPushButton *m_choose;
    QPushButton *m_restore;
    QPushButton *m_preview;
    QPushButton *m_writeNow;
    StatusLabel *m_status;
    JobTracker *m_writeTracker;
    QString m_signature;
    int m_listedManaged = -1;  // managed entries in the last listing (the snapshot's count may lag a write)
};

} // namespace ul
