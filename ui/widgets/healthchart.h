#pragma once

#include "core/store/records.h"

#include <QChartView>
#include <QList>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ul {

// Success rate (%, left axis) and latency (ms, right axis) of one channel over time, from its
// health history. Checks without a figure (e.g. inconclusive ones) leave gaps in that series.
class HealthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthChart)

public:
    explicit HealthChart(QWidget *parent = nullptr);

    void setHistory(const QString &channel, const QList<HealthHistoryEntry> &entries);
    void clearHistory();
    int successPointCount() const;
    int latencyPointCount() const;
    void retranslate();

private:
    QString figuresText() const;  // the accessible description: checks, rates, latencies

    QChart *m_chart;
    QLineSeries *m_success;
    QLineSeries *m_latency;
    QDateTimeAxis *m_time;
    QValueAxis *m_rateAxis;
    QValueAxis *m_latencyAxis;
    QString m_channel;
    bool m_empty = true;
};

} // namespace ul
