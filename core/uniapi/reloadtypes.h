#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ul::uniapi {

// Making uni-api pick up a change of api.yaml (uniapi-config.md §6.10) and checking that it did
// (§6.11). The Rust runtime reloads the file by itself; the Python runtime needs the admin call
// or a restart.
enum class UniApiRuntime { Rust, Python };
enum class ReloadAction { None, Api, Command };

QString runtimeName(UniApiRuntime runtime);   // "rust", "python"
QString reloadActionName(ReloadAction action);  // "none", "api", "command"
// What is actually done after a write: nothing for Rust, else the configured action.
inline ReloadAction effectiveReloadAction(UniApiRuntime runtime, ReloadAction action)
{
    return runtime == UniApiRuntime::Rust ? ReloadAction::None : action;
}
// Case-insensitive; nullopt for anything else.
std::optional<UniApiRuntime> parseRuntime(const QString &text);
std::optional<ReloadAction> parseReloadAction(const QString &text);

struct ReloadSettings
{
    UniApiRuntime runtime = UniApiRuntime::Rust;
    ReloadAction action = ReloadAction::None;  // ignored for Rust
    QString baseUrl;             // uni-api, without trailing '/'; empty: no call, no live check
    QString adminKey;            // secret: registered with ul::Redactor, never shown
    QStringList restartCommand;  // program, then arguments; run without a shell
    int requestTimeoutMs = 15000;    // POST /v1/api_config/update, one GET /v1/models
    int commandTimeoutMs = 60000;    // the restart command is killed after this
    int verifyTimeoutMs = 10000;     // how long GET /v1/models is polled for the written models
    int verifyAfterRestartMs = 60000;  // the same after a restart command: uni-api has to start first
    int verifyIntervalMs = 1000;
    int stderrLimit = 500;           // characters of the command's stderr kept (its end)

    ReloadAction effectiveAction() const { return effectiveReloadAction(runtime, action); }
    bool canVerify() const { return !baseUrl.isEmpty() && !adminKey.isEmpty(); }
};

// The outcome of one reload after a write. Never carries a secret: messages are redacted.
struct ReloadResult
{
    enum class Outcome {
        Ok,         // the call answered 2xx / the command exited with 0
        Failed,     // it did not; the file is written all the same
        NotNeeded,  // Rust runtime: it reloads the file by itself
        Manual,     // Python runtime without a reload action: restart uni-api to apply the change
    };
    enum class Live {
        NotChecked,  // no UNI_API_URL / admin key, no managed models, or the reload failed
        Live,        // every written managed model is listed by GET /v1/models
        NotLive,     // "written but not live"
        Unknown,     // uni-api refused the admin key or answered something else
    };

    QDateTime time;       // when it ended
    ReloadAction action = ReloadAction::None;  // what was done
    Outcome outcome = Outcome::NotNeeded;
    QString message;      // English, redacted
    int exitCode = -1;    // command: its exit code (-1: none)
    int httpStatus = 0;   // api: the answer's status (0: none)
    Live live = Live::NotChecked;
    QString liveMessage;  // English, redacted
    int writes = 1;       // writes this run covered (coalesced ones included)

    bool ok() const { return outcome != Outcome::Failed; }
    // {time, action, outcome, ok, message, exitCode?, httpStatus?, live: true|false|null, liveMessage?, writes}
    QJsonObject toJson() const;
};

QString outcomeName(ReloadResult::Outcome outcome);  // "ok", "failed", "not-needed", "manual"

// The `reload` object of uni-api's status: what is configured, whether a reload runs, the last one.
struct ReloadState
{
    UniApiRuntime runtime = UniApiRuntime::Rust;
    ReloadAction action = ReloadAction::None;  // as configured
    bool running = false;
    bool pending = false;  // a write arrived while one was running: one more reload follows
    std::optional<ReloadResult> last;

    // {runtime, action, effectiveAction, running, pending, last: ReloadResult | null}
    QJsonObject toJson() const;
};

} // namespace ul::uniapi

Q_DECLARE_METATYPE(ul::uniapi::ReloadResult)
