#pragma once

#include "core/sim/simresponder.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace ul {

enum class SimFaultAction {
    Respond,   // answer with a forced status and body instead of handling the request
    Delay,     // handle the request normally, deliver the answer delayMs later
    Hang,      // never answer
    Reset,     // abort the connection with a TCP reset
    Close,     // close the connection without an answer
};

// One fault injection rule, matched by method and path. Build with the factories, refine with
// the chained setters: SimFaultRule::respond("POST", "/api/groups", 500).times(2).
struct SimFaultRule
{
    QByteArray method;                      // empty = any method
    QString pathPattern = QStringLiteral("*");  // glob on the decoded path: '*' any run, '?' one char
    SimFaultAction action = SimFaultAction::Respond;
    int status = 500;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    int delayMs = 0;              // Delay: answer delay; others: wait this long before acting
    bool processRequest = false;  // Hang/Reset/Close: handle the request first (state changes)
    int remaining = -1;           // -1 = every matching request; N = only the next N
    double probability = 1.0;     // fraction of matching requests hit (seeded RNG)

    static SimFaultRule respond(const QByteArray &method, const QString &pathPattern, int status,
                                const QByteArray &body = {});
    static SimFaultRule delay(const QByteArray &method, const QString &pathPattern, int ms);
    static SimFaultRule hang(const QByteArray &method, const QString &pathPattern);
    static SimFaultRule reset(const QByteArray &method, const QString &pathPattern);
    static SimFaultRule close(const QByteArray &method, const QString &pathPattern);

    SimFaultRule &times(int n) { remaining = n; return *this; }
    SimFaultRule &withProbability(double p) { probability = p; return *this; }
    SimFaultRule &afterProcessing() { processRequest = true; return *this; }
    SimFaultRule &after(int ms) { delayMs = ms; return *this; }
};

// Ordered rule list; the first rule that matches and fires wins.
class SimFaultRules
{
public:
    explicit SimFaultRules(quint32 seed = 1) : m_rng(seed) {}

    int add(const SimFaultRule &rule);        // returns an id for remove()
    bool remove(int id);
    void clear() { m_rules.clear(); }
    void reseed(quint32 seed) { m_rng.seed(seed); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    int timesFired(int id) const;

    // Finds the rule that fires for this request and consumes one use of it.
    std::optional<SimFaultRule> take(QByteArrayView method, const QString &path);

private:
    struct Entry
    {
        int id = 0;
        SimFaultRule rule;
        QRegularExpression regex;
        int fired = 0;
    };
    QList<Entry> m_rules;
    QRandomGenerator m_rng;
    int m_nextId = 1;
};

// Glob match where '*' also matches '/'.
bool simGlobMatch(const QString &pattern, const QString &text);
QRegularExpression simGlobToRegex(const QString &pattern);

// Applies a fired fault: either answers/drops on its own, or calls `process` (with the answer
// delayed or dropped as the rule says). `context` owns the timers.
void simApplyFault(const SimFaultRule &fault, QObject *context, const SimResponder &responder,
                   const std::function<void(const SimResponder &)> &process);

} // namespace ul
