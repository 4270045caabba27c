#pragma once

#include "ui/consolecontext.h"
#include "ui/pages/consolepage.h"
#include "ui/widgets/statuslabel.h"

#include <QSet>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ul {

class JournalFilterProxy;
class JournalModel;
class LogFilterProxy;
class LogModel;

// Operations: the journal of what jobs changed in gpt-load and api.yaml (from the state store)
// and the application log ring, each filterable. Keys are redacted before they get here.
class OperationsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsPage)

public:
    OperationsPage(const ConsoleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QLineEdit *filterField() const override;
    QAbstractButton *refreshButton() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    void activate() override;

    JournalModel *journalModel() const { return m_journal; }
    LogModel *logModel() const { return m_log; }
    JournalFilterProxy *journalFilter() const { return m_journalFilter; }
    LogFilterProxy *logFilter() const { return m_logFilter; }
    // Fetches journal entries newer than the ones shown.
    void refreshJournal();

protected:
    void retranslate() override;

private:
    QGroupBox *buildJournalBox();
    QGroupBox *buildLogBox();
    void fillCombos();
    void addCategory(const QString &category);
    void setJournalStatus(StatusLabel::Text text, bool error = false);

    ConsoleContext m_context;
    JournalModel *m_journal;
    JournalFilterProxy *m_journalFilter;
    LogModel *m_log;
    LogFilterProxy *m_logFilter;
    QGroupBox *m_journalBox = nullptr;
    QLineEdit *m_journalText = nullptr;
    QComboBox *m_outcome = nullptr;
    QPushButton *m_refresh = nullptr;
    StatusLabel *m_journalStatus = nullptr;
    QTableView *m_journalView = nullptr;
    QGroupBox *m_logBox = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_logText = nullptr;
    QTableView *m_logView = nullptr;
    QSet<QString> m_finishedJobs;
    QStringList m_extraCategories;
    bool m_fetching = false;
    bool m_fetchAgain = false;
};

} // namespace ul
