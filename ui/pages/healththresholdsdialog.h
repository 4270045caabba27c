#pragma once

#include "core/services/channelhealthsettings.h"
#include "ui/consolecontext.h"

#include <QDialog>
#include <QList>

class QAbstractSpinBox;
class QDialogButtonBox;
class QPushButton;

namespace ul {

class StatusLabel;

// "Thresholds…" of the Health page: the verdict and recovery thresholds of the health monitor
// (uni-load-behaviour.md §16.3; GET/PUT /api/health/settings), read from the engine when it
// opens. Rates are shown as percentages. Save sends every value (the engine refuses the whole
// patch when one is out of range or inconsistent, and the dialog stays open with the reason);
// "Reset to defaults" fills the form with the defaults, saved with Save. Opened with open().
class HealthThresholdsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthThresholdsDialog)

public:
    explicit HealthThresholdsDialog(const ConsoleContext &context, QWidget *parent = nullptr);
    ~HealthThresholdsDialog() override;

    // The form as a patch of PUT /api/health/settings (rates back to 0…1).
    QJsonObject formValues() const;
    void setFormValues(const QJsonObject &values);
    QString statusText() const;
    bool isBusy() const { return m_busy; }

public slots:
    void reload();
    void save();
    void restoreDefaults();

signals:
    void answered(bool saved);  // a read or a save answered

private:
    struct Field
    {
        QString key;  // as in GET /api/health/settings
        QAbstractSpinBox *box = nullptr;
        bool percent = false;  // the setting is 0…1, the box 0…100 %
    };
    void setBusy(bool busy);

    ConsoleContext m_context;
    QList<Field> m_fields;  // in form order
    QJsonObject m_defaults;
    StatusLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_defaultsButton;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace ul
