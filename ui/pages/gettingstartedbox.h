#pragma once

#include "core/engine/snapshot.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace ul {

// The dashboard's getting-started checklist until the first site is onboarded: 1 add a gpt-load
// instance, 2 check where api.yaml is written, 3 add a site — each ticked from the snapshot and
// with the button that does it — and a pointer to `uni-load --demo`. It knows no pages: its
// buttons ask the window to navigate.
class GettingStartedBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedBox)

public:
    enum Step { AddInstance, CheckApiYaml, AddSite, StepCount };

    explicit GettingStartedBox(QWidget *parent = nullptr);

    void showSnapshot(const EngineSnapshot &snapshot);
    QPushButton *button(Step step) const { return m_steps[step].button; }
    bool isDone(Step step) const;
    QString stepText(Step step) const;

signals:
    void navigationRequested(const QString &pageId, const QString &action);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
    };
    void retranslate();
    void render();

    EngineSnapshot m_snapshot;
    Row m_steps[StepCount];
    QLabel *m_demoHint;
};

} // namespace ul
