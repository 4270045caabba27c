#include "ui/widgets/healthchart.h"

#include "ui/common/uiformat.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace ul {

HealthChart::HealthChart(QWidget *parent)
    : QChartView(parent), m_chart(new QChart), m_success(new QLineSeries(m_chart)), m_latency(new QLineSeries(m_chart)),
      m_time(new QDateTimeAxis(m_chart)), m_rateAxis(new QValueAxis(m_chart)), m_latencyAxis(new QValueAxis(m_chart))
{
    setChart(m_chart);  // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addSeries(m_success);
    m_chart->addSeries(m_latency);
    m_success->setColor(ui::okColor());
    m_latency->setColor(QColor(0x3d, 0x7a, 0xd6));
    m_success->setPointsVisible(true);
    m_latency->setPointsVisible(true);
    m_time->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_time->setTickCount(6);
    // A little headroom above 100 % so a perfect score is not drawn on the plot's edge; the
    // ticks stay on 0, 25, … 100.
    m_rateAxis->setRange(0, 105);
    m_rateAxis->setTickType(QValueAxis::TicksDynamic);
    m_rateAxis->setTickAnchor(0);
    m_rateAxis->setTickInterval(25);
    m_rateAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%d ms"));  // the unit, as the rate axis shows its %
    m_latencyAxis->setTickType(QValueAxis::TicksDynamic);
    m_latencyAxis->setTickAnchor(0);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_latencyAxis, Qt::AlignRight);
    m_success->attachAxis(m_time);
    m_success->attachAxis(m_rateAxis);
    m_latency->attachAxis(m_time);
    m_latency->attachAxis(m_latencyAxis);
    retranslate();
    clearHistory();
}

void HealthChart::retranslate()
{
    m_success->setName(tr("Success rate (%)"));
    m_latency->setName(tr("Latency (ms)"));
    if (m_empty)
        m_chart->setTitle(m_channel.isEmpty() ? tr("Select a channel to see its history") : tr("%1: no checks recorded yet").arg(m_channel));
    else
        m_chart->setTitle(tr("%1: health checks").arg(m_channel));
    // The chart's text alternative: its title, and the figures a reader would look for.
    setAccessibleName(m_chart->title());
    setAccessibleDescription(m_empty ? QString() : figuresText());
}

QString HealthChart::figuresText() const
{
    QStringList parts;
    const QList<QPointF> success = m_success->points();
    if (!success.isEmpty()) {
        const qreal lowest = std::min_element(success.cbegin(), success.cend(), [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); })->y();
        parts << tr("%n check(s) with a success rate: latest %1 %, lowest %2 %", nullptr, int(success.size()))
                     .arg(QString::number(success.last().y(), 'f', 0), QString::number(lowest, 'f', 0));
    }
    const QList<QPointF> latency = m_latency->points();
    if (!latency.isEmpty()) {
        const qreal highest = std::max_element(latency.cbegin(), latency.cend(), [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); })->y();
        parts << tr("latency latest %1 ms, highest %2 ms").arg(QString::number(latency.last().y(), 'f', 0), QString::number(highest, 'f', 0));
    }
    return parts.join(QStringLiteral("; "));
}

void HealthChart::clearHistory()
{
    setHistory(QString(), {});
}

void HealthChart::setHistory(const QString &channel, const QList<HealthHistoryEntry> &entries)
{
    m_channel = channel;
    QList<QPointF> success;
    QList<QPointF> latency;
    QDateTime first;
    QDateTime last;
    int maxLatency = 0;
    QList<HealthHistoryEntry> sorted = entries;
    std::sort(sorted.begin(), sorted.end(), [](const HealthHistoryEntry &a, const HealthHistoryEntry &b) { return a.time < b.time; });
    for (const HealthHistoryEntry &e : sorted) {
        if (!e.time.isValid())
            continue;
        const qreal x = static_cast<qreal>(e.time.toMSecsSinceEpoch());
        if (e.successRate >= 0)
            success << QPointF(x, e.successRate * 100.0);
        if (e.latencyMs >= 0) {
            latency << QPointF(x, e.latencyMs);
            maxLatency = std::max(maxLatency, e.latencyMs);
        }
        if (!first.isValid())
            first = e.time;
        last = e.time;
    }
    m_success->replace(success);
    m_latency->replace(latency);
    m_empty = success.isEmpty() && latency.isEmpty();
    // The axis ends now (no room for checks that have not happened) and spans at least an hour,
    // padded into the past only.
    const QDateTime now = QDateTime::currentDateTime();
    last = last.isValid() ? std::max(last, now) : now;
    if (!first.isValid() || first.secsTo(last) < 3600)
        first = last.addSecs(-3600);
    m_time->setRange(first.toLocalTime(), last.toLocalTime());
    // The latency ticks fall on the same grid lines as the rate's: four steps up to a round
    // top, with the same 5 % headroom.
    const int top = std::max(100, (static_cast<int>(maxLatency * 1.1) / 100 + 1) * 100);
    m_latencyAxis->setTickInterval(top / 4.0);
    m_latencyAxis->setRange(0, top * 1.05);
    retranslate();
}

int HealthChart::successPointCount() const
{
    return static_cast<int>(m_success->count());
}

int HealthChart::latencyPointCount() const
{
    return static_cast<int>(m_latency->count());
}

} // namespace ul
