#pragma once

// Carries HTTP attempts on QNetworkAccessManagers that live in a thread of their own.
//
// Qt 6.4's QNetworkAccessManager talks to its HTTP thread through the thread that owns it: a
// POST's body is handed over on request (the HTTP thread asks the owner for the bytes), and the
// start of each request and every part of its answer are queued events in the owner's loop. In
// the busy engine thread each of those waits behind the work of other answers, which added
// about 5 ms to every 20 ms gpt-load call at 10 calls in flight (tests/bench/README.md). Here
// the owner is a thread that does nothing else, and the engine sees one queued event per answer.
//
// The WireThread object itself lives in (and is used from) the engine thread.

#include "core/gptload/httptypes.h"

#include <QHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QThread>

#include <functional>

class QNetworkAccessManager;

namespace ul {

class WireWorker;

// One attempt to put on the wire.
struct WireRequest
{
    HttpMethod method = HttpMethod::Get;
    QNetworkRequest request;
    QByteArray body;
    bool ignoreSslErrors = false;  // the target's explicit tls_insecure opt-out
    qint64 maxResponseBytes = kSiteMaxResponseBytes;  // HttpRequestSpec::maxResponseBytes
};

// What came back: an HTTP status (> 0) with headers and body, or a transport error.
struct WireAnswer
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    // The body was longer than the request's maxResponseBytes: it was not kept (`body` is empty),
    // and the reply was aborted as soon as that was known, closing its connection.
    bool tooLarge = false;
};

// Sends `request` with its method on `network` (any thread: the manager's own). Its answer is
// read with an AnswerReader (answerreader.h), which enforces maxResponseBytes.
QNetworkReply *sendWireRequest(QNetworkAccessManager *network, const WireRequest &request);

class WireThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireThread)

public:
    using Done = std::function<void(const WireAnswer &)>;
    using Id = quint64;

    explicit WireThread(QObject *parent = nullptr);
    // Aborts what is on the wire and joins the thread; pending `done` callbacks are dropped.
    ~WireThread() override;

    // Starts the attempt; `done` runs later in this object's thread, unless abort(id) came first.
    Id send(const WireRequest &request, Done done);
    // Drops the attempt: its `done` never runs; the connection carrying it is closed.
    void abort(Id id);
    int inFlight() const { return int(m_pending.size()); }

private:
    void deliver(Id id, const WireAnswer &answer);

    friend class WireWorker;
    QThread m_thread;
    WireWorker *m_worker = nullptr;  // lives in m_thread
    QHash<Id, Done> m_pending;
    Id m_nextId = 1;
};

} // namespace ul
