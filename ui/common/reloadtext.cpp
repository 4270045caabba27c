#include "ui/common/reloadtext.h"

#include "ui/common/uiformat.h"

namespace ul {

namespace {

QString actionText(uniapi::ReloadAction action)
{
    switch (action) {
    case uniapi::ReloadAction::None: return ReloadText::tr("none");
    case uniapi::ReloadAction::Api: return ReloadText::tr("admin call");
    case uniapi::ReloadAction::Command: return ReloadText::tr("restart command");
    }
    return ReloadText::tr("none");
}

QString outcomeText(uniapi::ReloadResult::Outcome outcome)
{
    using O = uniapi::ReloadResult::Outcome;
    switch (outcome) {
    case O::Ok: return ReloadText::tr("done");
    case O::Failed: return ReloadText::tr("failed");
    case O::NotNeeded: return ReloadText::tr("not needed");
    case O::Manual: return ReloadText::tr("restart uni-api to apply");
    }
    return QString();
}

QString liveText(const uniapi::ReloadResult &r)
{
    using L = uniapi::ReloadResult::Live;
    switch (r.live) {
    case L::NotChecked: return QString();
    case L::Live: return ReloadText::tr("the written models are live");
    case L::NotLive: return ReloadText::tr("written but not live %1").arg(r.liveMessage);
    case L::Unknown: return ReloadText::tr("live check failed: %1").arg(r.liveMessage);
    }
    return QString();
}

} // namespace

QString ReloadText::summary(const uniapi::ReloadState &state)
{
    const bool rust = state.runtime == uniapi::UniApiRuntime::Rust;
    if (!state.last) {
        if (state.running)
            return tr("Reloading uni-api…");
        if (rust)
            return tr("Not needed: uni-api's Rust runtime reloads api.yaml by itself.");
        if (state.action == uniapi::ReloadAction::None)
            return tr("None (Python runtime): restart uni-api after api.yaml changes, or set UNI_API_RELOAD.");
        return tr("After each change of api.yaml: %1.").arg(actionText(state.action));
    }
    const uniapi::ReloadResult &r = *state.last;
    QString text;
    if (r.outcome == uniapi::ReloadResult::Outcome::NotNeeded)
        text = tr("Not needed: uni-api's Rust runtime reloads api.yaml by itself (last change %1)").arg(ui::formatDateTime(r.time));
    else if (r.outcome == uniapi::ReloadResult::Outcome::Manual)
        text = tr("Last change %1 not applied by uni-load: restart uni-api, or set UNI_API_RELOAD").arg(ui::formatDateTime(r.time));
    else
        text = tr("Last reload %1 (%2): %3").arg(ui::formatDateTime(r.time), actionText(r.action), outcomeText(r.outcome));
    if (r.outcome == uniapi::ReloadResult::Outcome::Failed)
        text += QStringLiteral(" — ") + r.message;
    if (const QString live = liveText(r); !live.isEmpty())
        text += QStringLiteral("; ") + live;
    if (state.running || state.pending)
        text += QStringLiteral(" ") + tr("(another reload is under way)");
    return text;
}

bool ReloadText::needsAttention(const uniapi::ReloadState &state)
{
    // A Python uni-api that nobody reloads still serves the old file: that needs the operator too.
    return state.last
        && (!state.last->ok() || state.last->outcome == uniapi::ReloadResult::Outcome::Manual
            || state.last->live == uniapi::ReloadResult::Live::NotLive);
}

} // namespace ul
