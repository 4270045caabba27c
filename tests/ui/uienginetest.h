#pragma once

// What the UI tests that drive pages against a real engine and the simulators share: the
// simulated site they onboard and a console context whose configuration lives in a temporary
// directory of the test.

#include "core/config/appconfig.h"
#include "core/sim/simaisite.h"
#include "ui/consolecontext.h"

#include <QObject>
#include <QTemporaryDir>

namespace ul::test {

inline const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");

// An OpenAI-format site serving gpt-4o-mini and gpt-4o, accepting kSiteKey.
inline SimAiSiteOptions siteOptions()
{
    SimAiSiteOptions o;
    o.name = QStringLiteral("ui");
    o.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")};
    o.validKeys = {kSiteKey};
    return o;
}

class EngineUiTest : public QObject
{
protected:
    ConsoleContext context(Engine *engine) const
    {
        ConsoleContext c;
        c.engine = engine;
        c.config = AppConfig(m_dir.path(), m_dir.path());
        return c;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace ul::test
