// The documentation table of GET /api/openapi.json. Body fields, types and limits are those the
// handlers in routes_*.cpp and the request types they parse (SiteRequest, CleanupOptions, the
// instance file, FilterRules, ModelSyncSettings, SettingsJson) accept; shapes of original routes
// follow uni-load-behaviour.md §22.2, additions core/api/CHANGELOG.md.
#include "core/api/openapidocs.h"

#include "core/config/settingsjson.h"
#include "core/config/settingsregistry.h"

#include <QJsonArray>

namespace ul::OpenApiDocs {

namespace {

// The start of a loop or health check is answered at once; the same job already queued answers 409.
const Status kBusy{409, "the same job is already queued or running: {success:false, message, error, code}"};

const QList<Field> kStartStop{{"action", "enum:start|stop", Required, "start or stop the periodic loop"}};

// CleanupOptions::fromJson (uni-load-behaviour.md §17.1).
const QList<Field> kCleanupOptions{
    {"dryRun", "boolean", Optional, "only report what would be removed (default false)"},
    {"timeout", "integer:100..120000", Optional, "milliseconds per reachability attempt (default 10000)"},
    {"retryCount", "integer:1..10", Optional, "attempts per site before it counts as disconnected (default 2)"},
    {"excludePatterns", "string[]", Optional, "case-insensitive regular expressions on site-group names to skip (at most 50, 200 characters each)"},
    {"onlyCheckPatterns", "string[]", Optional, "when given, only site groups matching one of these regular expressions are checked"},
};

// One entry of the instance file (core/instances/instancefile.cpp, uni-load-behaviour.md §3.3).
QList<Field> instanceFields(Presence keys)
{
    return {
        {"id", "string", keys, "unique id of the instance; PUT: must equal the path's id"},
        {"name", "string", keys, "display name"},
        {"url", "string", keys, "http(s) URL of the gpt-load server, unique across the file; no user name, password, query or fragment"},
        {"token", "string", Optional, "gpt-load AUTH_KEY; PUT: omitted, or the masked value GET shows, keeps the old token"},
        {"priority", "integer", keys, "0 or more; lower numbers are preferred for new site groups"},
        {"description", "string", Optional, "free text"},
        {"upstream_addresses", "string[]", Optional, "URLs under which other instances reach this one"},
        {"uniapi_base_url", "string", Optional, "http(s) URL uni-api uses for this instance in api.yaml"},
        {"ca_certificate", "string", Optional, "PEM file (relative to the instance file) to trust for this instance"},
        {"tls_insecure", "boolean", Optional, "turn TLS certificate verification off"},
    };
}

// A filter rule list: strings or {value, enabled} (FilterRules::fromJson).
constexpr const char *kRuleList =
    R"({"type":"array","maxItems":1000,"items":{"oneOf":[{"type":"string","maxLength":200},)"
    R"({"type":"object","required":["value"],"additionalProperties":false,)"
    R"("properties":{"value":{"type":"string","maxLength":200},"enabled":{"type":"boolean","default":true}}}]}})";

QString settingDescription(const SettingSpec &spec)
{
    QString text = spec.description ? QString::fromUtf8(spec.description) : QString();
    switch (spec.type) {
    case SettingType::Duration:
        text += QStringLiteral(" Whole %1, %2–%3; a suffix ms, s, m, h or d is converted.")
                    .arg(durationUnitName(spec.unit)).arg(spec.minimum).arg(spec.maximum);
        break;
    case SettingType::Size: text += QStringLiteral(" Bytes, or with a kb, mb or gb suffix."); break;
    case SettingType::Choice: text += QStringLiteral(" Case-insensitive."); break;
    case SettingType::List:
    case SettingType::OriginList: text += QStringLiteral(" Comma-separated, or an array of strings."); break;
    case SettingType::Url: text += QStringLiteral(" An http:// or https:// URL without user name, query or fragment."); break;
    default: break;
    }
    return text + QStringLiteral(" null removes the saved value.");
}

QJsonObject typed(const char *type) { return {{QStringLiteral("type"), QString::fromLatin1(type)}}; }

// PUT /api/settings: every setting of the registry the API may change (SettingsJson::storedChange:
// the value may be its text, as in .env, or a JSON number, boolean or list; null removes it).
QJsonObject settingsBody()
{
    QJsonObject properties;
    for (const SettingSpec &spec : settingSpecs()) {
        if (!SettingsJson::settableViaApi(spec.name))
            continue;
        QJsonObject schema;
        switch (spec.type) {
        case SettingType::Bool: schema = {{QStringLiteral("anyOf"), QJsonArray{typed("boolean"), typed("string")}}}; break;
        case SettingType::Integer:
        case SettingType::Duration: {
            QJsonObject number = typed("integer");
            number.insert(QStringLiteral("minimum"), spec.minimum);
            number.insert(QStringLiteral("maximum"), spec.maximum);
            schema = {{QStringLiteral("anyOf"), QJsonArray{number, typed("string")}}};
            break;
        }
        case SettingType::List:
        case SettingType::OriginList: {
            QJsonObject list = typed("array");
            list.insert(QStringLiteral("items"), typed("string"));
            schema = {{QStringLiteral("anyOf"), QJsonArray{typed("string"), list}}};
            break;
        }
        case SettingType::Url:
            schema = typed("string");
            schema.insert(QStringLiteral("format"), QStringLiteral("uri"));
            break;
        case SettingType::Choice:
            schema = typed("string");
            schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(spec.choices));
            break;
        default: schema = typed("string"); break;
        }
        schema.insert(QStringLiteral("nullable"), true);
        schema.insert(QStringLiteral("description"), settingDescription(spec));
        properties.insert(spec.name, schema);
    }
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("minProperties"), 1},
            {QStringLiteral("additionalProperties"), false},
            {QStringLiteral("properties"), properties}};
}

} // namespace

