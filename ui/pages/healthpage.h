#pragma once

#include "core/engine/modelmatrix.h"
#include "core/engine/snapshot.h"
#include "ui/consolecontext.h"
#include "ui/models/valuetablemodel.h"
#include "ui/pages/consolepage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ul {

class HealthChart;
class HealthThresholdsDialog;
class JobTracker;
class StatusLabel;

// One channel (site group) as the health table shows it.
struct ChannelRow
{
    SiteGroupView group;
    QString site;
};

using ChannelHealthModel = ValueTableModel<ChannelRow>;

// Channel health: the monitor's state (run now, start/stop), every channel with its state and
// failure count against the threshold, and for the selected one its success rate and latency
// over time; reset counters (one or all), disable / re-enable, manual recovery of one model, and
// the billable deep probe of the selected channel's site (asked with its cost before it is on).
class HealthPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPage)

public:
    HealthPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~HealthPage() override;

    QString title() const override;
    QIcon icon() const override;
    void showSnapshot(const EngineSnapshot &snapshot) override;
    void activate() override;
    QLineEdit *filterField() const override;
    // F5 re-reads the selected channel's history and the models (no health check: that is Check now).
    bool canRefresh() const override;
    void refresh() override;
    // "check" runs a health cycle now.
    void performAction(const QString &action) override;

    ChannelHealthModel *channelModel() const { return m_channels; }
    HealthChart *chart() const { return m_chart; }
    QString statusText() const;
    void selectChannel(const QString &name);
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *recoverButton() const { return m_recover; }
    // The dialog "Thresholds…" opened last (null when none is open).
    HealthThresholdsDialog *thresholdsDialog() const;

    // The question before taking `channel` out of rotation: the model groups that lose it, and
    // those left with no other active member.
    static QString disableConfirmationText(const QString &channel, const QString &site, const ModelMatrix &matrix);
    // Why manual recovery cannot help the channel (its health label); empty when it can.
    static QString recoveryBlocker(const QString &health);

public slots:
    void checkNow();
    void toggleMonitor();
    void resetSelected();
    void resetAll();
    void openThresholds();
    // Disabling asks first (it changes live traffic); re-enabling does not.
    void toggleDisabled();
    void recoverSelected();
    // Deep probe of the selected channel's site; turning it on asks first (it costs money).
    void setDeepProbeOfSelected(bool enabled);
    // The same without asking.
    void applyDeepProbe(const QString &channel, bool enabled);

signals:
    void historyLoaded();

protected:
    void retranslate() override;

private:
    const ChannelRow *selectedChannel() const;
    void channelSelectionChanged();
    void loadHistory(const QString &channel);
    void loadModels();
    void updateState();
    void setDisabled(const QString &name, bool enable);
    QString deepProbeQuestion(const ChannelRow &row) const;

    ConsoleContext m_context;
    EngineSnapshot m_snapshot;
    ModelMatrix m_matrix;
    QGroupBox *m_serviceBox;
    QLabel *m_state;
    QPushButton *m_check;
    QPushButton *m_toggle;
    QPushButton *m_resetAll;
    QPushButton *m_thresholds;
    ChannelHealthModel *m_channels;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_reset;
    QPushButton *m_disable;
    QLabel *m_modelLabel;
    QComboBox *m_model;
    QPushButton *m_recover;
    QCheckBox *m_deepProbe;
    HealthChart *m_chart;
    StatusLabel *m_status;
    JobTracker *m_tracker;
    QString m_chartChannel;
    quint64 m_historySerial = 0;
    QPointer<HealthThresholdsDialog> m_thresholdsDialog;
};

} // namespace ul
