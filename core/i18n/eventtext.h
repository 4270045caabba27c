#pragma once

#include "core/i18n/texttemplates.h"

#include <QList>
#include <QString>

namespace ul {

// The templates of the engine's event messages (instance down, channel taken out of rotation,
// models added …) and of its channel check details ("model-list probe answered HTTP 503"), marked
// for translation under the context "ul::EventText"; %1 … %9 are what the core fills in, %n a count.
QList<const char *> eventTextTemplates();

// Translates an event message or a check detail: the event templates, whose text arguments are
// translated in turn by them or by the error templates (an instance's error inside "gpt-load
// instance x is down: …"); a detail made of notes joined by "; " part by part; a detail that is
// an error message of its own by the error templates. Unknown text stays as it is.
class EventTextTranslator final
{
public:
    // `catalog` as TextTemplates (empty: the application's installed translators).
    explicit EventTextTranslator(TextTemplates::Catalog catalog = {});
    EventTextTranslator(const EventTextTranslator &) = delete;  // the templates call back into this object
    EventTextTranslator &operator=(const EventTextTranslator &) = delete;

    // `separator` joins translated parts ("; " in English, "；" in Chinese).
    QString translate(const QString &english, const QString &separator) const;

private:
    TextTemplates::Translation best(const QString &text) const;
    TextTemplates::Translation wholeOrParts(const QString &text, const QString &separator) const;
    TextTemplates::Translation argument(const QString &text) const;

    TextTemplates m_events;
    TextTemplates m_errors;
};

} // namespace ul
