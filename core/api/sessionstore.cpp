#include "core/api/sessionstore.h"

#include "core/common/clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace ul {

SessionStore::SessionStore(SessionOptions options, const Clock *clock)
    : m_options(options), m_clock(clock ? clock : Clock::system())
{
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

bool SessionStore::loginAllowed(const QHostAddress &client) const
{
    const auto it = m_failures.constFind(client.toString());
    if (it == m_failures.cend())
        return true;
    if (it->windowStart.addSecs(m_options.failedLoginWindowSecs) <= now())
        return true;
    return it->count < m_options.maxFailedLogins;
}

void SessionStore::recordFailedLogin(const QHostAddress &client)
{
    const QDateTime t = now();
    // Bounded: forget windows that have ended before remembering a new address.
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it->windowStart.addSecs(m_options.failedLoginWindowSecs) <= t)
            it = m_failures.erase(it);
        else
            ++it;
    }
    Failures &f = m_failures[client.toString()];
    if (f.count == 0)
        f.windowStart = t;
    ++f.count;
}

void SessionStore::clearFailedLogins(const QHostAddress &client)
{
    m_failures.remove(client.toString());
}

} // namespace ul
