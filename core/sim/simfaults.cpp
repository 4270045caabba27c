#include "core/sim/simfaults.h"

#include <QObject>
#include <QTimer>

namespace ul {

namespace {

SimFaultRule makeRule(const QByteArray &method, const QString &pathPattern, SimFaultAction action)
{
    SimFaultRule rule;
    rule.method = method;
    rule.pathPattern = pathPattern;
    rule.action = action;
    return rule;
}

} // namespace

SimFaultRule SimFaultRule::respond(const QByteArray &method, const QString &pathPattern, int status,
                                   const QByteArray &body)
{
    SimFaultRule rule = makeRule(method, pathPattern, SimFaultAction::Respond);
    rule.status = status;
    rule.body = body.isNull()
        ? QByteArrayLiteral(R"({"code":"INTERNAL_SERVER_ERROR","message":"injected fault"})")
        : body;
    return rule;
}

SimFaultRule SimFaultRule::delay(const QByteArray &method, const QString &pathPattern, int ms)
{
    SimFaultRule rule = makeRule(method, pathPattern, SimFaultAction::Delay);
    rule.delayMs = ms;
    return rule;
}

SimFaultRule SimFaultRule::hang(const QByteArray &method, const QString &pathPattern)
{
    return makeRule(method, pathPattern, SimFaultAction::Hang);
}

SimFaultRule SimFaultRule::reset(const QByteArray &method, const QString &pathPattern)
{
    return makeRule(method, pathPattern, SimFaultAction::Reset);
}

SimFaultRule SimFaultRule::close(const QByteArray &method, const QString &pathPattern)
{
    return makeRule(method, pathPattern, SimFaultAction::Close);
}

QRegularExpression simGlobToRegex(const QString &pattern)
{
    QString regex;
    regex.reserve(pattern.size() * 2 + 4);
    regex.append(QLatin1Char('^'));
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex.append(QLatin1String(".*"));
        else if (c == QLatin1Char('?'))
            regex.append(QLatin1Char('.'));
        else
            regex.append(QRegularExpression::escape(QString(c)));
    }
    regex.append(QLatin1Char('$'));
    return QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
}

bool simGlobMatch(const QString &pattern, const QString &text)
{
    return simGlobToRegex(pattern).match(text).hasMatch();
}

int SimFaultRules::add(const SimFaultRule &rule)
{
    Entry entry;
    entry.id = m_nextId++;
    entry.rule = rule;
    entry.regex = simGlobToRegex(rule.pathPattern);
    m_rules.append(entry);
    return entry.id;
}

bool SimFaultRules::remove(int id)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == id) {
            m_rules.removeAt(i);
            return true;
        }
    }
    return false;
}

int SimFaultRules::timesFired(int id) const
{
    for (const Entry &entry : m_rules) {
        if (entry.id == id)
            return entry.fired;
    }
    return 0;
}

std::optional<SimFaultRule> SimFaultRules::take(QByteArrayView method, const QString &path)
{
    for (Entry &entry : m_rules) {
        SimFaultRule &rule = entry.rule;
        if (rule.remaining == 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != "*" && method.compare(rule.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!entry.regex.match(path).hasMatch())
            continue;
        if (rule.probability < 1.0 && m_rng.generateDouble() >= rule.probability)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        ++entry.fired;
        return rule;
    }
    return std::nullopt;
}

void simApplyFault(const SimFaultRule &fault, QObject *context, const SimResponder &responder,
                   const std::function<void(const SimResponder &)> &process)
{
    auto later = [context, &fault](std::function<void()> action) {
        if (fault.delayMs > 0)
            QTimer::singleShot(fault.delayMs, context, std::move(action));
        else
            action();
    };
    switch (fault.action) {
    case SimFaultAction::Respond: {
        const SimHttpResponse response{fault.status, fault.contentType, fault.body, {}};
        later([responder, response] { responder.respond(response); });
        return;
    }
    case SimFaultAction::Delay:
        responder.delayAnswer(fault.delayMs);
        process(responder);
        return;
    case SimFaultAction::Hang:
        if (fault.processRequest) {
            responder.dropAnswer(SimDrop::Hang);
            process(responder);
        }
        return;
    case SimFaultAction::Reset:
    case SimFaultAction::Close: {
        const SimDrop drop = fault.action == SimFaultAction::Reset ? SimDrop::Reset : SimDrop::Close;
        if (fault.processRequest) {
            responder.dropAnswer(drop);
            responder.delayAnswer(fault.delayMs);
            process(responder);
            return;
        }
        later([responder, drop] {
            if (drop == SimDrop::Reset)
                responder.reset();
            else
                responder.close();
        });
        return;
    }
    }
}

} // namespace ul
