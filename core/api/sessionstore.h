#pragma once

#include "core/api/apitypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

class QObject;

namespace ul {

class Clock;

struct SessionOptions
{
    qint64 idleTimeoutSecs = 8 * 3600;    // a session unused this long ends
    qint64 maxLifetimeSecs = 24 * 3600;   // and every session ends this long after login
    int maxSessions = 64;                 // the oldest session is dropped beyond this
    // Wrong credentials (login token or bearer token, from anybody) draw on one global bucket:
    // the first failureBurst are answered at once, the bucket refills by one every
    // failureRefillSecs, and each failure beyond it delays its own 401 by failureStepMs more,
    // up to maxFailureDelayMs. A correct token is never refused or delayed.
    int failureBurst = 10;
    qint64 failureRefillSecs = 6;         // 10 a minute
    qint64 failureStepMs = 250;
    qint64 maxFailureDelayMs = 3000;
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

    // Throttling of wrong credentials. Global, not per address: behind a reverse proxy every
    // client has the proxy's address, and a per-address lockout there locks out everybody.
    // Nothing is ever refused: a wrong guess only gets its 401 later, so a correct token (or a
    // live session) works whatever others have tried. Records one failure and returns how long
    // its answer waits, in milliseconds (0 while the burst lasts).
    qint64 recordFailedCredential();
    // The delay the failures currently get (0 when the bucket is not empty), without recording.
    qint64 failureDelayMs() const;
    // Replies at once when delayMs <= 0, else after delayMs on `context`'s thread (dropped when
    // `context` is gone first).
    static void replyAfter(qint64 delayMs, QObject *context, const ApiReply &reply, ApiResponse response);

private:
    static QByteArray keyFor(const QByteArray &id);
    // The bucket's level now: refilled since m_bucketAt, at most failureBurst; negative = owed.
    double bucketLevel() const;
    QDateTime now() const;
    QDateTime expiryFor(const Session &session) const;
    void purgeExpired();

    SessionOptions m_options;
    const Clock *m_clock;
    QHash<QByteArray, Session> m_sessions;  // SHA-256(id) → session
    double m_bucket = 0;                    // level at m_bucketAt (set to the burst on construction)
    QDateTime m_bucketAt;
};

} // namespace ul
