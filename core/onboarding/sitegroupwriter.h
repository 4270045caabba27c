#pragma once

#include "core/common/instanceconfig.h"
#include "core/onboarding/onboardingservices.h"
#include "core/onboarding/sitegroupconfig.h"

#include <QFuture>
#include <QStringList>

#include <optional>

namespace ul {

// What one L1 site group should look like (uni-load-behaviour.md §10.2).
struct SiteGroupSpec
{
    QString name;                      // <site>-<type>
    ChannelType type = ChannelType::OpenAI;
    QString upstream;                  // the normalized base URL
    QString testModel;
    QString validationEndpoint;        // "" = channel default
    SiteGroupConfig config;            // layer-1 settings
    QString hopKey;                    // proxy_keys; never the admin token
    QStringList keys;                  // the site's keys to upload (may be empty in update mode)
    QStringList models;                // for the report
    InstanceConfig instance;           // where it lives, or where to create it
    std::optional<GroupInfo> existing; // the live group on that instance, if any
};

// The create payload: display name and description in the original's wording, sort 20,
// config, proxy_keys = the hop key, no tags / validated_models / param_overrides.
GroupCreate siteGroupCreatePayload(const SiteGroupSpec &spec);

// The fields of `live` that differ from `spec` (only those are sent; `upstreams` and `config`
// complete): upstreams, channel_type, test_model, validation_endpoint, sort, config (operator's
// extra keys kept), proxy_keys (the hop key added to any the group already has).
GroupUpdate siteGroupUpdate(const GroupInfo &live, const SiteGroupSpec &spec);

// Creates or updates the group and uploads the keys (chunks ≤ 5000, deduplicated, by the
// client). Idempotent: a 409 on create adopts the existing group when its upstream is this site
// (else the outcome is a Conflict); a create whose outcome is unknown is looked up by name and
// adopted, or created once more when absent. Failures land in the outcome (`error`), never in the
// Result, which fails only on shutdown.
QFuture<Result<SiteGroupOutcome>> writeSiteGroup(const OnboardingServices &services, const SiteGroupSpec &spec,
                                                 const StepLogPtr &steps);

} // namespace ul
