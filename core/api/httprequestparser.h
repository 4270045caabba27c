#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ul {

// What one connection may send before it is refused (RFC 9112 leaves the figures to servers).
struct HttpLimits
{
    qsizetype maxRequestLineBytes = 8 * 1024;   // longer → 414
    qsizetype maxHeaderBytes = 64 * 1024;       // all header lines together; more → 431
    int maxHeaderCount = 100;                   // more → 431
    qint64 maxBodyBytes = 10 * 1024 * 1024;     // MAX_REQUEST_SIZE; larger bodies are not read
    int idleTimeoutMs = 60 * 1000;              // a kept-alive connection with nothing to do
    int headTimeoutMs = 30 * 1000;              // from a request's first byte to its last header
    int bodyStallTimeoutMs = 30 * 1000;         // a body that stops arriving
    int bodyTimeoutMs = 120 * 1000;             // from the last header to the last body byte, however it trickles
    int lingerMs = 2000;                        // reading and dropping after the final answer
};

// One HTTP/1.x request as received.
struct HttpRequestMessage
{
    QByteArray method;                              // as sent (methods are case-sensitive)
    QByteArray target;                              // the request-target, as sent
    int minorVersion = 1;                           // HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers;   // names lower-cased, values trimmed
    QByteArray body;
    qint64 bodyLength = 0;      // bytes announced or received; above body.size() when refused
    bool bodyRefused = false;   // above maxBodyBytes: not read, the connection closes after the answer
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const;
};

// An incremental HTTP/1.1 request parser (RFC 9112): bytes go in as they arrive, complete
// requests come out in order (pipelining), and a malformed or oversized request becomes an
// error status instead of unbounded buffering. Pure: no sockets, no Qt event loop.
class HttpRequestParser
{
public:
    enum class Step { NeedMore, Ready, Failed };

    explicit HttpRequestParser(HttpLimits limits = {}) : m_limits(limits) {}

    void append(const QByteArray &bytes);
    Step parse();

    // After Ready: the request, and the parser moves on to the next one.
    HttpRequestMessage takeRequest();
    // After Failed: the status to answer with (400, 413, 414, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

    // True once per request whose head asked "Expect: 100-continue" and whose body will be read.
    bool takeContinueRequest();

    bool inHead() const { return m_state == State::RequestLine || m_state == State::Headers; }
    // While a body is being read: the request's head (method, target, headers; no body yet).
    const HttpRequestMessage *headAwaitingBody() const
    {
        return m_state == State::Body || m_state == State::ChunkSize || m_state == State::ChunkData || m_state == State::ChunkDataEnd
                || m_state == State::Trailers
            ? &m_current
            : nullptr;
    }
    bool hasPartialRequest() const { return m_state != State::RequestLine || m_pos < m_buffer.size(); }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class State { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Closed, Failed };

    Step fail(int status, const QByteArray &message);
    // A line without its line end; false when the buffer holds no full line yet.
    bool takeLine(QByteArray &line);
    // Moves buffered body bytes of the body or chunk in progress; true when it is complete.
    bool takeBodyBytes();
    Step parseRequestLine(const QByteArray &line);
    Step parseHeaderLine(const QByteArray &line);
    // "<hex size>[;extensions]": the next chunk, or the trailers after the last one.
    Step parseChunkSizeLine(const QByteArray &line);
    Step finishHead();
    Step refuseBody(qint64 length);
    Step ready();

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    State m_state = State::RequestLine;
    HttpRequestMessage m_current;
    qsizetype m_headBytes = 0;
    qint64 m_remaining = 0;     // of the body or of the current chunk
    bool m_continue = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace ul
