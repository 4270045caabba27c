#include "ui/pages/consolepage.h"

#include <QAbstractButton>
#include <QEvent>

namespace ul {

ConsolePage::ConsolePage(QWidget *parent) : QWidget(parent) {}

QIcon ConsolePage::icon() const
{
    return {};
}

void ConsolePage::showSnapshot(const EngineSnapshot &snapshot)
{
    Q_UNUSED(snapshot)
}

void ConsolePage::activate() {}

void ConsolePage::performAction(const QString &action)
{
    Q_UNUSED(action)
}

QLineEdit *ConsolePage::filterField() const
{
    return nullptr;
}

QAbstractButton *ConsolePage::refreshButton() const
{
    return nullptr;
}

bool ConsolePage::canRefresh() const
{
    return refreshButton() != nullptr;
}

void ConsolePage::refresh()
{
    if (QAbstractButton *button = refreshButton(); button && button->isEnabled())
        button->click();
}

QStringList ConsolePage::unsavedChanges() const
{
    return {};
}

void ConsolePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ul