const QHash<QString, RouteDoc> &routeDocs()
{
    static const QHash<QString, RouteDoc> table = {
        // --- status ---
        {QStringLiteral("GET /api/health"), {.tag = "status", .summary = "Liveness. No token needed.", .result = "{status:\"ok\", timestamp}"}},
        {QStringLiteral("GET /api/status"),
         {.tag = "status",
          .summary = "Instances, uni-api file, model sync, channel health and cleanup state (cached; no network work).",
          .result = "{gptload:{connected, instances, healthyCount, totalCount, siteAssignments, error}, uniApi:{exists, path, providersCount, managedCount, directoryExists? | error, writeError?, writeRetryAt?, reload:{runtime, action, effectiveAction, running, pending, last:{time, action, outcome, ok, message, exitCode?, httpStatus?, live, liveMessage?, writes} | null}}, modelSync, channelHealth, weightOptimizer:{enabled, isRunning, intervalHours, nextRun, lastRun, lastResult}, channelCleanup, layers:{siteGroups, modelChannelGroups, aggregateGroups, models}}"}},
        {QStringLiteral("GET /api/events"),
         {.tag = "status",
          .summary = "Engine events: instance down/up, channel removed/restored, models added/removed/queued.",
          .result = "{events:[{id, time, kind, severity, subject, message, details}]}; message follows Accept-Language",
          .query = {{"since", "integer", Optional, "id of the last event seen; only later ones are listed (default 0: all kept)"}}}},
        {QStringLiteral("GET /api/logs"),
         {.tag = "status",
          .summary = "Log messages of the in-memory ring (redacted).",
          .result = "{messages:[{id, level, timestamp, category, text}]}",
          .query = {{"since", "integer", Optional, "id of the last message seen; only later ones are listed (default 0: all kept)"}}}},
        {QStringLiteral("GET /api/openapi.json"), {.tag = "status", .summary = "This document.", .result = "OpenAPI 3.0 document"}},
        {QStringLiteral("GET /metrics"),
         {.tag = "status",
          .summary = "Prometheus metrics (ENABLE_METRICS; on METRICS_PORT unless it equals PORT).",
          .result = "Prometheus text format (text/plain; version=0.0.4)"}},
        {QStringLiteral("GET /api/jobs"),
         {.tag = "jobs",
          .summary = "Running and queued jobs, then those finished within the hour (results left out).",
          .result = "{jobs:[{id, kind, title, state, queued, progress:{done, total, step}, startedAt, finishedAt, error?, code?}]}"}},
        {QStringLiteral("GET /api/jobs/{id}"),
         {.tag = "jobs",
          .summary = "State of a background job: running, done (with result) or failed (with error and details).",
          .result = "{id, kind, state:\"running\"|\"done\"|\"failed\", progress:{done, total}, result | error, details?, startedAt, finishedAt}",
          .path = {{"id", "string", Required, "the jobId of a 202 answer"}},
          .errors = {{404, "unknown job, or finished more than an hour ago"}}}},
        {QStringLiteral("POST /api/jobs/{id}/cancel"),
         {.tag = "jobs",
          .summary = "Cancels a job: a queued one is dropped, a running one stops after its current step (what is done so far stays); "
                     "the job then reports state \"failed\" with code \"cancelled\".",
          .result = "{success:true, message}",
          .path = {{"id", "string", Required, "the jobId of a 202 answer"}},
          .errors = {{404, "no such job is queued or running"}}}},

        // --- instances ---
        {QStringLiteral("GET /api/multi-instances"),
         {.tag = "instances", .summary = "Cached health of every gpt-load instance and the site assignments.", .result = "{instances:{<id>:{…}}, siteAssignments:{<url>:{instanceId, instanceName}}}"}},
        {QStringLiteral("POST /api/check-instances"),
         {.tag = "instances", .summary = "Starts a health check of every instance (no body).", .result = "{success:true, message}"}},
        {QStringLiteral("GET /api/instances"),
         {.tag = "instances", .summary = "The instance file (tokens masked) and its problem, if any.", .result = "{file, instances:[<file entries>], error:{file, field, reason} | null}",
          .errors = {{503, "no instance file is configured"}}}},
        {QStringLiteral("POST /api/instances"),
         {.tag = "instances",
          .summary = "Adds an instance to the instance file; unknown fields are kept in the file.",
          .result = "the stored entry, token masked",
          .body = instanceFields(Required),
          .errors = {{409, "duplicate id or url; INSTANCE_FILE_INVALID: the file on disk fails to load, nothing is written"},
                     {503, "no instance file is configured"}},
          .success = 201}},
        {QStringLiteral("PUT /api/instances/{id}"),
         {.tag = "instances",
          .summary = "Changes an instance: the given fields replace the entry's, null removes an optional field.",
          .result = "the stored entry, token masked",
          .body = instanceFields(Optional),
          .path = {{"id", "string", Required, "the instance's id"}},
          .errors = {{404, "unknown instance id"},
                     {409, "duplicate url; INSTANCE_FILE_INVALID: the file on disk fails to load, nothing is written"},
                     {503, "no instance file is configured"}}}},
        {QStringLiteral("DELETE /api/instances/{id}"),
         {.tag = "instances",
          .summary = "Removes an instance from the instance file.",
          .result = "{success:true, message}",
          .path = {{"id", "string", Required, "the instance's id"}},
          .errors = {{404, "unknown instance id"},
                     {409, "INSTANCE_FILE_INVALID: the file on disk fails to load, nothing is written"},
                     {503, "no instance file is configured"}}}},

        // --- sites ---
        {QStringLiteral("POST /api/preview-site-name"),
         {.tag = "sites",
          .summary = "The site name a base URL gets.",
          .result = "{siteName, computedName, normalizedBaseUrl, source, disambiguated, existingSite, strippedSegment?, warning?, unreachableInstances?}",
          .body = {{"baseUrl", "string", Required, "the site's API base URL"},
                   {"siteName", "string", Optional, "a requested name (used only to disambiguate)"}}}},
        {QStringLiteral("POST /api/process-ai-site"),
         {.tag = "sites",
          .summary = "Onboards or updates a site (L1 groups, model lists, layers, api.yaml); answers when done.",
          .result = "{success:true, message, data:{siteName, baseUrl, channelTypes, groupsCreated, modelsCount, models, modelsByChannel, "
                    "siteGroups, modelGroups, usingManualModels, successfulInstance, warnings:[text], warningDetails:[{code, args, text}], steps, conflicts}}",
          .body = {{"baseUrl", "string", Optional, "the site's API base URL; required unless operationType is \"update\" (then ignored)"},
                   {"apiKeys", "string[]", Optional,
                    "API keys of the site; required for a new site. Entries are also split on whitespace, ',' and ';', duplicates dropped; "
                    "at most 50000, 512 characters each. A single string is accepted too"},
                   {"channelTypes", "enum[]:openai|anthropic|gemini", Optional, "formats the site speaks (default [\"openai\"]); a single string is accepted too"},
                   {"customValidationEndpoints",
                    R"({"type":"object","additionalProperties":false,"properties":{"openai":{"type":"string"},"anthropic":{"type":"string"},"gemini":{"type":"string"}}})",
                    Optional, "validation path per format, starting with '/'; empty or null values are ignored"},
                   {"models", "string[]", Optional, "manual model list (at most 2000); skips discovery and replaces the stored list. A single string is accepted too"},
                   {"operationType", "enum:create|update", Optional,
                    "create (default) or update an existing site group (case-insensitive). A site group already recorded gets its model "
                    "list changed as a model sync changes it: manual models stay, a model the listing lacks leaves after removalAfterMisses "
                    "listings, review mode queues proposals (warnings MISSING_MODELS_KEPT, MODEL_CHANGES_QUEUED)"},
                   {"targetChannelName", "string", Optional, "update: the site group to update (required then)"},
                   {"siteName", "string", Optional, "a requested name (used only to disambiguate)"}},
          .errors = {{404, "unknown targetChannelName"},
                     {409, "a job for the same site is queued or running"},
                     {422, "no models left after the filter rules (details.counts)"},
                     {502, "gpt-load or the site failed (details: step, instance, code, created, steps)"},
                     {503, "no healthy gpt-load instance"}},
          .async = true,
          .bodyRequired = true}},
        {QStringLiteral("POST /api/probe-api"),
         {.tag = "sites",
          .summary = "Detects a working model-list endpoint of a base URL.",
          .result = "{success:true, baseUrl, probeResult:{success, endpoint, format, modelCount, modelsSample}}",
          .body = {{"baseUrl", "string", Required, "the site's API base URL"},
                   {"apiKey", "string", Optional, "a key to list models with"},
                   {"channelType", "enum:openai|anthropic|gemini", Optional,
                    "probe the way this format lists models (its key header); without it the original's OpenAI-style guesses"}},
          .errors = {{502, "no endpoint answered with a model list"}}}},
        {QStringLiteral("GET /api/rules"),
         {.tag = "settings", .summary = "Model filter rules.", .result = "{whitelist, blacklist, highCost, preferredTestModels, enableWhitelist, enableBlacklist, effective, environment}"}},
        {QStringLiteral("PUT /api/rules"),
         {.tag = "settings",
          .summary = "Changes the model filter rules; keys left out keep their value.",
          .result = "the rules as GET /api/rules answers them",
          .body = {{"whitelist", kRuleList, Optional, "model name prefixes that are kept"},
                   {"blacklist", kRuleList, Optional, "terms that drop a model"},
                   {"highCost", kRuleList, Optional, "substrings of expensive models (never used as test models)"},
                   {"preferredTestModels", kRuleList, Optional, "test models in order of preference"},
                   {"enableWhitelist", "boolean", Optional, "apply the whitelist"},
                   {"enableBlacklist", "boolean", Optional, "apply the blacklist"},
                   {"effective", "object", Optional, "ignored (sent back from GET)"},
                   {"environment", "object", Optional, "ignored (sent back from GET)"}},
          .closedBody = true}},

        // --- channels ---
        {QStringLiteral("GET /api/channels/site-groups"),
         {.tag = "channels",
          .summary = "Site groups (L1) across instances; proxy_keys redacted.",
          .result = "{siteGroups:[<gpt-load group> + _instance:{id, name, url} + _state:{health, failures, threshold, state, lastSync, syncError, lastCheck:{time, verdict, detail}|null, "
                    "keys:{total, active, invalid, readAt}|null, deepProbe, testModel, testModelOverride|null, testModelHighCost} | null], errors?}; "
                    "with live=0 {siteGroups:[{name, _instance, _state}], live:false} from uni-load's records, without asking gpt-load",
          .query = {{"live", "string", Optional, "0: uni-load's own records only (no gpt-load call)"}}}},
        {QStringLiteral("GET /api/channels/{channelName}/test-model"),
         {.tag = "channels",
          .summary = "The models a site group can validate its keys with, its test model and what automatic selection picks.",
          .result = "{success:true, data:{channel, channelType, models, highCostModels, override|null, testModel, testModelHighCost, automatic, automaticHighCost}}",
          .path = {{"channelName", "string", Required, "the site group's exact name"}},
          .errors = {{404, "unknown channel"}}}},
        {QStringLiteral("PUT /api/channels/{channelName}/test-model"),
         {.tag = "channels",
          .summary = "Sets the site group's test model (the model gpt-load validates its keys with) and updates test_model in gpt-load; answers when done.",
          .result = "{success:true, message, warning?, data:{channel, previous, testModel, override|null, automatic, highCost}}; warning when the model matches a high-cost pattern",
          .body = {{"model", "string", Required, "one of the models the site group serves; \"\" or null: automatic selection"}},
          .path = {{"channelName", "string", Required, "the site group's exact name"}},
          .errors = {{400, "the site group does not serve the model (code UNKNOWN_MODEL)"}, {404, "unknown channel"}, {409, "the same change is running"},
                     {503, "the group's gpt-load instance is unreachable"}}}},
        {QStringLiteral("POST /api/channels/{channelName}/validate-keys"),
         {.tag = "channels",
          .summary = "Validates the site group's keys with gpt-load's validate-group task (billable: one request per key with the test model) and polls it to its end; answers when done.",
          .result = "{success:true, message, data:{channel, instanceId, instanceName, testModel, highCost, totalKeys, validKeys, invalidKeys, startedAt, finishedAt, durationSeconds}}; counts only, never keys",
          .body = {{"confirmHighCost", "boolean", Optional, "required true when the test model matches a high-cost pattern (default false)"}},
          .path = {{"channelName", "string", Required, "the site group's exact name"}},
          .errors = {{404, "unknown channel"},
                     {409, "code HIGH_COST_CONFIRMATION_REQUIRED: the test model is high cost and confirmHighCost is not true (details {channel, testModel, highCost}); nothing started. "
                           "Code JOB_IN_PROGRESS: a validation of this channel is queued or running"},
                     {422, "the group has no keys (code NO_KEYS)"},
                     {503, "the group's gpt-load instance is unreachable"}},
          .async = true}},
        {QStringLiteral("POST /api/channels/{channelName}/remove-invalid-keys"),
         {.tag = "channels",
          .summary = "Deletes the keys gpt-load took out of the site group's key pool (gpt-load's clear-all-invalid), then reads the pool back; answers when done.",
          .result = "{success:true, message, data:{channel, instanceId, instanceName, removed, keys:{total, active, invalid}|null}}; counts only, never keys",
          .path = {{"channelName", "string", Required, "the site group's exact name"}},
          .errors = {{404, "unknown channel"}, {409, "code JOB_IN_PROGRESS: a removal for this channel is queued or running"},
                     {503, "the group does not exist on gpt-load yet, or its instance is unreachable"}},
          .async = true}},
        {QStringLiteral("DELETE /api/channels/{channelName}"),
         {.tag = "channels",
          .summary = "Deletes a site group with its L2 groups, L3 memberships and providers; answers when done.",
          .result = "{success, message, data:{deletedSiteGroup, updatedModelGroups, deletedModelGroups, errors, uniApi, site, siteRemoved}}; "
                    "success:false, code DELETE_INCOMPLETE after a partial removal (run it again)",
          .path = {{"channelName", "string", Required, "the site group's exact name"}},
          .errors = {{404, "unknown channel"}, {409, "another job for this channel"}, {502, "nothing could be deleted"}}}},
        {QStringLiteral("POST /api/channels/reassign"),
         {.tag = "channels",
          .summary = "Promotes or demotes a site group to the neighbouring instance; answers when done.",
          .result = "{success:true, message, data:{channelName, action, previousInstanceName, newInstanceName, previousInstanceId, newInstanceId, keysCopied, warnings, …}}",
          .body = {{"channelName", "string", Required, "the site group to move"},
                   {"action", "enum:promote|demote", Required, "promote: to the neighbouring instance of higher priority (lower priority number); demote: of lower priority (case-insensitive)"}},
          .errors = {{404, "unknown channel"}, {409, "conflicting job"}, {502, "gpt-load failed"}, {503, "the target instance is unhealthy"}}}},
        {QStringLiteral("POST /api/reassign-site"),
         {.tag = "channels",
          .summary = "Records which instance future groups of a site go to (persisted).",
          .result = "{success:true, message, data:{siteUrl, instanceId, instanceName}}",
          .body = {{"siteUrl", "string", Required, "the site's base URL"},
                   {"instanceId", "string", Optional, "the instance; omitted or empty clears the assignment"}}}},

        // --- sync ---
        {QStringLiteral("POST /api/sync-models"),
         {.tag = "sync", .summary = "Starts a model sync (no body); answers at once.", .result = "{success:true, message}", .errors = {kBusy}, .async = true}},
        {QStringLiteral("POST /api/sync-models/control"),
         {.tag = "sync", .summary = "Starts or stops the periodic model sync.", .result = "{success:true, message}", .body = kStartStop}},
        {QStringLiteral("GET /api/sync/pending"),
         {.tag = "sync", .summary = "Model changes waiting for review.", .result = "{pending:[{site, model, change:\"add\"|\"remove\", detectedAt}]}"}},
        {QStringLiteral("POST /api/sync/pending/decide"),
         {.tag = "sync",
          .summary = "Approves or rejects pending model changes: one decision object, or an array of them.",
          .result = "{success:true, message, approved, rejected, jobId | null} (approvals run as a job)",
          .body = {{"site", "string", Required, "the site group of the change"},
                   {"model", "string", Required, "the model"},
                   {"decision", "enum:approve|reject", Required, "case-insensitive"}},
          .errors = {{404, "a decision names no queued change (nothing is applied then)"}},
          .bodyOrList = true}},
        {QStringLiteral("GET /api/sync/status"),
         {.tag = "sync", .summary = "Model sync loop state, review settings and the last run.", .result = "<the modelSync object of /api/status> + {reviewMode, removalAfterMisses, pendingChanges, lastRun}"}},
        {QStringLiteral("GET /api/sync/history"),
         {.tag = "sync",
          .summary = "Model sync runs per site group, newest first.",
          .result = "{history:[{id, time, site, added, removed, outcome:\"applied\"|\"queued\"|\"unchanged\"|\"failed\", error}]}",
          .query = {{"limit", "integer:1..1000", Optional, "most entries to list (default 100)"}}}},
        {QStringLiteral("GET /api/sync/settings"),
         {.tag = "sync", .summary = "Review mode (global and per site) and removal after misses.", .result = "{enabled, intervalMinutes, reviewMode, removalAfterMisses, siteOverrides:{<site>: bool}}"}},
        {QStringLiteral("PUT /api/sync/settings"),
         {.tag = "sync",
          .summary = "Changes the model sync review settings; keys left out keep their value.",
          .result = "the settings as GET /api/sync/settings answers them",
          .body = {{"reviewMode", "boolean", Optional, "queue model changes for review instead of applying them; null: back to the default (false)"},
                   {"removalAfterMisses", "integer:1..100", Optional, "syncs a model must be missing before it is removed; null: back to the default (2)"},
                   {"siteOverrides", R"({"type":"object","additionalProperties":{"type":"boolean","nullable":true}})", Optional,
                    "review mode per site name: true, false, or null to follow the global one"}},
          .errors = {{404, "siteOverrides names an unknown site"}},
          .closedBody = true}},

        // --- health ---
        {QStringLiteral("POST /api/check-channels"),
         {.tag = "health", .summary = "Starts a channel health check (no body); answers at once.", .result = "{success:true, message}", .errors = {kBusy}, .async = true}},
        {QStringLiteral("POST /api/check-channels/control"),
         {.tag = "health", .summary = "Starts or stops the channel health monitor.", .result = "{success:true, message, hasInterval, intervalMinutes}", .body = kStartStop}},
        {QStringLiteral("GET /api/failed-channels"),
         {.tag = "health", .summary = "Channels with failures.", .result = "{failedChannels:[{name, failures, threshold, willBeRemoved, lastCheck, detail}]}; detail (why the latest check failed) follows Accept-Language"}},
        {QStringLiteral("POST /api/reset-channel-failures"),
         {.tag = "health",
          .summary = "Resets the failure counter of one channel, or of all.",
          .result = "{success:true, message, reset}",
          .body = {{"channelName", "string", Optional, "the channel; omitted: all channels"}},
          .errors = {{404, "unknown channel"}}}},
        {QStringLiteral("POST /api/channel-deep-probe"),
         {.tag = "health",
          .summary = "Turns the billable deep probe on or off for the site of a channel (every channel of that site): each check then sends one billable request per channel (max_tokens 1, the cheapest model matching no high-cost pattern).",
          .result = "{success:true, message, warning? (when enabled: the cost), data:{site, deepProbe, channels:[{name, probeModel|null}]}}; probeModel null: every model is high cost, the free probe stays",
          .body = {{"channelName", "string", Optional, "a site group of the site (this or siteName is required)"},
                   {"siteName", "string", Optional, "the site"},
                   {"enabled", "boolean", Required, "true: deep probe on"}},
          .errors = {{404, "unknown channel or site"}}}},
        {QStringLiteral("POST /api/manual-recovery/{model}/{channel}"),
         {.tag = "health",
          .summary = "Immediate recovery attempt for a (model, site group) pair (no body).",
          .result = "{success:true, message, result:{scheduled, nextRetry, failures, recovered, restoredKeys, group}}",
          .path = {{"model", "string", Required, "the model; encode '/' as %2F"}, {"channel", "string", Required, "the site group"}},
          .errors = {{404, "unknown channel or model"}}}},
        {QStringLiteral("GET /api/health/history"),
         {.tag = "health",
          .summary = "Health verdicts over time, newest first.",
          .result = "{history:[{channel, time, verdict, detail, successRate?, latencyMs?}]}",
          .query = {{"channel", "string", Optional, "only this site group"},
                    {"since", "date-time", Optional, "only verdicts after this ISO 8601 time"}}}},
        {QStringLiteral("GET /api/health/settings"),
         {.tag = "health",
          .summary = "The thresholds of the health verdict and of recovery, with their defaults and ranges.",
          .result = "{minRequests, criticalSuccessRate, warningSuccessRate, slowAverageMs, maxFailureRate, logWindowHours, recoveryProbes, "
                    "recoveryInitialBackoffSecs, recoveryMaxBackoffSecs, defaults:{…}, ranges:{<key>:{min, max}}}"}},
        {QStringLiteral("PUT /api/health/settings"),
         {.tag = "health",
          .summary = "Changes health thresholds from the next cycle; keys left out keep their value, null restores the default.",
          .result = "the settings as GET /api/health/settings answers them",
          .body = {{"minRequests", "integer:1..100000", Optional, "requests (stats) or final log entries needed for a verdict (default 10)"},
                   {"criticalSuccessRate", "number:0..1", Optional, "log success rate below which a channel is unhealthy (default 0.5)"},
                   {"warningSuccessRate", "number:0..1", Optional, "log success rate below which a channel is unhealthy, a warning; not below the critical rate (default 0.8)"},
                   {"slowAverageMs", "number:1..3600000", Optional, "average request duration above which a channel is unhealthy (default 30000)"},
                   {"maxFailureRate", "number:0..1", Optional, "stats failure rate at or above which a channel is unhealthy (default 0.1)"},
                   {"logWindowHours", "integer:1..168", Optional, "hours of request logs read per check (default 2)"},
                   {"recoveryProbes", "integer:1..100", Optional, "successful probes in a row before a removed channel is restored (default 2)"},
                   {"recoveryInitialBackoffSecs", "integer:1..86400", Optional, "wait after a failed recovery probe, doubling (default 300)"},
                   {"recoveryMaxBackoffSecs", "integer:1..604800", Optional, "longest wait between recovery probes; not below the initial one (default 3600)"}},
          .closedBody = true}},

        // --- layers ---
        {QStringLiteral("POST /api/initialize-architecture"),
         {.tag = "layers",
          .summary = "Runs the three-layer reconciliation and writes api.yaml (no body); answers when done.",
          .result = "{success, message, result:{siteGroups, modelChannelGroups, aggregateGroups, totalModels}, report:{created, updated, deleted, …}}",
          .async = true}},
        {QStringLiteral("GET /api/architecture-status"),
         {.tag = "layers", .summary = "Layer counts and recovery state.", .result = "{layers:{layer1:{name, count, groups}, …}, recovery:{scheduled, failed}} or null",
          .query = {{"names", "integer:0..", Optional, "most group names per layer (default all; the count stays)"}}}},
        {QStringLiteral("GET /api/architecture-stats"),
         {.tag = "layers", .summary = "Same as architecture-status inside an envelope.", .result = "{success:true, message, data:<architecture status>}"}},
        {QStringLiteral("GET /api/plan"),
         {.tag = "layers", .summary = "Dry run: the operations a reconciliation would do now.", .result = "{operations:[{op, instance, group, detail}], summary:{create, update, delete}, skipped, clashes, warnings, formatConflicts:[{model, format, leftOutFormat, leftOut}], unreachableInstances}"}},
        {QStringLiteral("GET /api/adoption/preview"),
         {.tag = "layers",
          .summary = "A layout left by the original uni-load in gpt-load, and what importing it would do.",
          .result = "{siteGroups, modelChannelGroups, aggregateGroups, legacyGroups, ignored, unreachableInstances, counts:{siteGroups:{all, new}, modelChannelGroups, aggregateGroups}, newRecords (how many groups an import would record)}",
          .query = {{"recorded", "string", Optional, "0: leave the groups already recorded out of the lists"}}}},
        {QStringLiteral("POST /api/adoption/import"),
         {.tag = "layers", .summary = "Records the original uni-load's layout in the state store, then reconciles once (no body).", .result = "{imported, result}"}},
        {QStringLiteral("POST /api/adoption/migrate-keys"),
         {.tag = "layers", .summary = "Reconciles so L2/L3 pools hold the hop key instead of the instance admin key (no body).", .result = "the reconciliation report",
          .async = true}},
        {QStringLiteral("POST /api/adoption/delete-legacy"),
         {.tag = "layers",
          .summary = "Deletes the named legacy two-layer groups of the original.",
          .result = "{deleted, errors, uniApi}",
          .body = {{"names", "string[]", Required, "the legacy groups to delete (at least one)"}}}},

        // --- uni-api ---
        {QStringLiteral("GET /api/uniapi/providers"),
         {.tag = "uniapi", .summary = "Providers in api.yaml that uni-load manages (no keys).", .result = "{providers:[…]}"}},
        {QStringLiteral("GET /api/uniapi/backups"), {.tag = "uniapi", .summary = "Backups of api.yaml.", .result = "{backups:[{name, time, size}]}"}},
        {QStringLiteral("POST /api/uniapi/client-key"),
         {.tag = "uniapi",
          .summary = "The client key uni-load wrote into an api.yaml it created, once (it stays in api.yaml's api_keys).",
          .result = "{success:true, message, data:{clientKey}}",
          .errors = {{404, "code NO_NEW_CLIENT_KEY: none is waiting (no api.yaml was created, or the key was shown already)"}}}},
        {QStringLiteral("POST /api/uniapi/restore"),
         {.tag = "uniapi",
          .summary = "Restores a backup of api.yaml.",
          .result = "{success:true, message, result}",
          .body = {{"name", "string", Required, "the backup's name as GET /api/uniapi/backups lists it"}},
          .errors = {{404, "unknown backup"}}}},
        {QStringLiteral("GET /api/uniapi/preview"),
         {.tag = "uniapi",
          .summary = "The api.yaml write a reconciliation would make now, as a unified diff (keys masked); writes nothing.",
          .result = "{success:true, message, data:{path, changed, createsFile, bootstraps, diff, summary:{added, changed, adopted, removed}, conflicts, suppressedAliases, providersCount}}",
          .errors = {{400, "no api.yaml path is configured, or api.yaml cannot be read (code UNIAPI_PARSE, …)"}, {503, "no gpt-load instance is reachable"}}}},
        {QStringLiteral("GET /api/uniapi/backups/{name}/preview"),
         {.tag = "uniapi",
          .summary = "What restoring a backup would change: the diff current → backup (keys masked); writes nothing.",
          .result = "{success:true, message, data:{path, changed, createsFile, bootstraps, diff, summary:{added, changed, adopted, removed}, conflicts, suppressedAliases, providersCount}}",
          .errors = {{400, "no api.yaml path is configured, or the backup cannot be restored (code UNIAPI_PARSE, …)"}, {404, "unknown backup"}}}},

        // --- keys ---
        {QStringLiteral("POST /api/proxy-keys/rotate"),
         {.tag = "keys",
          .summary = "Rotates the hop and/or gateway proxy key without downtime; answers when done.",
          .result = "{success:true, message, data:{hopKeyPreview, gatewayKeyPreview}} (masked)",
          .body = {{"hop", "boolean", Optional, "rotate the hop key (L2/L3 pools)"}, {"gateway", "boolean", Optional, "rotate the gateway key (uni-api)"}},
          .bodyRequired = true}},

        // --- models ---
        {QStringLiteral("GET /api/models"),
         {.tag = "layers",
          .summary = "Every model with its L3 groups (one per format) and, per site group offering it, the L2, membership and weight.",
          .result = "{models:[{model, groups:[{name, format, instance, noHealthyMember, activeMembers}], channels:[{siteGroup, site, format, "
                    "instance, modelChannel, member, modelGroup, weight, weightSource, state}]}], matchingModels, offset, totalModels, siteGroups}",
          .query = {{"q", "string", Optional, "keep the models whose name contains this (case-insensitive)"},
                    {"offset", "integer:0..", Optional, "skip this many matching models (default 0)"},
                    {"limit", "integer:1..100000", Optional, "most models to list (default all)"}}}},
        {QStringLiteral("PUT /api/models/weights"),
         {.tag = "layers",
          .summary = "Sets the operator's weights of L3 members and applies them to gpt-load; answers when done.",
          .result = "{success:true, message, data:{changed, models, reconcile?, errors?}}",
          .body = {{"weights",
                    R"({"type":"array","minItems":1,"maxItems":1000,"items":{"type":"object","required":["modelGroup","siteGroup","weight"],)"
                    R"("properties":{"modelGroup":{"type":"string"},"siteGroup":{"type":"string"},"weight":{"type":"integer","minimum":1,"maximum":1000}}}})",
                    Required, "per member: its model group (L3 name), the site group whose L2 it is, and the weight"}},
          .errors = {{404, "the site group is not a member of that model group"}}}},
        {QStringLiteral("POST /api/models/weights/optimize"),
         {.tag = "layers",
          .summary = "Weight optimization now: each member's weight from its L2 group's failure rate (weights set by hand are kept unless "
                     "included); a dry run only proposes. Answers when done.",
          .result = "{success:true, message, data:{trigger, dryRun, modelGroups, statsRead, statsFailed, changed, models, summary, "
                    "proposals:[{model, modelGroup, modelChannel, currentWeight, currentSource, proposedWeight, decision, requests?, "
                    "failedRequests?, failureRate?, statsError?}], reconcile?, errors?}}",
          .body = {{"dryRun", "boolean", Optional, "read the stats and propose; change nothing"},
                   {"includeOperatorWeights", "boolean", Optional, "hand the weights set by hand to the optimizer too"}},
          .errors = {kBusy},
          .async = true}},

        // --- session ---
        {QStringLiteral("GET /api/session"),
         {.tag = "session", .summary = "Whether the caller is authenticated (token or the web console's session cookie).", .result = "{authenticated, method, authRequired, expiresAt?}"}},
        {QStringLiteral("POST /api/session"),
         {.tag = "session",
          .summary = "Web console login: sets an HttpOnly SameSite=Strict session cookie.",
          .result = "{success:true, authenticated:true, method, expiresAt?}",
          .body = {{"token", "string", Required, "the API token"}},
          .errors = {{401, "wrong token"}, {403, "a browser request from another origin"}}}},
        {QStringLiteral("DELETE /api/session"),
         {.tag = "session", .summary = "Web console logout.", .result = "{success:true}", .errors = {{403, "a browser request from another origin"}}}},

        // --- cleanup ---
        {QStringLiteral("POST /api/cleanup-channels"),
         {.tag = "cleanup",
          .summary = "Starts a connectivity cleanup: unreachable site groups leave the model groups; answers at once.",
          .result = "{success:true, message}",
          .body = kCleanupOptions,
          .errors = {kBusy},
          .async = true}},
        {QStringLiteral("POST /api/cleanup-channels/preview"),
         {.tag = "cleanup",
          .summary = "What a connectivity cleanup would remove (always a dry run); answers when the checks are done.",
          .result = "{success:true, message, results:{totalSiteGroups, disconnectedChannels, affectedModelGroups, cleanedUpstreams, errors, …}}",
          .body = kCleanupOptions}},
        {QStringLiteral("POST /api/cleanup-channels/manual"),
         {.tag = "cleanup",
          .summary = "Removes the named site groups from the model groups.",
          .result = "{success:true, message, results:{targetChannels, affectedModelGroups, cleanedUpstreams, unknownChannels, errors}}",
          .body = {{"channelNames", "string[]", Required, "site groups to remove (at least one)"},
                   {"dryRun", "boolean", Optional, "only report what would be removed (default false)"}},
          .errors = {{404, "none of the names is a site group"}}}},
        {QStringLiteral("GET /api/cleanup-history"),
         {.tag = "cleanup", .summary = "The last cleanup runs, newest first.", .result = "{history:[{timestamp, disconnectedChannels, affectedModelGroups, cleanedUpstreams, errors, dryRun, manual}]}"}},
        {QStringLiteral("POST /api/maintenance/delete-model-groups"),
         {.tag = "cleanup",
          .summary = "Deletes every L2/L3 group and provider uni-load manages (the original takes no body); dryRun lists what would go and changes nothing.",
          .result = "{success, message, results:{deletedGroups, failedGroups, cleanedProviders, errors, deletedGroupNames, uniApi, dryRun?}}",
          .body = {{"dryRun", "boolean", Optional, "true: a preview that deletes nothing (default false)"}},
          .async = true,
          .closedBody = true}},
        {QStringLiteral("GET /api/demo/sites"),
         {.tag = "sites",
          .summary = "Under --demo: the simulated sites a newcomer may add (they take any key; no keys are listed). Otherwise demo is false.",
          .result = "{success:true, data:{demo, sites:[{baseUrl, channelTypes, siteName?, onboarded}]}}"}},
        {QStringLiteral("GET /api/temp-groups/stats"),
         {.tag = "cleanup", .summary = "Temporary discovery groups per instance.", .result = "{success:true, message, data:{totalTempGroups, instanceStats}}"}},
        {QStringLiteral("POST /api/temp-groups/cleanup"),
         {.tag = "cleanup", .summary = "Deletes every temporary group (no body).", .result = "{success:true, message, data:{totalCleaned, instanceResults}}"}},
        {QStringLiteral("POST /api/temp-groups/cleanup-old"),
         {.tag = "cleanup",
          .summary = "Deletes temporary groups older than hoursOld; groups of unknown age are kept.",
          .result = "{success:true, message, data:{totalCleaned, instanceResults}}",
          .body = {{"hoursOld", "number:0..87600", Optional, "age in hours, fractions allowed (default 24)"}}}},

        // --- settings ---
        {QStringLiteral("GET /api/settings"),
         {.tag = "settings",
          .summary = "Every setting with its effective value and origin; secrets masked.",
          .result = "{settings:[{name, group, type, description, default, value, origin, source, saved, secret, informational, overridden, restartRequired, settable, choices?}]}",
          .errors = {{503, "settings are not available in this process"}}}},
        {QStringLiteral("PUT /api/settings"),
         {.tag = "settings",
          .summary = "Saves settings for the next start: {NAME: value | null}. API_TOKEN cannot be set here.",
          .result = "{success:true, message, restartRequired:true, warnings, settings:[…]}",
          .errors = {{503, "settings are not available in this process"}},
          .bodyRequired = true,
          .closedBody = true,
          .bodySchema = settingsBody}},
    };
    return table;
}

} // namespace ul::OpenApiDocs
