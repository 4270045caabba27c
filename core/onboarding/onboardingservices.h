#pragma once

#include "core/engine/job.h"
#include "core/onboarding/futurechain.h"
#include "core/onboarding/onboardingtypes.h"

#include <QList>
#include <QString>

#include <memory>

namespace ul {

class Clock;
class EngineCore;
class HttpClient;
class InstanceRegistry;
class StateStore;

// What the onboarding pieces share: the engine core (store, instances, proxy keys, clock), the
// HTTP client for AI sites, the liveness flag of SiteOnboarding and the temp-group name source.
// A cheap value; engine thread only.
struct OnboardingServices
{
    EngineCore *core = nullptr;
    HttpClient *siteHttp = nullptr;
    AliveFlag alive;
    std::shared_ptr<qint64> lastTempGroupMs;  // names are unique even when the clock stands still

    StateStore &store() const;
    InstanceRegistry &instances() const;
    Clock *clock() const;
    QString hopKey() const;
    int requestTimeoutMs() const;
    // `temp-test-<epoch ms>`, strictly increasing within this process.
    QString nextTempGroupName() const;
};

// The steps of one operation: each goes to the operations journal (when a job runs), to the
// log (category uniload.sites) and into the report's `steps`.
class StepLog final
{
public:
    explicit StepLog(JobContextPtr context = {}) : m_context(std::move(context)) {}

    void record(const QString &op, const QString &instanceId, const QString &target, const QString &outcome,
                const QString &detail = QString());
    const QList<OnboardingStep> &steps() const { return m_steps; }
    // Targets of successful create / adopt steps, "group@instance", for failure reports.
    QStringList created() const;

private:
    JobContextPtr m_context;
    QList<OnboardingStep> m_steps;
};

using StepLogPtr = std::shared_ptr<StepLog>;

// The error of a failed step: the message names the step, the instance and gpt-load's code
// ("create site group x-openai on gpt-load 'Local' (local) failed: … [gpt-load code
// VALIDATION_FAILED]"). Answers from gpt-load or the site become Upstream errors (HTTP 502
// through the API) whatever gpt-load's status was; Cancelled, Unavailable and Conflict keep
// their kind. `details` is a JSON object {step, instance:{id,name}, code, httpStatus}.
Error stepFailure(const Error &cause, const QString &step, const InstanceRef &instance);

} // namespace ul
