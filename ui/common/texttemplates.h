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
// another's placeholder).
//
// The templates are compiled once; when several match a text, the one with the most literal
// (non-placeholder) characters wins, so "Delete leftover temporary groups on %1" beats "Delete %1"
// whatever the order of the list.
class TextTemplates final
{
public:
    // How a text argument is translated; the default matches it against these templates.
    using ArgumentTranslator = std::function<QString(const QString &)>;

    // `context` and `sources` must outlive the object (string literals marked with
    // QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP under that context).
    TextTemplates(const char *context, const QList<const char *> &sources, ArgumentTranslator argument = {});

    // The translation of `english` when a template matches it whole, else nothing.
    std::optional<QString> match(const QString &english) const;
    // match(), or `english` unchanged.
    QString translate(const QString &english) const;

private:
    struct Compiled
    {
        const char *source;
        QRegularExpression pattern;
        QList<int> placeholders;  // the N of each capture in order of appearance, 0 for %n
        qsizetype literalLength;
    };

    QString translateArgument(const QString &text) const;

    const char *m_context;
    QList<Compiled> m_templates;
    ArgumentTranslator m_argument;
};

} // namespace ul
