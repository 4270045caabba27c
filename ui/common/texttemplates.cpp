#include "ui/common/texttemplates.h"

#include <QCoreApplication>

#include <algorithm>

namespace ul {

namespace {

constexpr int kCount = 0;  // the placeholder number used for %n

// Puts args[N] in place of every %N of `text` in one pass, so an argument that contains "%2"
// (a URL-encoded space, say) is never taken for a placeholder.
QString fillPlaceholders(const QString &text, const QList<std::optional<QString>> &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n < args.size() && args.at(n)) {
                out += *args.at(n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

TextTemplates::TextTemplates(const char *context, const QList<const char *> &sources, ArgumentTranslator argument)
    : m_context(context), m_argument(std::move(argument))
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    for (const char *source : sources) {
        const QString text = QString::fromUtf8(source);
        Compiled t{source, {}, {}, 0};
        QString regex = QStringLiteral("^");
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool count = m.captured(1) == QLatin1String("n");
            const QString literal = text.mid(at, m.capturedStart() - at);
            regex += QRegularExpression::escape(literal) + (count ? QStringLiteral("(\\d+)") : QStringLiteral("(.+?)"));
            t.literalLength += literal.size();
            t.placeholders.append(count ? kCount : m.captured(1).toInt());
            at = m.capturedEnd();
        }
        regex += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
        t.literalLength += text.size() - at;
        t.pattern = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
        m_templates.append(std::move(t));
    }
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [](const Compiled &a, const Compiled &b) { return a.literalLength > b.literalLength; });
}

std::optional<QString> TextTemplates::match(const QString &english) const
{
    for (const Compiled &t : m_templates) {
        const QRegularExpressionMatch m = t.pattern.match(english);
        if (!m.hasMatch())
            continue;
        int n = -1;
        QList<std::optional<QString>> args(10);
        for (int i = 0; i < t.placeholders.size(); ++i) {
            const QString captured = m.captured(i + 1);
            if (t.placeholders.at(i) == kCount) {
                n = captured.toInt();
                continue;
            }
            bool number = false;
            (void)captured.toLongLong(&number);
            args[t.placeholders.at(i)] = number ? captured : translateArgument(captured);
        }
        return fillPlaceholders(QCoreApplication::translate(m_context, t.source, nullptr, n), args);
    }
    return std::nullopt;
}

QString TextTemplates::translate(const QString &english) const
{
    return match(english).value_or(english);
}

QString TextTemplates::translateArgument(const QString &text) const
{
    return m_argument ? m_argument(text) : translate(text);
}

} // namespace ul
