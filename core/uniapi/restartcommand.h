#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

class QTimer;

namespace ul::uniapi {

// One run of the operator's uni-api restart command (uniapi-config.md §6.10): the program with
// its arguments, no shell, no standard input, killed after the timeout. Asynchronous: emits
// finished() exactly once (deleteLater() is up to the receiver). Lives in the thread that created it.
class RestartCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestartCommand)

public:
    struct Outcome
    {
        bool ok = false;
        int exitCode = -1;   // -1: it did not exit normally (not started, crashed, killed)
        QString message;     // English, redacted; names the program, never its arguments
    };

    // The arguments of `command` that are secrets, to register with the Redactor: its stderr may
    // repeat them (a usage line, "cannot log in with …"). The value of an option or assignment
    // named like a secret (--password X, --token=X, API_KEY=X) and any argument that looks like a
    // key (16 or more characters without '/' or '.', at least 3 of them digits); not paths, host
    // names or words.
    static QStringList secretArguments(const QStringList &command);

    // `command`: program, then arguments. `stderrLimit`: characters of stderr kept (its end).
    RestartCommand(QStringList command, int timeoutMs, int stderrLimit, QObject *parent = nullptr);
    ~RestartCommand() override;

    void start();
    // Kills the process without emitting finished() (engine shutdown).
    void abort();

signals:
    void finished(const ul::uniapi::RestartCommand::Outcome &outcome);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void onTimeout();
    void finish(Outcome outcome);
    QString stderrTail();
    QString programName() const;

    QStringList m_command;
    int m_timeoutMs;
    int m_stderrLimit;
    QProcess *m_process;
    QTimer *m_timer;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace ul::uniapi
