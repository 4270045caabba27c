#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ul::ui {

// Gives the keyboard focus back to a button that disabled itself while busy. Qt moves the focus
// of a widget being disabled to the next one and never returns it, so "Refresh", "Check now" or
// "Save" pressed with Space left the operator somewhere else (often the table below) once the
// work was done. When the displaced widget is enabled again and the focus is still where Qt put
// it (the operator did not move it meanwhile), the focus returns. Install once, on the application.
class FocusKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusKeeper)

public:
    explicit FocusKeeper(QObject *parent = nullptr) : QObject(parent) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_displaced;  // lost the focus by being disabled
    QPointer<QWidget> m_landed;     // where Qt put the focus then (null: nowhere)
    bool m_awaitingLanding = false;
};

} // namespace ul::ui
