#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ul {

// Writer for the Prometheus text exposition format 0.0.4: one HELP/TYPE header per family,
// label values escaped, samples of a family kept together (a family is opened once, in order).
class PrometheusText final
{
public:
    using Labels = QList<QPair<QString, QString>>;

    void family(const char *name, const char *type, const char *help);
    void sample(const char *name, double value, const Labels &labels = {});
    void sample(const char *name, qint64 value, const Labels &labels = {});

    QByteArray text() const { return m_out; }

    static QString escapeLabelValue(const QString &value);

private:
    void line(const char *name, const QByteArray &value, const Labels &labels);
    QByteArray m_out;
};

} // namespace ul
