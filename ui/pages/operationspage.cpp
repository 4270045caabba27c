#include "ui/pages/operationspage.h"

#include "core/engine/engine.h"
#include "core/log/categories.h"
#include "ui/common/columnfitter.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/uiformat.h"
#include "ui/models/filterproxies.h"
#include "ui/models/journalmodel.h"
#include "ui/models/logmodel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

namespace {
constexpr int kJournalPage = 500;

void setUpTable(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
}
} // namespace

OperationsPage::OperationsPage(const ConsoleContext &context, QWidget *parent)
    : ConsolePage(parent), m_context(context), m_journal(new JournalModel(this)), m_journalFilter(new JournalFilterProxy(this)),
      m_log(new LogModel(this)), m_logFilter(new LogFilterProxy(this))
{
    m_journalFilter->setSourceModel(m_journal);
    m_logFilter->setSourceModel(m_log);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildJournalBox());
    splitter->addWidget(buildLogBox());
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslate();
    // Categories outside logCategoryNames() (e.g. the HTTP layer's) join the filter when seen.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            addCategory(m_log->index(row, 0).data(LogModel::CategoryRole).toString());
    });
    m_log->attach(m_context.log);
    // New log lines keep the view at the bottom unless the operator scrolled up to read.
    connect(m_logFilter, &QAbstractItemModel::rowsInserted, this, [this]() {
        QScrollBar *bar = m_logView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_logView, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
    refreshJournal();
}

QGroupBox *OperationsPage::buildJournalBox()
{
    m_journalBox = new QGroupBox(this);
    m_journalText = new QLineEdit(m_journalBox);
    m_journalText->setClearButtonEnabled(true);
    m_outcome = new QComboBox(m_journalBox);
    m_refresh = new QPushButton(m_journalBox);
    m_journalStatus = new StatusLabel(m_journalBox);
    m_journalView = new QTableView(m_journalBox);
    m_journalView->setModel(m_journalFilter);
    ui::setEmptyHint(m_journalView, []() { return tr("No operations match: gpt-load and api.yaml changes are recorded here."); });
    setUpTable(m_journalView);
    ui::fitColumns(m_journalView->horizontalHeader(), JournalModel::Detail);
    ui::ColumnFitter::of(m_journalView->horizontalHeader())->setStretchFloor(25);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_journalText, 2);
    filters->addWidget(m_outcome);
    filters->addWidget(m_refresh);
    filters->addWidget(m_journalStatus, 1);
    auto *layout = new QVBoxLayout(m_journalBox);
    layout->addLayout(filters);
    layout->addWidget(m_journalView, 1);
    connect(m_journalText, &QLineEdit::textChanged, m_journalFilter, &JournalFilterProxy::setText);
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this]() { m_journalFilter->setOutcome(m_outcome->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &OperationsPage::refreshJournal);
    return m_journalBox;
}

QGroupBox *OperationsPage::buildLogBox()
{
    m_logBox = new QGroupBox(this);
    m_level = new QComboBox(m_logBox);
    m_category = new QComboBox(m_logBox);
    m_logText = new QLineEdit(m_logBox);
    m_logText->setClearButtonEnabled(true);
    m_logView = new QTableView(m_logBox);
    m_logView->setModel(m_logFilter);
    setUpTable(m_logView);
    ui::fitColumns(m_logView->horizontalHeader(), LogModel::Message);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_logText, 2);
    filters->addWidget(m_level);
    filters->addWidget(m_category);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(m_logBox);
    layout->addLayout(filters);
    layout->addWidget(m_logView, 1);
    connect(m_logText, &QLineEdit::textChanged, m_logFilter, &LogFilterProxy::setText);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this]() { m_logFilter->setMinimumLevel(static_cast<LogLevel>(m_level->currentData().toInt())); });
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this]() { m_logFilter->setCategory(m_category->currentData().toString()); });
    return m_logBox;
}

QString OperationsPage::title() const
{
    return tr("Operations");
}

QLineEdit *OperationsPage::filterField() const
{
    return m_journalText;
}

QAbstractButton *OperationsPage::refreshButton() const
{
    return m_refresh;
}

