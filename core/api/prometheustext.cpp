#include "core/api/prometheustext.h"

#include <cmath>

namespace ul {

void PrometheusText::family(const char *name, const char *type, const char *help)
{
    m_out += "# HELP ";
    m_out += name;
    m_out += ' ';
    m_out += help;
    m_out += "\n# TYPE ";
    m_out += name;
    m_out += ' ';
    m_out += type;
    m_out += '\n';
}

void PrometheusText::sample(const char *name, double value, const Labels &labels)
{
    QByteArray v;
    if (std::isnan(value))
        v = "NaN";
    else if (std::isinf(value))
        v = value > 0 ? "+Inf" : "-Inf";
    else
        v = QByteArray::number(value, 'g', 12);
    line(name, v, labels);
}

void PrometheusText::sample(const char *name, qint64 value, const Labels &labels)
{
    line(name, QByteArray::number(value), labels);
}

QString PrometheusText::escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

void PrometheusText::line(const char *name, const QByteArray &value, const Labels &labels)
{
    m_out += name;
    if (!labels.isEmpty()) {
        m_out += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0)
                m_out += ',';
            m_out += labels[i].first.toUtf8();
            m_out += "=\"";
            m_out += escapeLabelValue(labels[i].second).toUtf8();
            m_out += '"';
        }
        m_out += '}';
    }
    m_out += ' ';
    m_out += value;
    m_out += '\n';
}

} // namespace ul
