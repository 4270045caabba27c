#include "core/api/sessionstore.h"

#include "core/common/clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

namespace ul {

SessionStore::SessionStore(SessionOptions options, const Clock *clock)
    : m_options(options), m_clock(clock ? clock : Clock::system())
{
    m_bucket = std::max(0, m_options.failureBurst);
    m_bucketAt = now();
}

QByteArray SessionStore::keyFor(const QByteArray &id)
{
    return QCryptographicHash::hash(id, QCryptographicHash::Sha256);
}

QDateTime SessionStore::now() const
{
    return m_clock->now();
}

QDateTime SessionStore::expiryFor(const Session &session) const
{
    return std::min(session.lastSeen.addSecs(m_options.idleTimeoutSecs), session.createdAt.addSecs(m_options.maxLifetimeSecs));
}

void SessionStore::purgeExpired()
{
    const QDateTime t = now();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->expiresAt <= t)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

QByteArray SessionStore::create()
{
    purgeExpired();
    while (!m_sessions.isEmpty() && m_sessions.size() >= std::max(1, m_options.maxSessions)) {
        auto oldest = std::min_element(m_sessions.begin(), m_sessions.end(),
                                       [](const Session &a, const Session &b) { return a.createdAt < b.createdAt; });
        m_sessions.erase(oldest);
    }
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), int(words.size() * sizeof(quint32)));
    const QByteArray id = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    Session session;
    session.createdAt = now();
    session.lastSeen = session.createdAt;
    session.expiresAt = expiryFor(session);
    m_sessions.insert(keyFor(id), session);
    return id;
}

const SessionStore::Session *SessionStore::find(const QByteArray &id) const
{
    if (id.isEmpty())
        return nullptr;
    const auto it = m_sessions.constFind(keyFor(id));
    if (it == m_sessions.cend() || it->expiresAt <= now())
        return nullptr;
    return &it.value();
}

bool SessionStore::touch(const QByteArray &id)
{
    if (id.isEmpty())
        return false;
    const auto it = m_sessions.find(keyFor(id));
    if (it == m_sessions.end())
        return false;
    const QDateTime t = now();
    if (it->expiresAt <= t) {
        m_sessions.erase(it);
        return false;
    }
    it->lastSeen = t;
    it->expiresAt = expiryFor(*it);
    return true;
}

void SessionStore::remove(const QByteArray &id)
{
    if (!id.isEmpty())
        m_sessions.remove(keyFor(id));
}

double SessionStore::bucketLevel() const
{
    const double refillMs = double(std::max<qint64>(1, m_options.failureRefillSecs)) * 1000.0;
    const double refilled = m_bucket + double(std::max<qint64>(0, m_bucketAt.msecsTo(now()))) / refillMs;
    return std::min(refilled, double(std::max(0, m_options.failureBurst)));
}

qint64 SessionStore::failureDelayMs() const
{
    const double level = bucketLevel();
    if (level >= 0)
        return 0;
    const double step = double(std::max<qint64>(0, m_options.failureStepMs));
    return std::min(m_options.maxFailureDelayMs, qint64(std::ceil(-level * step)));
}

qint64 SessionStore::recordFailedCredential()
{
    // What is owed is bounded by the longest delay, so the bucket recovers within
    // (maxFailureDelayMs / failureStepMs) * failureRefillSecs once an attack stops.
    const double maxOwed = m_options.failureStepMs > 0 ? std::ceil(double(m_options.maxFailureDelayMs) / double(m_options.failureStepMs)) : 0.0;
    m_bucket = std::max(bucketLevel() - 1.0, -maxOwed);
    m_bucketAt = now();
    return failureDelayMs();
}

void SessionStore::replyAfter(qint64 delayMs, QObject *context, const ApiReply &reply, ApiResponse response)
{
    if (delayMs <= 0 || !context) {
        reply(std::move(response));
        return;
    }
    QTimer::singleShot(std::chrono::milliseconds(delayMs), context, [reply, response = std::move(response)]() { reply(response); });
}

} // namespace ul
