#pragma once

#include "core/engine/snapshot.h"

#include <QIcon>
#include <QWidget>

class QAbstractButton;
class QLineEdit;

namespace ul {

// Base of the main window's pages. A page reads engine snapshots (showSnapshot) and sends engine
// commands; it never blocks. It retranslates itself on QEvent::LanguageChange.
class ConsolePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    explicit ConsolePage(QWidget *parent = nullptr);

    virtual QString title() const = 0;  // translated, for the navigation list
    virtual QIcon icon() const;
    // Called with every new snapshot (also while the page is hidden).
    virtual void showSnapshot(const EngineSnapshot &snapshot);
    // Called when the page becomes the visible one.
    virtual void activate();
    // Runs a named action of the page (e.g. the dashboard asks the instances page for
    // "edit-file"); unknown actions are ignored.
    virtual void performAction(const QString &action);
    // The window's Find (Ctrl+F) focuses this field and its Refresh (F5) clicks this button;
    // null when the page has none (most pages follow the snapshots and need no refresh).
    virtual QLineEdit *filterField() const;
    virtual QAbstractButton *refreshButton() const;
    // Refresh (F5) re-reads what the page shows. By default it clicks refreshButton() (when
    // enabled); pages that re-read without a button of their own override both.
    virtual bool canRefresh() const;
    virtual void refresh();
    // Edits made on the page and not saved yet, one phrase each ("2 weight changes"); quitting
    // asks first while there are any.
    virtual QStringList unsavedChanges() const;

signals:
    // Asks the window to show another page and run one of its actions.
    void navigationRequested(const QString &pageId, const QString &action);

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
};

} // namespace ul
