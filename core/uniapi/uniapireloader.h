#pragma once

#include "core/common/clock.h"
#include "core/uniapi/reloadpayload.h"
#include "core/uniapi/reloadtypes.h"
#include "core/uniapi/restartcommand.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ul {
class HttpClient;
}

namespace ul::uniapi {

// Makes uni-api pick up each change of api.yaml (uniapi-config.md §6.10) and checks that the
// written managed models are live (§6.11). Engine thread only; everything is asynchronous
// (HttpClient, QProcess, timers), nothing blocks.
//
// * fileWritten() is called after every write that changed the file (restores included).
// * One reload runs at a time. Writes that arrive meanwhile are coalesced: when the running one
//   ends, one more reload follows, for the newest file.
// * Rust: nothing is called (the runtime reloads the file by itself; POST /v1/api_config/update
//   would rewrite the file without its comments). Python: the configured action — the admin call
//   with the complete providers list, or the restart command; none: the result says to restart.
// * The api call is not made when a provider uses `${VAR}` placeholders: that path does not expand
//   them, so the in-memory providers would carry the literal text. The result says to use the
//   restart command.
// * A failed reload is a result, never an error of the write.
class UniApiReloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UniApiReloader)

public:
    // `http` (may be null: no calls, verification off) must outlive the reloader or be its child.
    UniApiReloader(const ReloadSettings &settings, HttpClient *http, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~UniApiReloader() override;

    const ReloadSettings &settings() const { return m_settings; }
    void fileWritten(const QByteArray &bytes);
    ReloadState state() const;
    // Stops the running command or call; no result is emitted for it.
    void shutdown();

signals:
    void finished(const ul::uniapi::ReloadResult &result);
    void stateChanged();

private:
    void queueStart();
    void startNext();
    void runApi();
    void runCommand();
    void actionDone(ReloadResult::Outcome outcome, const QString &message);
    void verify();
    void pollModels();
    void verified(ReloadResult::Live live, const QString &message);
    void finishRun();
    QString url(const char *path) const;

    ReloadSettings m_settings;
    QPointer<HttpClient> m_http;
    const Clock *m_clock;

    bool m_running = false;
    bool m_startQueued = false;
    bool m_stopped = false;
    int m_pendingWrites = 0;
    QByteArray m_pendingBytes;

    // the running reload
    ReloadResult m_current;
    std::optional<ReloadPayload> m_payload;
    QString m_payloadError;
    QPointer<RestartCommand> m_command;
    QElapsedTimer m_verifyClock;
    int m_verifyWindowMs = 0;
    QString m_lastPollProblem;

    std::optional<ReloadResult> m_last;
};

} // namespace ul::uniapi
