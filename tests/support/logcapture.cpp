#include "tests/support/logcapture.h"

#include <QMutex>
#include <QStringList>

namespace ul::test {

namespace {

// A message handler is a plain function, so the lines live here.
QMutex g_mutex;
QStringList g_lines;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_lines.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message);
}

} // namespace

LogCapture::LogCapture()
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.clear();
    }
    m_previousHandler = qInstallMessageHandler(captureMessage);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previousHandler);
}

QString LogCapture::text() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines.join(QLatin1Char('\n'));
}

} // namespace ul::test