QIcon OperationsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void OperationsPage::fillCombos()
{
    // Rebuilt on a language change; the selected value is kept.
    const QString outcome = m_outcome->currentData().toString();
    const QSignalBlocker blockOutcome(m_outcome);
    m_outcome->clear();
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const char *o : {"ok", "failed", "skipped", "adopted", "started", "unchanged"})
        m_outcome->addItem(JournalModel::outcomeText(QString::fromLatin1(o)), QString::fromLatin1(o));
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));

    const int level = m_level->currentIndex() < 0 ? static_cast<int>(LogLevel::Info) : m_level->currentData().toInt();
    const QSignalBlocker blockLevel(m_level);
    m_level->clear();
    for (const LogLevel l : {LogLevel::Debug, LogLevel::Info, LogLevel::Warn, LogLevel::Error})
        m_level->addItem(tr("%1 and above").arg(LogModel::levelText(l)), static_cast<int>(l));
    m_level->setCurrentIndex(qMax(0, m_level->findData(level)));
    m_logFilter->setMinimumLevel(static_cast<LogLevel>(m_level->currentData().toInt()));

    const QString category = m_category->currentData().toString();
    const QSignalBlocker blockCategory(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &name : logCategoryNames())
        m_category->addItem(name, name);
    for (const QString &name : std::as_const(m_extraCategories))
        m_category->addItem(name, name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
}

void OperationsPage::addCategory(const QString &category)
{
    if (category.isEmpty() || m_category->findData(category) >= 0)
        return;
    m_extraCategories << category;
    m_category->addItem(category, category);
}

void OperationsPage::retranslate()
{
    m_journalBox->setTitle(tr("Operations journal"));
    m_journalText->setPlaceholderText(tr("Filter: job, operation, instance, target, detail"));
    m_refresh->setText(tr("Refresh"));
    m_logBox->setTitle(tr("Application log"));
    m_logText->setPlaceholderText(tr("Filter messages"));
    // On Linux a combo box is read as its value: the description says what it filters.
    m_outcome->setAccessibleDescription(tr("Show journal entries with this outcome"));
    m_level->setAccessibleDescription(tr("Show log lines of this level and above"));
    m_category->setAccessibleDescription(tr("Show log lines of this category"));
    fillCombos();
    m_journal->retranslate();
    m_log->retranslate();
}

void OperationsPage::showSnapshot(const EngineSnapshot &snapshot)
{
    QHash<QString, QString> names;
    for (const InstanceView &i : snapshot.instances)
        names.insert(i.id, i.name);
    m_journal->setInstanceNames(names);
    // A job that finished since the last snapshot may have written journal entries.
    bool newlyFinished = false;
    for (const JobView &job : snapshot.jobs) {
        if (job.isFinished() && !m_finishedJobs.contains(job.id)) {
            m_finishedJobs.insert(job.id);
            newlyFinished = true;
        }
    }
    if (newlyFinished)
        refreshJournal();
}

void OperationsPage::activate()
{
    refreshJournal();
}

void OperationsPage::setJournalStatus(StatusLabel::Text text, bool error)
{
    m_journalStatus->showStatus(std::move(text), error);
}

void OperationsPage::refreshJournal()
{
    if (!m_context.engine)
        return;
    if (m_fetching) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    m_refresh->setEnabled(false);
    const qint64 after = m_journal->lastId() > 0 ? m_journal->lastId() : -1;
    deliverTo(m_context.engine->journal(after, kJournalPage), this, [this](const Result<QList<JournalEntry>> &result) {
        m_fetching = false;
        m_refresh->setEnabled(true);
        if (!result.ok()) {
            setJournalStatus([error = result.error()] { return tr("Cannot read the journal: %1").arg(ErrorText::translate(error)); }, true);
        } else {
            m_journal->appendEntries(result.value());
            setJournalStatus([rows = m_journal->rowCount()] { return tr("Entries: %1").arg(rows); });
            // A full page means more may be waiting.
            if (result->size() >= kJournalPage && m_journal->lastId() > 0)
                m_fetchAgain = true;
        }
        if (m_fetchAgain) {
            m_fetchAgain = false;
            refreshJournal();
        }
    });
}

} // namespace ul
