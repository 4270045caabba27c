#include "core/gptload/answerreader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace ul {

AnswerReader::AnswerReader(QNetworkReply *reply, qint64 maxBytes) : m_reply(reply), m_maxBytes(std::max<qint64>(0, maxBytes)) {}

std::shared_ptr<AnswerReader> AnswerReader::watch(QNetworkReply *reply, qint64 maxBytes, QObject *context,
                                                  std::function<void()> tooLong)
{
    std::shared_ptr<AnswerReader> reader(new AnswerReader(reply, maxBytes));
    // Qt hands the window to its HTTP thread only once the request has started there: at once for
    // a request without a body, on the next turn of the event loop for one with a body (this
    // queued call comes right after Qt's own), and anew after a redirect (the headers come again).
    reader->limitWindow();
    QMetaObject::invokeMethod(context, [reader] { reader->limitWindow(); }, Qt::QueuedConnection);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [reader, tooLong] {
        reader->limitWindow();
        if (!reader->take())
            tooLong();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, context, [reader, tooLong] {
        if (!reader->take())
            tooLong();
    });
    return reader;
}

void AnswerReader::limitWindow()
{
    if (m_reply)
        m_reply->setReadBufferSize(std::min(kReadWindowBytes, m_maxBytes + 1));
}

bool AnswerReader::take()
{
    if (m_tooLarge || !m_reply)
        return !m_tooLarge;
    bool announced = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
    // A HEAD answer's Content-Length is that of a body it does not send.
    if (announced && length > m_maxBytes && m_reply->operation() != QNetworkAccessManager::HeadOperation)
        m_tooLarge = true;
    else if (announced && m_body.isEmpty() && length > 0)
        m_body.reserve(length);  // one allocation instead of a copy at every doubling
    // Never more than one byte over the limit: that byte is enough to know.
    const qint64 room = m_maxBytes + 1 - m_body.size();
    if (!m_tooLarge && room > 0 && m_reply->bytesAvailable() > 0)
        m_body += m_reply->read(room);
    if (m_body.size() > m_maxBytes)
        m_tooLarge = true;
    if (m_tooLarge)
        m_body.clear();
    return !m_tooLarge;
}

WireAnswer AnswerReader::answer()
{
    take();
    WireAnswer answer;
    if (!m_reply) {
        answer.error = QNetworkReply::OperationCanceledError;
        answer.errorString = QStringLiteral("the reply was destroyed");
        return answer;
    }
    answer.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        answer.headers = m_reply->rawHeaderPairs();
        answer.tooLarge = true;
    } else if (answer.status > 0) {
        answer.headers = m_reply->rawHeaderPairs();
        answer.body = std::move(m_body);
        m_body.clear();
    } else {
        answer.error = m_reply->error();
        answer.errorString = m_reply->errorString();
    }
    return answer;
}

} // namespace ul
