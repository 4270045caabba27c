// Routes: settings and the instance file (uni-load-behaviour.md §22.4, §3.3; API changelog in
// CHANGELOG.md). Settings are stored in the state store and apply at the next start, as on the
// desktop settings page; instance changes are written with the instance editor's rules (refused
// while the file on disk fails to load, validation, a backup, atomic 0600 write keeping what the
// change does not touch as it was written) and the engine re-reads the file.
#include "core/api/apimessages.h"
#include "core/api/routehelpers.h"
#include "core/api/routes.h"
#include "core/common/redactor.h"
#include "core/config/appconfig.h"
#include "core/config/settingsjson.h"
#include "core/engine/engine.h"
#include "core/instances/instancefileeditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace ul {

using namespace RouteHelpers;

namespace {

ApiResponse unavailable(const ApiRequest &req, const QString &en, const QString &zh)
{
    return ApiResponse::error(503, QStringLiteral("UNAVAILABLE"), localized(req, en, zh));
}

// --- settings ---------------------------------------------------------------------------------

void replySettings(const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply, const QJsonObject &stored, bool updated,
                   const QStringList &warnings = {})
{
    QJsonObject out = SettingsJson::settings(*ctx.config, stored);
    if (req.wantsChinese()) {  // the descriptions as the desktop's settings page shows them
        QJsonArray list = out.value(QStringLiteral("settings")).toArray();
        for (QJsonValueRef entry : list) {
            QJsonObject o = entry.toObject();
            o.insert(QStringLiteral("description"),
                     ApiMessages::chineseCatalogText("ul::Settings", o.value(QStringLiteral("description")).toString()));
            entry = o;
        }
        out.insert(QStringLiteral("settings"), list);
    }
    if (updated) {
        out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        out.insert(QStringLiteral("success"), true);
        out.insert(QStringLiteral("message"), localized(req, QStringLiteral("settings saved; they apply at the next start"),
                                                        QStringLiteral("设置已保存，将在下次启动时生效")));
        out.insert(QStringLiteral("restartRequired"), true);  // stored settings are read at start
    }
    reply(ApiResponse::json(out));
}

// --- instances --------------------------------------------------------------------------------

// The instance file in use: the engine's (what /api/status reports), else the configured one.
QString instanceFilePath(const ApiContext &ctx)
{
    const QString fromEngine = ctx.engine->snapshot().instanceFile.path;
    if (!fromEngine.isEmpty())
        return fromEngine;
    return ctx.config ? ctx.config->instanceFileLocation().path : QString();
}

// One instance as its file entry (serializeInstances: known fields, then unknown ones).
QJsonObject entryJson(const InstanceConfig &instance)
{
    return QJsonDocument::fromJson(serializeInstances({instance})).array().first().toObject();
}

// The entry with the token masked (an empty token stays empty).
QJsonObject redactedEntry(const InstanceConfig &instance)
{
    QJsonObject o = Redactor::json(entryJson(instance)).toObject();
    o.insert(QStringLiteral("token"), instance.token.isEmpty() ? QString() : Redactor::mask(instance.token));
    return o;
}

// An InstanceFileError as a validation error naming the field of the entry ("url", not "[3].url").
Error entryError(const InstanceFileError &problem, ErrorKind kind = ErrorKind::Validation)
{
    const auto [index, field] = InstanceFileEditor::splitField(problem.field);
    Error e = Error::make(kind, problem.reason);
    e.field = field.isEmpty() ? problem.field : field;
    e.code = kind == ErrorKind::Conflict ? QStringLiteral("INSTANCE_DUPLICATE") : QStringLiteral("INSTANCE_INVALID");
    QJsonObject details{{QStringLiteral("file"), problem.file}, {QStringLiteral("field"), e.field}};
    if (index >= 0)
        details.insert(QStringLiteral("index"), index);
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return e;
}

// One instance object read with the instance file's rules (field types, URL, id, …). A problem is
// in the request body, so it is named by the body's field ("url", "upstream_addresses[1]"), not
// by a position in the file.
Result<InstanceConfig> readEntry(const QJsonObject &object, const QString &file)
{
    const InstanceFileLoad parsed = parseInstanceFile(QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Compact), file);
    if (!parsed.error)
        return parsed.instances.first();
    static const QRegularExpression entryPrefix(QStringLiteral("^\\[0\\]\\.?"));
    Error e = Error::make(ErrorKind::Validation, parsed.error->reason);
    e.field = QString(parsed.error->field).remove(entryPrefix);
    e.code = QStringLiteral("INSTANCE_INVALID");
    return e;
}

