#include "ui/common/errortext.h"

#include "core/i18n/errortemplates.h"
#include "core/i18n/texttemplates.h"

#include <iterator>

namespace ul {

namespace {

// Shown when no template matches: English keeps the message as it is; a translation puts the
// kind's name before it.
struct Frame
{
    const char *source;
    const char *comment;
};
const Frame kUntranslated[] = {
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an internal error (a bug or an impossible state)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a validation error (bad input)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a not-found error (unknown resource)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a conflict error (name taken, job already running)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an authentication error (HTTP 401/403)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a network error (refused, reset, DNS, TLS)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a timeout"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of gpt-load's \"too many concurrent requests\""),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a server error (HTTP 5xx)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a route this gpt-load does not have"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an answer that cannot be decoded"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an error passed on from an AI site or gpt-load"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an unavailable service (no healthy instance)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of an error with nothing left to do (no models after filtering)"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a file system error"),
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated message of a cancelled operation"),
};
// kUntranslated[0] is Internal, in the order of ErrorKind.
static_assert(std::size(kUntranslated) == int(ErrorKind::Cancelled) + 1);

const Frame kUntranslatedUnknownKind =
    QT_TRANSLATE_NOOP3("ul::ErrorText", "%1", "an untranslated error message of no known kind");

const TextTemplates &templates();

// A text argument: a message of its own, or several joined by "; " (the attempts of a discovery).
TextTemplates::Translation translateArgument(const QString &text)
{
    return templates().translateWholeOrParts(text, QStringLiteral("; "), ErrorText::tr("; "));
}

const TextTemplates &templates()
{
    static const TextTemplates compiled("ul::ErrorText", errorMessageTemplates(), translateArgument);
    return compiled;
}

QString untranslated(const Frame &frame, const QString &message)
{
    return ErrorText::tr(frame.source, frame.comment).arg(message);
}

} // namespace

QString ErrorText::translate(const Error &error)
{
    return translate(error.message, error.kind);
}

QString ErrorText::translate(const QString &message, ErrorKind kind)
{
    if (message.isEmpty())
        return message;
    if (const std::optional<QString> translated = templates().match(message))
        return *translated;
    return untranslated(kUntranslated[int(kind)], message);
}

QString ErrorText::translate(const QString &message, const QString &codeOrKind)
{
    if (const std::optional<ErrorKind> kind = parseErrorKind(codeOrKind))
        return translate(message, *kind);
    return translate(message);
}

QString ErrorText::translate(const QString &message)
{
    if (message.isEmpty())
        return message;
    if (const std::optional<QString> translated = templates().match(message))
        return *translated;
    return untranslated(kUntranslatedUnknownKind, message);
}

QString ErrorText::translateKnown(const QString &message)
{
    // Unknown texts, also several joined by "; ", come back as written (TextTemplates).
    return translateArgument(message).text;
}

QStringList ErrorText::translateKnownEach(const QStringList &messages)
{
    QStringList out;
    out.reserve(messages.size());
    for (const QString &m : messages)
        out.append(translateKnown(m));
    return out;
}

QStringList ErrorText::translateEach(const QStringList &messages)
{
    QStringList out;
    out.reserve(messages.size());
    for (const QString &m : messages)
        out.append(translate(m));
    return out;
}

QString ErrorText::translateAfterSubject(const QString &text)
{
    const QString known = translateKnown(text);
    if (known != text)
        return known;
    const qsizetype colon = text.indexOf(QLatin1String(": "));
    if (colon <= 0)
        return translate(text);
    return tr("%1: %2", "a subject (site group) and its error").arg(text.left(colon), translate(text.mid(colon + 2)));
}

} // namespace ul
