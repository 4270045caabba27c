#pragma once

#include "core/services/channeloptionstypes.h"
#include "ui/consolecontext.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace ul {

class StatusLabel;

// "Test model…" of a site group (uni-load-behaviour.md §8.5): the model gpt-load validates the
// group's keys with. A combo of "Automatic" and the models the group serves; a model matching a
// high-cost pattern is marked and warned about. OK stores the choice and updates gpt-load's
// test_model (Engine::setTestModel); the dialog stays open on an error. Opened with open().
class TestModelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestModelDialog)

public:
    TestModelDialog(const ConsoleContext &context, const QString &channel, QWidget *parent = nullptr);
    ~TestModelDialog() override;

    QComboBox *modelBox() const { return m_model; }
    QString warningText() const;
    bool isLoaded() const { return m_loaded; }
    // The chosen model; "" = automatic selection.
    QString chosenModel() const;
    // "Test model of X: …", with the high-cost warning when the model matches a pattern.
    static QString changeText(const TestModelChange &change);

public slots:
    void apply();

signals:
    void loaded();
    // The engine took the choice; changeText() says what gpt-load validates with now.
    void changed(const ul::TestModelChange &change);

private:
    void load();
    void show(const TestModelOptions &options);
    void selectionChanged();

    ConsoleContext m_context;
    QString m_channel;
    TestModelOptions m_options;
    bool m_loaded = false;
    QLabel *m_intro;
    QComboBox *m_model;
    QLabel *m_warning;
    StatusLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace ul