qsizetype indexOfId(const InstanceConfigList &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

// Validates the editor's list; a duplicate id or URL is a Conflict (409), anything else 400.
Status checkList(const InstanceFileEditor &editor)
{
    const std::optional<InstanceFileError> problem = editor.validate();
    if (!problem)
        return {};
    const QString field = InstanceFileEditor::splitField(problem->field).second;
    const bool duplicate = problem->reason.startsWith(QLatin1String("duplicate "))
                           && (field == QLatin1String("id") || field == QLatin1String("url"));
    return entryError(*problem, duplicate ? ErrorKind::Conflict : ErrorKind::Validation);
}

// Saves, then has the engine re-read the file; answers `body` (status `status`) once the
// registry has the change (a failed reload is logged by the engine and shown in /api/status).
void saveAndReload(const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply, const InstanceFileEditor &editor,
                   const QJsonObject &body, int status)
{
    if (Status saved = editor.save(); !saved.ok()) {
        reply(errorResponse(saved.error(), req));
        return;
    }
    deliverTo(ctx.engine->reloadInstanceFile(), ctx.receiver, [reply, body, status](const Result<int> &) {
        reply(ApiResponse::json(body, status));
    });
}

ApiResponse unknownInstance(const ApiRequest &req, const QString &id)
{
    Error e = Error::notFound(QStringLiteral("unknown instance %1").arg(id.left(100)));
    e.code = QStringLiteral("INSTANCE_NOT_FOUND");
    return errorResponse(e, req);
}

enum class Access { Read, Change };

// The editor on the configured instance file, loaded; nullopt (the answer is sent) when no file
// is configured, or, for a change, while the file on disk fails to load: 409 INSTANCE_FILE_INVALID
// with the problem, and the file is left as it is (InstanceFileEditor::editable()).
std::optional<InstanceFileEditor> openEditor(const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply, Access access)
{
    const QString path = instanceFilePath(ctx);
    if (path.isEmpty()) {
        reply(unavailable(req, QStringLiteral("no instance file is configured"), QStringLiteral("未配置实例文件")));
        return std::nullopt;
    }
    InstanceFileEditor editor(path);
    editor.load();
    if (access == Access::Change) {
        if (const Status editable = editor.editable(); !editable.ok()) {
            reply(errorResponse(editable.error(), req));
            return std::nullopt;
        }
    }
    return editor;
}

// openEditor() for a change and the position of the entry `id`; nullopt (answer sent) for an
// unknown id.
std::optional<std::pair<InstanceFileEditor, int>> openEditorAt(const ApiContext &ctx, const ApiRequest &req, const ApiReply &reply,
                                                               const QString &id)
{
    std::optional<InstanceFileEditor> editor = openEditor(ctx, req, reply, Access::Change);
    if (!editor)
        return std::nullopt;
    const qsizetype index = indexOfId(editor->instances(), id);
    if (index < 0) {
        reply(unknownInstance(req, id));
        return std::nullopt;
    }
    return std::make_pair(std::move(*editor), int(index));
}

} // namespace

