#include "core/api/httprequestparser.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace ul {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// The first byte of a request line (or the CR of an empty line before it).
bool startsRequest(char c)
{
    return isTokenChar(c) || c == '\r';
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII and (leniently) bytes above 0x7f; never spaces or control characters.
bool isTargetText(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return !s.isEmpty();
}

bool hasControlChars(const QByteArray &value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

QList<QByteArray> commaList(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray item = part.trimmed().toLower();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

constexpr qsizetype kMaxChunkSizeLine = 4096;
constexpr qint64 kUnboundedLength = std::numeric_limits<qint64>::max();

} // namespace

QByteArray HttpRequestMessage::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

void HttpRequestParser::append(const QByteArray &bytes)
{
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const QByteArray &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return Step::Failed;
}

bool HttpRequestParser::takeLine(QByteArray &line)
{
    const qsizetype end = m_buffer.indexOf('\n', m_pos);
    if (end < 0)
        return false;
    qsizetype len = end - m_pos;
    if (len > 0 && m_buffer.at(end - 1) == '\r')
        --len;
    line = m_buffer.mid(m_pos, len);
    m_pos = end + 1;
    return true;
}

HttpRequestParser::Step HttpRequestParser::parse()
{
    QByteArray line;
    for (;;) {
        switch (m_state) {
        case State::RequestLine:
            // A request starts with a method token; anything else (a TLS hello sent to the plain
            // port, say) is refused at its first byte rather than after the head timeout.
            if (!takeLine(line)) {
                if (bufferedBytes() > 0 && !startsRequest(m_buffer.at(m_pos)))
                    return fail(400, "not an HTTP request");
                // + 1: the partial line may end in the CR of its line end.
                if (bufferedBytes() > m_limits.maxRequestLineBytes + 1)
                    return fail(414, "request line too long");
                return Step::NeedMore;
            }
            if (line.isEmpty())
                continue;  // RFC 9112 §2.2: empty lines before a request are ignored
            if (!startsRequest(line.at(0)))
                return fail(400, "not an HTTP request");
            if (line.size() > m_limits.maxRequestLineBytes)
                return fail(414, "request line too long");
            if (const Step s = parseRequestLine(line); s != Step::NeedMore)
                return s;
            break;
        case State::Headers:
        case State::Trailers:
            if (!takeLine(line)) {
                if (m_headBytes + bufferedBytes() > m_limits.maxHeaderBytes)
                    return fail(431, "request headers too large");
                return Step::NeedMore;
            }
            m_headBytes += line.size() + 2;
            if (m_headBytes > m_limits.maxHeaderBytes)
                return fail(431, "request headers too large");
            if (line.isEmpty()) {
                if (m_state == State::Trailers)
                    return ready();
                if (const Step s = finishHead(); s != Step::NeedMore)
                    return s;
                break;
            }
            if (m_state == State::Trailers)
                break;  // trailer fields are read and dropped
            if (const Step s = parseHeaderLine(line); s != Step::NeedMore)
                return s;
            break;
        case State::Body:
            return takeBodyBytes() ? ready() : Step::NeedMore;
        case State::ChunkSize: {
            if (!takeLine(line)) {
                if (bufferedBytes() > kMaxChunkSizeLine + 1)
                    return fail(400, "chunk size line too long");
                return Step::NeedMore;
            }
            if (const Step s = parseChunkSizeLine(line); s != Step::NeedMore)
                return s;
            break;
        }
        case State::ChunkData:
            if (!takeBodyBytes())
                return Step::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd:
            if (!takeLine(line))
                return bufferedBytes() > 2 ? fail(400, "chunk data longer than its size") : Step::NeedMore;
            if (!line.isEmpty())
                return fail(400, "chunk data longer than its size");
            m_state = State::ChunkSize;
            break;
        case State::Done:
            return Step::Ready;
        case State::Closed:
            return Step::NeedMore;
        case State::Failed:
            return Step::Failed;
        }
    }
}

bool HttpRequestParser::takeBodyBytes()
{
    const qint64 n = std::min<qint64>(m_remaining, bufferedBytes());
    m_current.body.append(m_buffer.constData() + m_pos, n);
    m_pos += n;
    m_remaining -= n;
    return m_remaining == 0;
}

HttpRequestParser::Step HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !isTargetText(parts[1]))
        return fail(400, "malformed request line");
    const QByteArray &version = parts[2];
    if (version == "HTTP/1.1") {
        m_current.minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_current.minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && std::isdigit(static_cast<unsigned char>(version[5]))
               && version[6] == '.' && std::isdigit(static_cast<unsigned char>(version[7]))) {
        return fail(505, "HTTP version not supported");
    } else {
        return fail(400, "malformed request line");
    }
    m_current.method = parts[0];
    m_current.target = parts[1];
    m_state = State::Headers;
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, "folded header lines are not accepted");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon)))
        return fail(400, "malformed header line");
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (hasControlChars(value))
        return fail(400, "control characters in a header value");
    if (m_current.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, "too many request headers");
    m_current.headers.append({line.left(colon).toLower(), value});
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::parseChunkSizeLine(const QByteArray &line)
{
    if (line.size() > kMaxChunkSizeLine)
        return fail(400, "chunk size line too long");
    qsizetype digits = 0;
    qint64 size = 0;
    bool tooLarge = false;
    while (digits < line.size()) {
        const char c = line.at(digits);
        int v = -1;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
        if (v < 0)
            break;
        if (size > (kUnboundedLength >> 4))
            tooLarge = true;
        else
            size = size * 16 + v;
        ++digits;
    }
    const QByteArray rest = line.mid(digits).trimmed();
    if (digits == 0 || (!rest.isEmpty() && !rest.startsWith(';')))
        return fail(400, "malformed chunk size");
    if (tooLarge || size > m_limits.maxBodyBytes - m_current.bodyLength)
        return refuseBody(tooLarge ? kUnboundedLength : m_current.bodyLength + size);
    m_current.bodyLength += size;
    m_remaining = size;
    m_state = size == 0 ? State::Trailers : State::ChunkData;
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::finishHead()
{
    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    QList<QByteArray> connection;
    int hosts = 0;
    bool transferEncoding = false;
    bool expectContinue = false;
    for (const auto &h : std::as_const(m_current.headers)) {
        if (h.first == "content-length") {
            for (const QByteArray &v : h.second.split(','))
                lengths.append(v.trimmed());
        } else if (h.first == "transfer-encoding") {
            transferEncoding = true;
            codings += commaList(h.second);
        } else if (h.first == "connection") {
            connection += commaList(h.second);
        } else if (h.first == "host") {
            ++hosts;
        } else if (h.first == "expect") {
            expectContinue = h.second.toLower() == "100-continue";
        }
    }
    if (hosts > 1)
        return fail(400, "more than one Host header");
    m_current.keepAlive = m_current.minorVersion >= 1 ? !connection.contains("close") : connection.contains("keep-alive");

    if (transferEncoding) {
        // Both framings at once is how requests are smuggled past proxies (RFC 9112 §6.1).
        if (!lengths.isEmpty())
            return fail(400, "both Transfer-Encoding and Content-Length");
        if (m_current.minorVersion == 0)
            return fail(400, "Transfer-Encoding in an HTTP/1.0 request");
        if (codings.isEmpty() || codings.last() != "chunked")
            return fail(400, "request body not chunked");
        if (codings.size() > 1)
            return fail(501, "transfer codings other than chunked are not supported");
        m_continue = expectContinue;
        m_state = State::ChunkSize;
        return Step::NeedMore;
    }

    qint64 length = 0;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const QByteArray &v = lengths[i];
        if (v.isEmpty() || !std::all_of(v.cbegin(), v.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail(400, "invalid Content-Length");
        if (i > 0 && v != lengths[0])
            return fail(400, "conflicting Content-Length values");
    }
    if (!lengths.isEmpty()) {
        const QByteArray digits = lengths[0];
        bool ok = false;
        length = digits.size() > 18 ? kUnboundedLength : digits.toLongLong(&ok);
        if (digits.size() <= 18 && !ok)
            return fail(400, "invalid Content-Length");
    }
    if (length > m_limits.maxBodyBytes)
        return refuseBody(length);
    m_current.bodyLength = length;
    m_remaining = length;
    if (length == 0)
        return ready();
    m_continue = expectContinue;
    m_state = State::Body;
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::refuseBody(qint64 length)
{
    m_current.body.clear();
    m_current.bodyLength = length;
    m_current.bodyRefused = true;
    m_current.keepAlive = false;
    m_continue = false;
    return ready();
}

HttpRequestParser::Step HttpRequestParser::ready()
{
    m_state = State::Done;
    m_continue = false;  // the body is all here: nothing to invite
    return Step::Ready;
}

HttpRequestMessage HttpRequestParser::takeRequest()
{
    HttpRequestMessage out = std::move(m_current);
    m_current = HttpRequestMessage{};
    m_headBytes = 0;
    m_remaining = 0;
    m_continue = false;
    // The rest of a refused body is still on the wire: nothing after it can be framed.
    m_state = out.bodyRefused ? State::Closed : State::RequestLine;
    return out;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool c = m_continue;
    m_continue = false;
    return c;
}

} // namespace ul
