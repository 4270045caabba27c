#include "core/i18n/texttemplates.h"

#include "core/onboarding/onboardingwarning.h"

#include <QCoreApplication>

#include <algorithm>

namespace ul {

namespace {

constexpr int kCount = 0;  // the placeholder number used for %n

} // namespace

TextTemplates::TextTemplates(const char *context, const QList<const char *> &sources, ArgumentTranslator argument,
                             Catalog catalog)
    : m_context(context), m_argument(std::move(argument)), m_catalog(std::move(catalog))
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    for (const char *source : sources) {
        const QString text = QString::fromUtf8(source);
        Compiled t{source, {}, {}, 0, {}, {}, {}};
        QString regex = QStringLiteral("^");
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool count = m.captured(1) == QLatin1String("n");
            const QString literal = text.mid(at, m.capturedStart() - at);
            regex += QRegularExpression::escape(literal) + (count ? QStringLiteral("(\\d+)") : QStringLiteral("(.+?)"));
            t.literalLength += literal.size();
            if (t.placeholders.isEmpty())
                t.prefix = literal;
            if (literal.size() > t.longestPart.size())
                t.longestPart = literal;
            t.placeholders.append(count ? kCount : m.captured(1).toInt());
            at = m.capturedEnd();
        }
        t.suffix = text.mid(at);
        if (t.placeholders.isEmpty())
            t.prefix = t.suffix;
        if (t.suffix.size() > t.longestPart.size())
            t.longestPart = t.suffix;
        regex += QRegularExpression::escape(t.suffix) + QStringLiteral("$");
        t.literalLength += t.suffix.size();
        t.pattern = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
        m_templates.append(std::move(t));
    }
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [](const Compiled &a, const Compiled &b) { return a.literalLength > b.literalLength; });
}

bool TextTemplates::Compiled::mayMatch(const QString &text) const
{
    return text.size() >= literalLength && text.startsWith(prefix) && text.endsWith(suffix) && text.contains(longestPart);
}

std::optional<TextTemplates::Translation> TextTemplates::bestMatch(const QString &english) const
{
    std::optional<Translation> best;
    qsizetype bestPlaceholders = 0;
    for (const Compiled &t : m_templates) {
        if (!t.mayMatch(english))
            continue;
        const QRegularExpressionMatch m = t.pattern.match(english);
        if (!m.hasMatch())
            continue;
        int n = -1;
        QStringList args(t.placeholders.isEmpty() ? 0 : *std::max_element(t.placeholders.cbegin(), t.placeholders.cend()));
        qsizetype covered = t.literalLength;
        for (int i = 0; i < t.placeholders.size(); ++i) {
            const QString captured = m.captured(i + 1);
            if (t.placeholders.at(i) == kCount) {
                n = captured.toInt();
                continue;
            }
            bool number = false;
            (void)captured.toLongLong(&number);
            if (number) {
                args[t.placeholders.at(i) - 1] = captured;
                continue;
            }
            Translation argument = translateArgument(captured);
            covered += argument.covered;
            args[t.placeholders.at(i) - 1] = std::move(argument.text);
        }
        // The templates are sorted by literal length: on a full tie the earlier one stays.
        if (best && (covered < best->covered || (covered == best->covered && t.placeholders.size() <= bestPlaceholders)))
            continue;
        // Filled in one pass, so that an argument holding "%2" is never taken for a placeholder.
        QString translated = m_catalog ? m_catalog(m_context, t.source, nullptr, n)
                                       : QCoreApplication::translate(m_context, t.source, nullptr, n);
        if (translated.isEmpty())
            translated = QString::fromUtf8(t.source);
        // QCoreApplication::translate fills in %n; a catalog's QTranslator::translate does not.
        if (n >= 0)
            translated.replace(QLatin1String("%n"), QString::number(n));
        best = Translation{OnboardingWarning::fill(translated, args), covered};
        bestPlaceholders = t.placeholders.size();
    }
    return best;
}

std::optional<QString> TextTemplates::match(const QString &english) const
{
    if (std::optional<Translation> best = bestMatch(english))
        return std::move(best->text);
    return std::nullopt;
}

QString TextTemplates::translate(const QString &english) const
{
    return match(english).value_or(english);
}

TextTemplates::Translation TextTemplates::translateWholeOrParts(const QString &text, const QString &separator,
                                                                const QString &translatedSeparator) const
{
    if (std::optional<Translation> whole = bestMatch(text))
        return *whole;
    if (!text.contains(separator))
        return {text, 0};
    Translation out;
    QStringList parts = text.split(separator);
    for (QString &part : parts) {
        if (std::optional<Translation> translated = bestMatch(part)) {
            part = translated->text;
            out.covered += translated->covered;
        }
    }
    // Nothing translated: the text stays as written (no Chinese separator between English parts).
    if (out.covered == 0)
        return {text, 0};
    out.text = parts.join(translatedSeparator);
    return out;
}

TextTemplates::Translation TextTemplates::translateArgument(const QString &text) const
{
    if (m_argument)
        return m_argument(text);
    return bestMatch(text).value_or(Translation{text, 0});
}

} // namespace ul
