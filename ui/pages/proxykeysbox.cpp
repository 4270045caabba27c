#include "ui/common/pagewidgets.h"
#include "ui/pages/proxykeysbox.h"

#include "core/common/future.h"
#include "core/engine/engine.h"
#include "ui/common/errortext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

ProxyKeysBox::ProxyKeysBox(Engine *engine, QWidget *parent)
    : QGroupBox(parent), m_engine(engine), m_note(new QLabel(this)), m_status(new QLabel(this)),
      m_rotateHop(new QPushButton(this)), m_rotateGateway(new QPushButton(this))
{
    m_note->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rotateHop);
    buttons->addWidget(m_rotateGateway);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_rotateHop, &QPushButton::clicked, this, [this]() { confirm(true); });
    connect(m_rotateGateway, &QPushButton::clicked, this, [this]() { confirm(false); });
    retranslate();
}

QString ProxyKeysBox::statusText() const
{
    return m_status->text();
}

void ProxyKeysBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ProxyKeysBox::retranslate()
{
    setTitle(tr("Proxy keys"));
    m_note->setText(tr("The hop key lets the layers of gpt-load call each other; the gateway key is what uni-api sends. "
                       "Rotate a key when it may have leaked."));
    m_rotateHop->setText(tr("Rotate hop key…"));
    m_rotateGateway->setText(tr("Rotate gateway key…"));
}

void ProxyKeysBox::confirm(bool hop)
{
    const QString text =
        hop ? tr("Generate a new hop key?\n\nThe new key is added to every site group, model-channel group and model "
                 "group pool next to the old one; then the old key is removed. Requests keep working during the "
                 "rotation.")
            : tr("Generate a new gateway key?\n\nThe new key is added to every model group next to the old one, "
                 "api.yaml is rewritten to send it, and then the old key is removed. uni-api sends the new key "
                 "once it has read the new api.yaml; anyone else using the old gateway key is refused afterwards.");
    ui::confirm(this, QMessageBox::Warning, hop ? tr("Rotate hop key") : tr("Rotate gateway key"), text, tr("Rotate"), true,
                [this, hop]() { rotate(hop, !hop); });
}

void ProxyKeysBox::rotate(bool hop, bool gateway)
{
    if (m_busy)
        return;
    if (!m_engine) {
        m_status->setText(tr("Rotation failed: %1").arg(tr("the engine is not running")));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Rotating… the groups and api.yaml are being updated."));
    deliverTo(m_engine->rotateProxyKeys(hop, gateway), this, [this](const Result<ProxyKeys> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_status->setText(tr("Rotation failed: %1").arg(ErrorText::translate(result.error())));
            return;
        }
        const QJsonObject previews = proxyKeyPreviews(result.value());
        m_status->setText(tr("Rotated. Hop key %1, gateway key %2.")
                              .arg(previews.value(QStringLiteral("hopKeyPreview")).toString(),
                                   previews.value(QStringLiteral("gatewayKeyPreview")).toString()));
    });
}

void ProxyKeysBox::setBusy(bool busy)
{
    m_busy = busy;
    m_rotateHop->setEnabled(!busy);
    m_rotateGateway->setEnabled(!busy);
}

} // namespace ul
