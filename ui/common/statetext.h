#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace ul {

// Translated names for the engine's state words (health labels, member states, sync outcomes),
// and the colour each one is shown in. Unknown words are shown as they are. The names are
// capitalised like every state shown in a table ("Healthy", "Done"); an outcome "ok" reads
// "Done" as a finished job and a journal entry do.
class StateText final
{
    Q_DECLARE_TR_FUNCTIONS(ul::StateText)

public:
    // healthy | failing | disabled-by-health | disabled-by-cleanup | disabled-by-user | removing | recovering,
    // also the member states active | disabled-by-… and site states partial | pending.
    static QString health(const QString &label);
    static QColor healthColor(const QString &label);
    // A health check's verdict: healthy | unhealthy | inconclusive | error.
    static QString verdict(const QString &verdict);
    // applied | queued | unchanged | failed | ok | partial
    static QString outcome(const QString &outcome);
    static QColor outcomeColor(const QString &outcome);
    // add | remove
    static QString change(const QString &change);
    // openai | anthropic | gemini
    static QString format(const QString &channelType);
    // What "channel" means where pages use the original's word for a site group (a header tooltip).
    static QString channelMeaning();
};

} // namespace ul
