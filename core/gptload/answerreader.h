#pragma once

// Reads the answer body of one QNetworkReply as it arrives and stops it at a size limit.
//
// Qt 6.4 cannot be trusted to show an answer's size while it arrives: its HTTP thread hands
// the bytes to the reply through queued events, and the reply emits readyRead only after it has
// taken every queued piece, so a stream that arrives faster than its owner takes it piles up
// inside Qt unseen (and readBufferSize alone stalls: QTBUG-15065). The reader therefore keeps a
// small read window — Qt's HTTP thread stops reading the socket while that much is unread —
// and takes the bytes out on every readyRead, which reopens the window. It counts what it took
// and reports the answer too long as soon as the Content-Length announces more than the limit
// or more has arrived, whatever the transfer encoding.

#include "core/gptload/wirethread.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>

#include <functional>
#include <memory>

class QObject;

namespace ul {

class AnswerReader final
{
public:
    // Bytes Qt may hold unread between two readyRead: enough to stream fast, small enough to
    // keep what an answer over its limit costs close to the limit.
    static constexpr qint64 kReadWindowBytes = 1024 * 1024;

    // Starts reading the answer of `reply` (just sent) in `context`'s thread; calls `tooLong` there
    // once the answer exceeds `maxBytes`, which should abort the reply. Disconnecting `context`
    // from the reply ends the watch.
    static std::shared_ptr<AnswerReader> watch(QNetworkReply *reply, qint64 maxBytes, QObject *context,
                                               std::function<void()> tooLong);

    // The answer of the finished reply, or of the one `tooLong` was called for: status, headers
    // and body, status and headers with tooLarge set, or the transport error.
    WireAnswer answer();

private:
    AnswerReader(QNetworkReply *reply, qint64 maxBytes);
    void limitWindow();
    // Takes what has arrived; false once the answer is known to exceed the limit.
    bool take();

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
    bool m_tooLarge = false;
};

} // namespace ul