void registerConfigRoutes(Router &router, const ApiContext &ctx)
{
    // GET /api/settings → {settings:[{name, group, type, description, default, value, origin:
    // "default"|"stored"|".env"|".env.local"|"environment"|"command line", source, saved,
    // secret, informational, overridden, restartRequired, settable, choices?}]}; secret values
    // masked. `value` is what this run uses; `saved` what the next start will read.
    router.get(QStringLiteral("/api/settings"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        if (!ctx.config) {
            reply(unavailable(req, QStringLiteral("settings are not available in this process"), QStringLiteral("此进程不提供设置")));
            return;
        }
        deliverTo(ctx.engine->storedSettings(), ctx.receiver, [ctx, req, reply](const Result<QJsonObject> &stored) {
            if (!stored.ok()) {
                reply(errorResponse(stored.error(), req));
                return;
            }
            replySettings(ctx, req, reply, stored.value(), false);
        });
    });

    // PUT /api/settings {NAME: value | null, …} → {success, message, restartRequired:true,
    // warnings:["NAME: …"], settings:[…]}: each value checked as the desktop settings page does; null removes the saved
    // value. 400 naming the key for an unknown key (UNKNOWN_SETTING), a bad value
    // (SETTING_INVALID) or API_TOKEN / the uni-api restart command (SETTING_NOT_SETTABLE);
    // nothing is saved then.
    router.put(QStringLiteral("/api/settings"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        if (!ctx.config) {
            reply(unavailable(req, QStringLiteral("settings are not available in this process"), QStringLiteral("此进程不提供设置")));
            return;
        }
        QStringList warnings;  // accepted values AppConfig warns about (the settings page shows them too)
        const Result<QJsonObject> change = SettingsJson::storedChange(*ctx.config, body, &warnings);
        if (!change.ok()) {
            reply(errorResponse(change.error(), req));
            return;
        }
        deliverTo(ctx.engine->saveStoredSettings(change.value()), ctx.receiver, [ctx, req, reply, warnings](const Result<QJsonObject> &stored) {
            if (!stored.ok()) {
                reply(errorResponse(stored.error(), req));
                return;
            }
            replySettings(ctx, req, reply, stored.value(), true, warnings);
        });
    });

    // GET /api/instances → {file, instances:[entries as in the file, token masked],
    // error:{file, field, reason} | null}. An invalid file lists what could be read of it.
    router.get(QStringLiteral("/api/instances"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const std::optional<InstanceFileEditor> opened = openEditor(ctx, req, reply, Access::Read);
        if (!opened)
            return;
        const InstanceFileEditor &editor = *opened;
        QJsonArray list;
        for (const InstanceConfig &instance : editor.instances())
            list.append(redactedEntry(instance));
        QJsonValue error(QJsonValue::Null);
        if (editor.loadProblem())
            error = editor.loadProblem()->toJson();
        else if (!editor.fileExists())
            error = InstanceFileError{editor.path(), QString(), QStringLiteral("the file does not exist")}.toJson();
        reply(ApiResponse::json({{QStringLiteral("file"), editor.path()}, {QStringLiteral("instances"), list}, {QStringLiteral("error"), error}}));
    });

    // POST /api/instances {id, name, url, token, priority?, …one instance of the file} → 201 the
    // stored entry (token masked); 400 invalid (the body's field named), 409 duplicate id or url,
    // 409 INSTANCE_FILE_INVALID while the file on disk fails to load (it is left as it is; the
    // same for PUT and DELETE).
    router.post(QStringLiteral("/api/instances"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        std::optional<InstanceFileEditor> opened = openEditor(ctx, req, reply, Access::Change);
        if (!opened)
            return;
        InstanceFileEditor &editor = *opened;
        const Result<InstanceConfig> entry = readEntry(body, editor.path());
        if (!entry.ok()) {
            reply(errorResponse(entry.error(), req));
            return;
        }
        InstanceConfigList list = editor.instances();
        list.append(entry.value());
        editor.setInstances(list);
        if (Status valid = checkList(editor); !valid.ok()) {
            reply(errorResponse(valid.error(), req));
            return;
        }
        saveAndReload(ctx, req, reply, editor, redactedEntry(entry.value()), 201);
    });

    // PUT /api/instances/:id {fields} → the stored entry (token masked): the fields replace the
    // entry's, null removes an optional field, an omitted token (or the masked one GET showed)
    // keeps the old token; the id cannot change. 404 unknown id, 400 invalid, 409 duplicate url.
    router.put(QStringLiteral("/api/instances/:id"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        QJsonObject body;
        if (!readBody(req, reply, &body))
            return;
        const QString id = req.params.value(QStringLiteral("id"));
        auto opened = openEditorAt(ctx, req, reply, id);
        if (!opened)
            return;
        auto &[editor, index] = *opened;
        const InstanceConfig old = editor.instances().at(index);
        const QJsonValue newId = body.value(QStringLiteral("id"));
        if (!newId.isUndefined() && !(newId.isString() && newId.toString() == id)) {
            reply(errorResponse(Error::validation(QStringLiteral("id"), QStringLiteral("id cannot be changed (delete the instance and add it again)")), req));
            return;
        }
        QJsonObject merged = entryJson(old);
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() == QLatin1String("token")
                && (it.value().isUndefined() || (it.value().isString() && !old.token.isEmpty() && it.value().toString() == Redactor::mask(old.token))))
                continue;  // the masked value of a GET sent back: keep the token
            if (it.value().isNull())
                merged.remove(it.key());
            else
                merged.insert(it.key(), it.value());
        }
        const Result<InstanceConfig> entry = readEntry(merged, editor.path());
        if (!entry.ok()) {
            reply(errorResponse(entry.error(), req));
            return;
        }
        editor.replaceInstance(index, entry.value());
        if (Status valid = checkList(editor); !valid.ok()) {
            reply(errorResponse(valid.error(), req));
            return;
        }
        saveAndReload(ctx, req, reply, editor, redactedEntry(entry.value()), 200);
    });

    // DELETE /api/instances/:id → {success, message}; 404 unknown id; 400 when the file would be
    // left without instances (or otherwise invalid).
    router.del(QStringLiteral("/api/instances/:id"), [ctx](const ApiRequest &req, const ApiReply &reply) {
        const QString id = req.params.value(QStringLiteral("id"));
        auto opened = openEditorAt(ctx, req, reply, id);
        if (!opened)
            return;
        auto &[editor, index] = *opened;
        editor.removeInstance(index);
        if (Status valid = checkList(editor); !valid.ok()) {
            reply(errorResponse(valid.error(), req));
            return;
        }
        saveAndReload(ctx, req, reply, editor,
                      ok(localized(req, QStringLiteral("instance %1 removed").arg(id), QStringLiteral("实例 %1 已删除").arg(id))), 200);
    });
}

} // namespace ul
