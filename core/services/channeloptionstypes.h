#pragma once

#include "core/gptload/stattypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

// Per-channel operator options (uni-load-behaviour.md §8.5, §16.2, §16.3, §23.2): the billable
// deep probe, the test-model override and key validation on request — requests and results.

// POST /api/channel-deep-probe. Deep probe is a setting of the site: it applies to every site
// group (channel) of that site.
struct DeepProbeChange
{
    struct Channel
    {
        QString name;
        QString probeModel;         // the model a deep probe would use; "" = every model is high cost (free probe only)
    };
    QString site;
    bool enabled = false;
    QList<Channel> channels;

    // {site, deepProbe, channels:[{name, probeModel|null}]}
    QJsonObject toJson() const;
};

// GET /api/channels/:channelName/test-model — what the operator can choose from.
struct TestModelOptions
{
    QString channel;
    QString channelType;
    QStringList models;             // the models the channel serves (the only valid overrides)
    QStringList highCostModels;     // those of `models` that get a cost warning as test model (isCostlyTestModel)
    QString override;               // "" = automatic selection
    QString testModel;              // the effective test model (what gpt-load validates keys with)
    QString automatic;              // what the automatic selection (§8.5) picks now
    bool automaticHighCost = false;

    bool isHighCost(const QString &model) const;
    // {channel, channelType, models, highCostModels, override|null, testModel, testModelHighCost,
    //  automatic, automaticHighCost}
    QJsonObject toJson() const;
};

// PUT /api/channels/:channelName/test-model.
struct TestModelChange
{
    QString channel;
    QString previous;               // the effective test model before
    QString testModel;              // the effective test model now (sent to gpt-load as test_model)
    QString override;               // "" = automatic selection
    bool highCost = false;          // testModel matches a high-cost pattern
    QString instanceId;

    bool automatic() const { return override.isEmpty(); }
    // {channel, previous, testModel, override|null, automatic, highCost, warning?}
    QJsonObject toJson() const;
    // The cost warning when highCost, else "".
    QString warning() const;
};

// POST /api/channels/:channelName/validate-keys: gpt-load's validate-group task, polled to its
// end. Counts only — never key values.
struct KeyValidationReport
{
    QString channel;
    QString instanceId;
    QString instanceName;
    QString testModel;
    bool highCost = false;
    qint64 totalKeys = 0;
    qint64 validKeys = 0;
    qint64 invalidKeys = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    double durationSeconds = 0;

    // {channel, instanceId, instanceName, testModel, highCost, totalKeys, validKeys, invalidKeys,
    //  startedAt, finishedAt, durationSeconds}
    QJsonObject toJson() const;
};

// POST /api/channels/:channelName/remove-invalid-keys: gpt-load's clear-all-invalid on the
// channel's L1 group, then its key pool read back. Counts only — never key values.
struct InvalidKeyRemoval
{
    QString channel;
    QString instanceId;
    QString instanceName;
    qint64 removed = 0;
    std::optional<KeyCounts> keys;  // the pool afterwards; none when it could not be read

    // {channel, instanceId, instanceName, removed, keys:{total, active, invalid} | null}
    QJsonObject toJson() const;
};

// The stable code of the error that asks for an explicit confirmation (409).
inline constexpr char kHighCostConfirmationCode[] = "HIGH_COST_CONFIRMATION_REQUIRED";

} // namespace ul
