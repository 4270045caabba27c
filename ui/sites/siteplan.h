#pragma once

#include "core/engine/snapshot.h"
#include "core/onboarding/onboardingtypes.h"
#include "core/onboarding/siterequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ul {

// What onboarding a site will create, worked out before anything is sent: the site name the
// engine will use, where the site groups go, the keys, the models (manual, or what the probe
// saw) and the L2/L3 groups and api.yaml providers that follow from them.
struct SitePlan
{
    QString siteName;
    QString normalizedBaseUrl;
    QString instanceName;           // where new site groups are created
    QString instanceReason;         // translated: "assigned", "first healthy instance", …
    QStringList createdSiteGroups;  // <site>-<type>
    QStringList updatedSiteGroups;  // already there: updated (keys added, models re-discovered)
    int keys = 0;
    int duplicateKeys = 0;
    QStringList models;             // known now (manual or probed)
    bool modelsFromProbe = false;
    bool modelsKnown = false;       // false: discovered on gpt-load while onboarding
    int modelChannelGroups = 0;     // at most models × formats
    QStringList warnings;

    QString toHtml() const;
};

class SitePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ul::SitePlanner)

public:
    // `probe`: the probe's answer when it ran; `probeError` its failure (a warning, not fatal:
    // discovery on gpt-load may still succeed).
    static SitePlan plan(const SiteRequest &request, const SiteNamePreview &name, const std::optional<ProbeReport> &probe,
                         const QString &probeError, const EngineSnapshot &snapshot);
};

} // namespace ul
