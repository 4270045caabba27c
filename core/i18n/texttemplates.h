#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>

namespace ul {

// Translates English texts the core composes at run time ("Recover %1 on %2") by matching them
// against the templates they were made from. A template is an English source with placeholders:
// %1 … %9 capture any text, %n captures a number and picks the plural form. The match is
// translated with QCoreApplication::translate(context, source, nullptr, n) and the captured
// arguments are put back in; a text argument is translated in turn (a template's text may fill
// another's placeholder, as a context wraps a message: "site %1: %2").
//
// When several templates match, the one that accounts for the most English text wins, counting
// the literal text of its arguments' own matches: "Delete leftover groups on %1" beats
// "Delete %1", and a context template that splits a message into a step and a cause beats one
// that only recognises the cause. On a tie the template with more placeholders wins (it is the
// outer one of two ways to read the same text), then the one with more literal text.
class TextTemplates final
{
public:
    struct Translation
    {
        QString text;
        qsizetype covered = 0;  // how many characters of the English text templates accounted for
    };
    // How a text argument is translated; the default matches it against these templates.
    using ArgumentTranslator = std::function<Translation(const QString &)>;
    // Where a template's translation comes from (QCoreApplication::translate's signature); an
    // empty answer means "not translated" and keeps the English template.
    using Catalog = std::function<QString(const char *context, const char *source, const char *comment, int n)>;

    // `context` and `sources` must outlive the object (string literals marked with
    // QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP under that context). Without a catalog the
    // application's installed translators are used (QCoreApplication::translate).
    TextTemplates(const char *context, const QList<const char *> &sources, ArgumentTranslator argument = {},
                  Catalog catalog = {});

    // The best translation of `english` when a template matches it whole, else nothing.
    std::optional<Translation> bestMatch(const QString &english) const;
    // The text of bestMatch().
    std::optional<QString> match(const QString &english) const;
    // match(), or `english` unchanged.
    QString translate(const QString &english) const;
    // bestMatch() of the whole text, else of each of its parts when it is several texts joined by
    // `separator` (rejoined with `translatedSeparator`); the text unchanged when nothing matches.
    Translation translateWholeOrParts(const QString &text, const QString &separator,
                                      const QString &translatedSeparator) const;

private:
    struct Compiled
    {
        const char *source;
        QRegularExpression pattern;
        QList<int> placeholders;  // the N of each capture in order of appearance, 0 for %n
        qsizetype literalLength;
        // Cheap checks before the regular expression: the literal text before the first
        // placeholder, after the last one, and the longest literal part anywhere.
        QString prefix;
        QString suffix;
        QString longestPart;

        bool mayMatch(const QString &text) const;
    };

    Translation translateArgument(const QString &text) const;

    const char *m_context;
    QList<Compiled> m_templates;
    ArgumentTranslator m_argument;
    Catalog m_catalog;
};

} // namespace ul
