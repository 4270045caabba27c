#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>

namespace ul {

class Clock;

struct SessionOptions
{
    qint64 idleTimeoutSecs = 8 * 3600;    // a session unused this long ends
    qint64 maxLifetimeSecs = 24 * 3600;   // and every session ends this long after login
    int maxSessions = 64;                 // the oldest session is dropped beyond this
    int maxFailedLogins = 10;             // failed logins per address and window before 429
    qint64 failedLoginWindowSecs = 60;
};

// The web console's login sessions (uni-load-behaviour.md §22.3): the API token is exchanged
// once for a random session id carried in an HttpOnly cookie. Sessions live in memory only (a
// restart logs everybody out) and are looked up by the SHA-256 of the id, so neither a memory
// dump of the table nor the timing of a hash lookup reveals a usable id. Not thread-safe: it
// belongs to the API server's thread.
class SessionStore final
{
public:
    struct Session
    {
        QDateTime createdAt;
        QDateTime lastSeen;
        QDateTime expiresAt;  // the earlier of idle and absolute expiry, as of lastSeen
    };

    explicit SessionStore(SessionOptions options = {}, const Clock *clock = nullptr);

    // Starts a session and returns its id (43 URL-safe characters, 256 random bits).
    QByteArray create();
    // True when `id` names a live session; refreshes its idle timer.
    bool touch(const QByteArray &id);
    // The session behind `id`, without refreshing it; nullptr when none is live.
    const Session *find(const QByteArray &id) const;
    void remove(const QByteArray &id);
    int count() const { return int(m_sessions.size()); }
    const SessionOptions &options() const { return m_options; }

    // Login throttling per client address: false once the address has used up its failures
    // in the current window (the caller answers 429 without checking the token).
    bool loginAllowed(const QHostAddress &client) const;
    void recordFailedLogin(const QHostAddress &client);
    void clearFailedLogins(const QHostAddress &client);

private:
    struct Failures
    {
        QDateTime windowStart;
        int count = 0;
    };
    static QByteArray keyFor(const QByteArray &id);
    QDateTime now() const;
    QDateTime expiryFor(const Session &session) const;
    void purgeExpired();

    SessionOptions m_options;
    const Clock *m_clock;
    QHash<QByteArray, Session> m_sessions;  // SHA-256(id) → session
    QHash<QString, Failures> m_failures;    // client address → failed logins in the window
};

} // namespace ul
