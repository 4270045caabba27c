#include "ui/pages/apiserverbox.h"

#include "core/common/future.h"
#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/uiformat.h"
#include "ui/models/settingsmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ul {

ApiServerBox::ApiServerBox(ApiServerControl *control, Engine *engine, bool initiallyEnabled, QWidget *parent)
    : QGroupBox(parent), m_control(control), m_engine(engine), m_status(control->status()), m_enable(new QCheckBox(this)),
      m_state(new QLabel(this)), m_note(new QLabel(this))
{
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setOpenExternalLinks(true);
    m_state->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enable);
    layout->addWidget(m_state);
    layout->addWidget(m_note);
    layout->addStretch(1);

    m_filling = true;
    m_enable->setChecked(m_status.running || initiallyEnabled);
    m_filling = false;
    connect(m_enable, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling)
            setRunning(on);
    });
    retranslate();
}

void ApiServerBox::setRunning(bool running)
{
    m_status = m_control->setRunning(running);
    m_saveProblem.reset();
    showState();
    if (!m_engine)
        return;
    // Saved like any setting ("env.DESKTOP_API_SERVER"), so the next start does the same.
    const QJsonObject values{{SettingsModel::storedKey(SettingKey::DesktopApiServer), running ? QStringLiteral("true") : QStringLiteral("false")}};
    deliverTo(m_engine->saveStoredSettings(values), this, [this](const Result<QJsonObject> &saved) {
        if (!saved.ok()) {
            m_saveProblem = saved.error();
            showState();
            return;
        }
        emit storedSettingsChanged(saved.value());
    });
}

void ApiServerBox::restartIfRunning()
{
    if (!m_status.running)
        return;
    m_control->setRunning(false);
    m_status = m_control->setRunning(true);
    showState();
}

QString ApiServerBox::stateText() const
{
    return m_state->text();
}

void ApiServerBox::showState()
{
    QString text;
    bool error = false;
    if (m_status.running) {
        text = tr("Listening on %1 — the web console is at %2.")
                   .arg(m_status.url.toHtmlEscaped(), QStringLiteral("<a href=\"%1/\">%1/</a>").arg(m_status.url.toHtmlEscaped()));
    } else if (!m_status.error.isEmpty() && m_enable->isChecked()) {
        text = tr("Not running: %1").arg(ErrorText::translate(m_status.error).toHtmlEscaped());
        error = true;
    } else {
        text = tr("Off. Scripts and the web console need it; the desktop console does not.");
    }
    if (m_saveProblem) {
        text += QStringLiteral("<br>") + tr("The choice was not saved for the next start: %1").arg(ErrorText::translate(*m_saveProblem).toHtmlEscaped());
        error = true;
    }
    ui::showStatusText(m_state, text, error, this);
}

void ApiServerBox::retranslate()
{
    setTitle(tr("HTTP API server"));
    m_enable->setText(tr("Serve the HTTP API and web console while the console runs"));
    m_note->setText(tr("Address and port are the BIND_ADDRESS and PORT settings; clients send the token shown below."));
    showState();
}

void ApiServerBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace ul
