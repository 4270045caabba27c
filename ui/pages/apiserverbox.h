#pragma once

#include "core/common/error.h"
#include "ui/apiservercontrol.h"

#include <QGroupBox>
#include <QJsonObject>

#include <optional>

class QCheckBox;
class QLabel;

namespace ul {

class Engine;

// The desktop console's HTTP API server switch (the same API and web console as --headless):
// turns the server on or off now and saves the choice as DESKTOP_API_SERVER for the next start.
// Address, port and token come from the settings below it and the token box.
class ApiServerBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServerBox)

public:
    // `initiallyEnabled`: DESKTOP_API_SERVER as this process started with it.
    ApiServerBox(ApiServerControl *control, Engine *engine, bool initiallyEnabled, QWidget *parent = nullptr);

    QCheckBox *enableBox() const { return m_enable; }
    QString stateText() const;
    // Starts the server again when it runs (after a new token was written).
    void restartIfRunning();

signals:
    // The stored settings after the choice was saved.
    void storedSettingsChanged(const QJsonObject &stored);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setRunning(bool running);
    void showState();
    void retranslate();

    ApiServerControl *m_control;
    Engine *m_engine;
    ApiServerStatus m_status;
    std::optional<Error> m_saveProblem;  // shown in the interface language of the moment
    QCheckBox *m_enable;
    QLabel *m_state;
    QLabel *m_note;
    bool m_filling = false;
};

} // namespace ul
