#include "ui/sites/testmodeldialog.h"

#include "core/engine/engine.h"
#include "ui/common/errortext.h"
#include "ui/common/standardbuttons.h"
#include "ui/common/uiformat.h"
#include "ui/widgets/statuslabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

TestModelDialog::TestModelDialog(const ConsoleContext &context, const QString &channel, QWidget *parent)
    : QDialog(parent), m_context(context), m_channel(channel), m_intro(new QLabel(this)), m_model(new QComboBox(this)),
      m_warning(new QLabel(this)), m_status(new StatusLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Test model of %1").arg(channel));
    ui::StandardButtons::translate(m_buttons);
    setWindowModality(Qt::WindowModal);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("gpt-load validates the keys of %1 with this model: every validation is a real, billable request. "
                        "Automatic selection takes the cheapest model that matches no high-cost pattern.")
                         .arg(channel));
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText, ui::warningColor());
    m_warning->setPalette(palette);
    m_model->setMinimumContentsLength(28);
    m_model->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_model);
    layout->addWidget(m_warning);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TestModelDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QComboBox::currentIndexChanged, this, &TestModelDialog::selectionChanged);
    load();
}

TestModelDialog::~TestModelDialog() = default;

QString TestModelDialog::warningText() const
{
    return m_warning->text();  // empty unless the chosen model is high cost
}

QString TestModelDialog::chosenModel() const
{
    return m_model->currentData().toString();
}

void TestModelDialog::load()
{
    if (!m_context.engine) {
        m_status->showStatus([] { return tr("The engine is not running."); }, true);
        return;
    }
    m_status->showStatus([channel = m_channel] { return tr("Reading the models of %1…").arg(channel); });
    deliverTo(m_context.engine->testModelOptions(m_channel), this, [this](const Result<TestModelOptions> &r) {
        if (!r.ok()) {
            m_status->showStatus([error = r.error()] { return tr("Cannot read the models: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_status->clearStatus();
        show(r.value());
    });
}

void TestModelDialog::show(const TestModelOptions &options)
{
    m_options = options;
    m_model->clear();
    const QString automatic = options.automaticHighCost ? tr("Automatic (now %1, high cost)").arg(options.automatic)
                                                        : tr("Automatic (now %1)").arg(options.automatic);
    m_model->addItem(automatic, QString());
    for (const QString &m : options.models)
        m_model->addItem(options.isHighCost(m) ? tr("%1 — high cost").arg(m) : m, m);
    const int current = options.override.isEmpty() ? 0 : m_model->findData(options.override);
    m_model->setCurrentIndex(current < 0 ? 0 : current);
    m_model->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    // The combo was disabled while the models loaded, so the keyboard went to Cancel: take it
    // back to the choice the dialog is for, unless the user has moved it already.
    if (!focusWidget() || focusWidget() == m_buttons->button(QDialogButtonBox::Cancel))
        m_model->setFocus(Qt::OtherFocusReason);
    m_loaded = true;
    selectionChanged();
    emit loaded();
}

void TestModelDialog::selectionChanged()
{
    const QString chosen = chosenModel();
    const QString effective = chosen.isEmpty() ? m_options.automatic : chosen;
    const bool highCost = chosen.isEmpty() ? m_options.automaticHighCost : m_options.isHighCost(chosen);
    m_warning->setText(highCost ? tr("%1 matches a high-cost pattern: each key validation gpt-load runs sends a billable request "
                                     "with it. Prefer a small model.")
                                      .arg(effective)
                                : QString());
    m_warning->setVisible(highCost);
}

void TestModelDialog::apply()
{
    if (!m_context.engine || !m_loaded)
        return;
    const QString chosen = chosenModel();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->showStatus([] { return tr("Updating gpt-load…"); });
    deliverTo(m_context.engine->setTestModel(m_channel, chosen), this, [this](const Result<TestModelChange> &r) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!r.ok()) {
            m_status->showStatus([error = r.error()] { return tr("Not changed: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        emit changed(r.value());
        accept();
    });
}

QString TestModelDialog::changeText(const TestModelChange &change)
{
    const QString message = change.automatic() ? tr("Test model of %1: automatic (%2).").arg(change.channel, change.testModel)
                                               : tr("Test model of %1: %2.").arg(change.channel, change.testModel);
    if (!change.highCost)
        return message;
    return message + QLatin1Char('\n')
           + tr("%1 matches a high-cost pattern: each key validation gpt-load runs sends a billable request with it.").arg(change.testModel);
}

} // namespace ul
