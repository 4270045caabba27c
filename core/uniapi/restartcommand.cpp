#include "core/uniapi/restartcommand.h"

#include "core/common/redactor.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace ul::uniapi {

QStringList RestartCommand::secretArguments(const QStringList &command)
{
    static const QRegularExpression keyLike(QStringLiteral(R"(^[A-Za-z0-9_+=-]{16,}$)"));
    static const QRegularExpression assignment(QStringLiteral(R"(^-*([A-Za-z][A-Za-z0-9_.-]*)[=:](.+)$)"));
    QStringList secrets;
    bool nextIsSecret = false;
    for (qsizetype i = 1; i < command.size(); ++i) {
        const QString &argument = command.at(i);
        if (nextIsSecret) {
            secrets << argument;
            nextIsSecret = false;
            continue;
        }
        if (const QRegularExpressionMatch m = assignment.match(argument); m.hasMatch() && Redactor::isSecretWordName(m.captured(1))) {
            secrets << m.captured(2);
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')) && Redactor::isSecretWordName(argument)) {
            nextIsSecret = true;
            continue;
        }
        const auto letters = std::count_if(argument.cbegin(), argument.cend(), [](QChar c) { return c.isLetter(); });
        const auto digits = std::count_if(argument.cbegin(), argument.cend(), [](QChar c) { return c.isDigit(); });
        if (letters >= 3 && digits >= 3 && keyLike.match(argument).hasMatch())
            secrets << argument;
    }
    return secrets;
}

RestartCommand::RestartCommand(QStringList command, int timeoutMs, int stderrLimit, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_timeoutMs(timeoutMs)
    , m_stderrLimit(stderrLimit)
    , m_process(new QProcess(this))
    , m_timer(new QTimer(this))
{
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_timer->setSingleShot(true);
    connect(m_process, &QProcess::finished, this, &RestartCommand::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &RestartCommand::onError);
    connect(m_timer, &QTimer::timeout, this, &RestartCommand::onTimeout);
}

RestartCommand::~RestartCommand()
{
    abort();
}

void RestartCommand::start()
{
    if (m_command.isEmpty()) {
        finish({false, -1, QStringLiteral("no restart command is configured (UNI_API_RESTART_COMMAND)")});
        return;
    }
    m_process->setProgram(m_command.constFirst());
    m_process->setArguments(m_command.mid(1));
    m_timer->start(m_timeoutMs);
    m_process->start(QIODevice::ReadOnly);
}

void RestartCommand::abort()
{
    m_done = true;
    m_timer->stop();
    if (m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        // QProcess reaps a killed child in its destructor; that wait ends at once after SIGKILL.
    }
}

QString RestartCommand::programName() const
{
    return m_command.isEmpty() ? QString() : QFileInfo(m_command.constFirst()).fileName();
}

QString RestartCommand::stderrTail()
{
    QString text = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    text = Redactor::text(text);
    if (text.size() > m_stderrLimit)
        text = QChar(0x2026) + text.right(m_stderrLimit);
    return text;
}

void RestartCommand::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString err = stderrTail();
    const QString tail = err.isEmpty() ? QString() : QStringLiteral(": ") + err;
    if (m_timedOut) {
        finish({false, -1, QStringLiteral("restart command %1 did not finish within %2 s and was killed%3")
                               .arg(programName()).arg(m_timeoutMs / 1000.0, 0, 'g', 3).arg(tail)});
        return;
    }
    if (status != QProcess::NormalExit) {
        finish({false, -1, QStringLiteral("restart command %1 crashed%2").arg(programName(), tail)});
        return;
    }
    if (exitCode != 0) {
        finish({false, exitCode, QStringLiteral("restart command %1 exited with code %2%3").arg(programName()).arg(exitCode).arg(tail)});
        return;
    }
    finish({true, 0, QStringLiteral("restart command %1 succeeded").arg(programName())});
}

void RestartCommand::onError(QProcess::ProcessError error)
{
    // Other errors end in finished() as well; a program that never started does not.
    if (error != QProcess::FailedToStart)
        return;
    finish({false, -1, QStringLiteral("restart command %1 could not be started: %2")
                           .arg(programName(), Redactor::text(m_process->errorString()))});
}

void RestartCommand::onTimeout()
{
    m_timedOut = true;
    m_process->kill();  // finished() follows
}

void RestartCommand::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    emit finished(outcome);
}

} // namespace ul::uniapi
