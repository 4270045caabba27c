#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace ul {

class Engine;

// Rotation of the hop and gateway proxy keys (uni-load-behaviour.md §1.2): one button each,
// a confirmation that says what happens, then the engine's "rotate-keys" job with its outcome
// shown in place (masked previews only).
class ProxyKeysBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyKeysBox)

public:
    explicit ProxyKeysBox(Engine *engine, QWidget *parent = nullptr);

    // Starts the rotation without asking (what the confirmation's "Rotate" does).
    void rotate(bool hop, bool gateway);
    bool isBusy() const { return m_busy; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void confirm(bool hop);
    void setBusy(bool busy);

    Engine *m_engine;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_rotateHop;
    QPushButton *m_rotateGateway;
    bool m_busy = false;
};

} // namespace ul
