#include "ui/pages/healththresholdsdialog.h"

#include "core/engine/engine.h"
#include "ui/common/accessiblenames.h"
#include "ui/common/errortext.h"
#include "ui/common/standardbuttons.h"
#include "ui/widgets/statuslabel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ul {

namespace {

QSpinBox *intBox(int low, int high, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(low, high);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

QDoubleSpinBox *percentBox()
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0, 100);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

} // namespace

HealthThresholdsDialog::HealthThresholdsDialog(const ConsoleContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_status(new StatusLabel(this)), m_save(new QPushButton(this)),
      m_defaultsButton(new QPushButton(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Health thresholds"));
    ui::StandardButtons::translate(m_buttons);
    setWindowModality(Qt::WindowModal);
    auto *intro = new QLabel(tr("When a channel counts as unhealthy, and how a channel taken out of rotation comes back. The "
                                "failure threshold and the check interval are CHANNEL_FAILURE_THRESHOLD and "
                                "CHANNEL_CHECK_INTERVAL in Settings. Changes apply from the next check."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const auto add = [this, form](const char *key, QAbstractSpinBox *box, bool percent, const QString &label, const QString &tip) {
        box->setParent(this);
        box->setToolTip(tip);
        box->setAccessibleName(ui::spokenText(label));  // without the colon and the &
        m_fields.append(Field{QLatin1String(key), box, percent});
        form->addRow(label, box);
    };
    add("minRequests", intBox(1, 100000, QString()), false, tr("&Requests needed for a verdict:"),
        tr("Fewer requests (statistics) or finished log entries than this leave the check inconclusive."));
    add("maxFailureRate", percentBox(), true, tr("Unhealthy at a &failure rate of:"),
        tr("From gpt-load's statistics of the channel: at or above this rate the check fails."));
    add("criticalSuccessRate", percentBox(), true, tr("Unhealthy below a &success rate of:"),
        tr("From the request logs: below this rate the check fails."));
    add("warningSuccessRate", percentBox(), true, tr("&Warning below a success rate of:"),
        tr("From the request logs: below this rate the check fails with a warning. Not below the rate above."));
    add("slowAverageMs", intBox(1, 3600000, tr(" ms")), false, tr("Too s&low above an average of:"),
        tr("From the request logs: a slower average request fails the check."));
    add("logWindowHours", intBox(1, 168, tr(" h")), false, tr("Request l&ogs read per check:"), tr("How far back each check reads the request logs."));
    add("recoveryProbes", intBox(1, 100, QString()), false, tr("Successful &probes to restore:"),
        tr("A channel out of rotation comes back after this many successful probes in a row."));
    add("recoveryInitialBackoffSecs", intBox(1, 86400, tr(" s")), false, tr("W&ait after a failed probe:"),
        tr("Doubles after every failed probe, up to the longest wait."));
    add("recoveryMaxBackoffSecs", intBox(1, 7 * 86400, tr(" s")), false, tr("Lon&gest wait between probes:"), QString());

    m_save->setText(tr("Save"));
    m_defaultsButton->setText(tr("Reset to &defaults"));
    m_buttons->addButton(m_defaultsButton, QDialogButtonBox::ResetRole);
    m_buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &HealthThresholdsDialog::save);
    connect(m_defaultsButton, &QPushButton::clicked, this, &HealthThresholdsDialog::restoreDefaults);
    setBusy(true);  // until the settings are read
    reload();
}

HealthThresholdsDialog::~HealthThresholdsDialog() = default;

QJsonObject HealthThresholdsDialog::formValues() const
{
    QJsonObject out;
    for (const Field &f : m_fields) {
        if (auto *d = qobject_cast<QDoubleSpinBox *>(f.box))
            out.insert(f.key, f.percent ? d->value() / 100.0 : d->value());
        else if (auto *i = qobject_cast<QSpinBox *>(f.box))
            out.insert(f.key, i->value());
    }
    return out;
}

void HealthThresholdsDialog::setFormValues(const QJsonObject &values)
{
    for (const Field &f : m_fields) {
        if (!values.contains(f.key))
            continue;
        const double v = values.value(f.key).toDouble();
        if (auto *d = qobject_cast<QDoubleSpinBox *>(f.box))
            d->setValue(f.percent ? v * 100.0 : v);
        else if (auto *i = qobject_cast<QSpinBox *>(f.box))
            i->setValue(static_cast<int>(v));
    }
}

QString HealthThresholdsDialog::statusText() const
{
    return m_status->text();
}

void HealthThresholdsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy && m_context.engine);
    m_defaultsButton->setEnabled(!busy && !m_defaults.isEmpty());
}

void HealthThresholdsDialog::reload()
{
    if (!m_context.engine) {
        m_status->showStatus([] { return tr("The engine is not running."); }, true);
        return;
    }
    setBusy(true);
    deliverTo(m_context.engine->healthSettings(), this, [this](const Result<HealthSettingsView> &r) {
        if (r.ok()) {
            const QJsonObject json = r->toJson();
            m_defaults = json.value(QStringLiteral("defaults")).toObject();
            setFormValues(json);
            m_status->clearStatus();
        } else {
            m_status->showStatus([error = r.error()] { return tr("Cannot read the thresholds: %1").arg(ErrorText::translate(error)); }, true);
        }
        setBusy(false);
        emit answered(false);
    });
}

void HealthThresholdsDialog::restoreDefaults()
{
    setFormValues(m_defaults);
    m_status->showStatus([] { return tr("Defaults filled in; Save stores them."); });
}

void HealthThresholdsDialog::save()
{
    if (!m_context.engine || m_busy)
        return;
    setBusy(true);
    m_status->showStatus([] { return tr("Saving…"); });
    deliverTo(m_context.engine->updateHealthSettings(formValues()), this, [this](const Result<HealthSettingsView> &r) {
        setBusy(false);
        if (!r.ok()) {
            m_status->showStatus([error = r.error()] { return tr("Not saved: %1").arg(ErrorText::translate(error)); }, true);
            emit answered(false);
            return;
        }
        setFormValues(r->toJson());
        m_status->showStatus([] { return tr("Saved; the next check uses these thresholds."); });
        emit answered(true);
    });
}

} // namespace ul
