#pragma once

#include "core/uniapi/writeplan.h"

#include <QDialog>
#include <QPlainTextEdit>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace ul {

// A unified diff, read-only and monospace: added lines in the ok colour, removed lines in the
// error colour, hunk headers in the neutral colour (ui/common/uiformat.h).
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    void setDiff(const QString &diff);
};

// What an api.yaml write would change (uniapi-config.md §6.13): an intro, the providers added,
// changed and removed, and the diff (keys already masked by the writer). Without an accept text
// it only shows (Close); with one it asks (the accept button and Cancel) and emits accepted().
// Window-modal, opened with open(); deletes itself when closed.
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    DiffDialog(const QString &title, const QString &intro, const uniapi::WritePlan &plan, const QString &acceptText = {},
               QWidget *parent = nullptr);
    ~DiffDialog() override;

    // "2 providers added, 1 changed, …" or that nothing changes.
    static QString summaryText(const uniapi::WritePlan &plan);

    QString summary() const;
    QString diffText() const { return m_diff->toPlainText(); }
    DiffView *diffView() const { return m_diff; }
    QPushButton *acceptButton() const { return m_accept; }  // null without an accept text

private:
    QLabel *m_summary;
    DiffView *m_diff;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept = nullptr;
};

} // namespace ul
