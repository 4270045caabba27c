#include "core/i18n/eventtext.h"

#include "core/i18n/errortemplates.h"

#include <QCoreApplication>

#include <iterator>

namespace ul {

namespace {

// Exactly as core/ writes them, with the engine's "%1 thing(s)" written "%n thing(s)".
const char *const kTemplates[] = {
    // events (core/engine/enginecore.cpp, core/services: model sync, channel actions and operations)
    QT_TRANSLATE_NOOP("ul::EventText", "gpt-load instance %1 is up"),
    QT_TRANSLATE_NOOP("ul::EventText", "gpt-load instance %1 is down: %2"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "%1 changed outside uni-load and was read again: %n gpt-load instance(s)"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "%n model(s) added to %1: %2"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "%n model(s) removed from %1: %2"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "%1 and %n more"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "and %n more"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "%n model change(s) of %1 wait for review"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "model sync could not update the models of %n site group(s): %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "model changes are stored but the reconciliation did not complete (retried on the next sync): %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "model sync failed: %1"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "the weight optimization changed %n weight(s)"),
    QT_TRANSLATE_NOOP("ul::EventText", "the weight optimization failed: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "channel %1 disabled by the operator"),
    QT_TRANSLATE_NOOP("ul::EventText", "channel %1 re-enabled by the operator"),
    QT_TRANSLATE_NOOP("ul::EventText", "channel %1 taken out of rotation (%2): %3"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "%n consecutive failed checks; last: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "no answer from %1 after %2 attempts: %3"),
    QT_TRANSLATE_NOOP("ul::EventText", "removed by a manual cleanup"),
    QT_TRANSLATE_NOOP("ul::EventText", "disabled-by-health"),
    QT_TRANSLATE_NOOP("ul::EventText", "disabled-by-cleanup"),
    QT_TRANSLATE_NOOP("ul::EventText", "channel %1 is healthy again and back in rotation"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "channel %1 deleted with %n model group(s)"),
    QT_TRANSLATE_NOOP("ul::EventText", "%1 moved from %2 to %3"),
    QT_TRANSLATE_NOOP("ul::EventText", "restoring api.yaml from %1 failed: %2"),
    QT_TRANSLATE_NOOP("ul::EventText", "api.yaml was not written: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "api.yaml did not exist; uni-load created %1 with a new client key for uni-api's clients"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "gpt-load holds %n group(s) left by the original uni-load; import them on the Architecture "
                                         "page (Import) or with POST /api/adoption/import"),

    // channel check details (core/services/channelhealthverdict.cpp, channelhealthcheck.cpp, channelhealthservice.cpp)
    QT_TRANSLATE_NOOP("ul::EventText", "no active keys (%1 of %1 invalid)"),
    // %n: only a number, so "critical: %1" takes the prefix rather than this template's first argument.
    QT_TRANSLATE_N_NOOP("ul::EventText", "%n of %1 final requests succeeded (%2), average %3 ms"),
    QT_TRANSLATE_NOOP("ul::EventText", "critical: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "warning: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "warning (slow): %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "%1 of %2 requests failed in the last %3 h (%4)"),
    QT_TRANSLATE_NOOP("ul::EventText", "probe not possible, gpt-load did not answer: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "model-list probe failed: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "model-list probe answered HTTP %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "model-list probe: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "model-list probe returned an empty list"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "model-list probe: the site listed %n models before filtering"),
    QT_TRANSLATE_NOOP("ul::EventText", "deep probe not possible, gpt-load did not answer: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "deep probe failed: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "deep probe completion answered HTTP %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "deep probe completion answered HTTP %1: %2"),
    QT_TRANSLATE_NOOP("ul::EventText", "%1 (model %2)"),
    QT_TRANSLATE_NOOP("ul::EventText", "gpt-load did not answer: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "gpt-load answered group stats in an unknown format (neither stats_24_hour nor "
                                       "hourly_stats); this gpt-load version is not supported by the health check"),
    QT_TRANSLATE_NOOP("ul::EventText", "reading group stats failed: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "request logs unreadable (%1)"),
    QT_TRANSLATE_NOOP("ul::EventText", "%1 (log pages truncated)"),
    QT_TRANSLATE_NOOP("ul::EventText", "%1 (deep probe skipped: every model of the site group is high cost)"),
    QT_TRANSLATE_N_NOOP("ul::EventText", "%n blacklisted keys restored before the probe"),
    QT_TRANSLATE_NOOP("ul::EventText", "restoring blacklisted keys failed: %1"),
    QT_TRANSLATE_NOOP("ul::EventText", "next recovery probe not due yet"),
};

const QString kSeparator = QStringLiteral("; ");

} // namespace

QList<const char *> eventTextTemplates()
{
    return QList<const char *>(std::begin(kTemplates), std::end(kTemplates));
}

EventTextTranslator::EventTextTranslator(TextTemplates::Catalog catalog)
    : m_events("ul::EventText", eventTextTemplates(), [this](const QString &text) { return argument(text); }, catalog),
      m_errors("ul::ErrorText", errorMessageTemplates(), [this](const QString &text) { return argument(text); }, catalog)
{
}

TextTemplates::Translation EventTextTranslator::best(const QString &text) const
{
    std::optional<TextTemplates::Translation> event = m_events.bestMatch(text);
    std::optional<TextTemplates::Translation> error = m_errors.bestMatch(text);
    if (event && (!error || event->covered >= error->covered))
        return *event;
    if (error)
        return *error;
    return {text, 0};
}

// The whole text when a template knows it, else its parts joined by "; " one by one (rejoined
// with `separator`); unchanged when nothing is known.
TextTemplates::Translation EventTextTranslator::wholeOrParts(const QString &text, const QString &separator) const
{
    TextTemplates::Translation whole = best(text);
    if (whole.covered > 0 || !text.contains(kSeparator))
        return whole;
    TextTemplates::Translation out;
    QStringList parts = text.split(kSeparator);
    for (QString &part : parts) {
        const TextTemplates::Translation t = best(part);
        part = t.text;
        out.covered += t.covered;
    }
    out.text = out.covered > 0 ? parts.join(separator) : text;
    return out;
}

// An argument is an event text, an error message, or several joined by "; " (the attempts of a
// discovery); the English separator stays inside an argument.
TextTemplates::Translation EventTextTranslator::argument(const QString &text) const
{
    return wholeOrParts(text, kSeparator);
}

QString EventTextTranslator::translate(const QString &english, const QString &separator) const
{
    return wholeOrParts(english, separator).text;
}

} // namespace ul
