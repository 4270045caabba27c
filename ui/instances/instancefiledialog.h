#pragma once

#include "core/instances/instancefileeditor.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace ul {

class MessageBanner;

// The instance editor: the instances of the instance file on the left, the selected one's
// fields on the right, live validation with the instance-file rules, and Save, which writes the
// file atomically with mode 0600 (keeping the previous one as <file>.bak). A file on disk that
// fails to load is shown, not edited: saving would replace what cannot be read; it opens in the
// desktop's text editor (or its folder in the file manager) and Reload reads it again. The caller
// reloads the engine when saved() or fileLoads() is emitted. A file that does not exist yet is
// created by the first Save.
class InstanceFileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceFileDialog)

public:
    explicit InstanceFileDialog(const QString &path, QWidget *parent = nullptr);

    void selectInstance(const QString &id);
    // Appends a new instance with a free id and selects it (not while the file cannot be loaded).
    void addInstance();

    const InstanceFileEditor &editor() const { return m_editor; }
    // The validation problem shown under the form ("" when the list is valid).
    QString problemText() const;
    bool canSave() const;
    // Saves now (what the Save button does); false with the reason shown when it fails.
    bool save();
    // Reads the file again (after a fix by hand); emits fileLoads() when it loads now.
    void reload();
    QPushButton *openFileButton() const { return m_openFile; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *reloadButton() const { return m_reload; }

    // Form fields, named for tests: "id", "name", "url", "token", "priority", "description",
    // "uniapi_base_url", "ca_certificate", "tls_insecure", "upstream_addresses".
    QWidget *field(const QString &name) const;
    // Something was changed since the dialog opened (and not saved).
    bool hasEdits() const { return m_edited; }

public slots:
    // Esc, Cancel and the window's close button: asks before discarding edits (a typed admin
    // token is easy to lose).
    void reject() override;

signals:
    void saved(int instanceCount);
    // The file on disk could not be loaded and, read again, now can (the engine should reload it).
    void fileLoads(int instanceCount);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm(QFormLayout *form);
    // Tints `w` and describes the problem on it; an empty reason clears both.
    void markInvalid(QWidget *w, const QString &reason);
    void retranslate();
    void refreshList();
    void showInstance(int index);
    void storeForm();
    void revalidate();
    void removeCurrent();
    void moveCurrent(int delta);
    void browseCertificate();
    void showLoadProblem();
    void openExternally(bool folder);

    InstanceFileEditor m_editor;
    int m_current = -1;
    bool m_filling = false;
    bool m_edited = false;
    bool m_discardConfirmed = false;

    MessageBanner *m_loadBanner;
    QWidget *m_fixRow;
    QPushButton *m_openFile;
    QPushButton *m_openFolder;
    QPushButton *m_reload;
    QLabel *m_pathLabel;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QWidget *m_formPanel;
    QFormLayout *m_form;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QToolButton *m_showToken;
    QSpinBox *m_priority;
    QLineEdit *m_description;
    QLineEdit *m_uniApiBaseUrl;
    QLineEdit *m_caCertificate;
    QPushButton *m_browseCa;
    QCheckBox *m_tlsInsecure;
    QPlainTextEdit *m_upstreams;
    QLayout *m_tokenRow = nullptr;
    QLayout *m_caRow = nullptr;
    QList<QWidget *> m_fieldWidgets;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace ul
