#include "core/onboarding/onboardingservices.h"

#include "core/common/clock.h"
#include "core/common/redactor.h"
#include "core/engine/enginecore.h"
#include "core/log/categories.h"
#include "core/sites/groupnames.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ul {

StateStore &OnboardingServices::store() const
{
    return core->store();
}

InstanceRegistry &OnboardingServices::instances() const
{
    return core->instances();
}

Clock *OnboardingServices::clock() const
{
    return core->clock();
}

QString OnboardingServices::hopKey() const
{
    return core->proxyKeys().hop;
}

int OnboardingServices::requestTimeoutMs() const
{
    return core->options().requestTimeoutMs;
}

QString OnboardingServices::nextTempGroupName() const
{
    qint64 ms = clock()->nowMs();
    if (lastTempGroupMs) {
        ms = std::max(ms, *lastTempGroupMs + 1);
        *lastTempGroupMs = ms;
    }
    return tempGroupName(ms);
}

void StepLog::record(const QString &op, const QString &instanceId, const QString &target, const QString &outcome,
                     const QString &detail)
{
    const QString safeDetail = Redactor::text(detail);
    m_steps.append({op, instanceId, target, outcome, safeDetail});
    if (m_context)
        m_context->journal(op, instanceId, target, outcome, safeDetail);
    const QString line = QStringLiteral("%1 %2%3: %4%5")
                             .arg(op, target, instanceId.isEmpty() ? QString() : QStringLiteral(" on ") + instanceId, outcome,
                                  safeDetail.isEmpty() ? QString() : QStringLiteral(" (") + safeDetail + QLatin1Char(')'));
    if (outcome == QLatin1String("failed"))
        qCWarning(lcSites).noquote() << line;
    else
        qCInfo(lcSites).noquote() << line;
}

Error stepFailure(const Error &cause, const QString &step, const InstanceRef &instance)
{
    Error error = cause;
    const bool keepKind = cause.kind == ErrorKind::Cancelled || cause.kind == ErrorKind::Unavailable
                          || cause.kind == ErrorKind::Conflict;
    if (!keepKind)
        error.kind = ErrorKind::Upstream;
    if (error.code.isEmpty())
        error.code = errorKindName(cause.kind).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString where = instance.isEmpty() ? QString() : QStringLiteral(" on gpt-load %1").arg(instance.label());
    const QString code = cause.code.isEmpty() ? QString() : QStringLiteral(" [gpt-load code %1]").arg(cause.code);
    error.message = Redactor::text(QStringLiteral("%1%2 failed: %3%4").arg(step, where, cause.message, code));
    QJsonObject details{{QStringLiteral("step"), step}, {QStringLiteral("code"), error.code}};
    if (!instance.isEmpty())
        details.insert(QStringLiteral("instance"), instance.toJson());
    if (cause.httpStatus != 0)
        details.insert(QStringLiteral("httpStatus"), cause.httpStatus);
    if (!cause.details.isEmpty())
        details.insert(QStringLiteral("cause"), Redactor::text(cause.details));
    error.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return error;
}

QStringList StepLog::created() const
{
    QStringList out;
    for (const OnboardingStep &s : m_steps) {
        const bool made = s.op == QLatin1String("create-group") && (s.outcome == QLatin1String("ok") || s.outcome == QLatin1String("adopted"));
        if (made)
            out.append(s.target + QLatin1Char('@') + s.instanceId);
    }
    return out;
}

} // namespace ul
