#include "core/api/apimessages.h"

#include "core/i18n/enginetemplates.h"
#include "core/i18n/errortemplates.h"
#include "core/i18n/eventtext.h"
#include "core/i18n/texttemplates.h"
#include "core/onboarding/onboardingwarning.h"
#include "translations/catalog.h"

#include <QJsonArray>
#include <QTranslator>

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <optional>

namespace ul::ApiMessages {

namespace {

struct Pattern
{
    QRegularExpression english;
    QString chinese;  // %1… = the captures, in order
};

const QList<Pattern> &patterns()
{
    // The field name is one token (letters, digits, '.', '_', '[', ']'). Longer patterns first.
    static const QString f = QStringLiteral("([A-Za-z_][A-Za-z0-9_.\\[\\]]*)");
    static const QList<Pattern> table = {
        {QRegularExpression(QStringLiteral("^%1 is required when %2 is \"([^\"]*)\"$").arg(f, f)),
         QStringLiteral("%2 为 \"%3\" 时必须提供 %1")},
        {QRegularExpression(QStringLiteral("^%1 is required$").arg(f)), QStringLiteral("缺少必填参数 %1")},
        {QRegularExpression(QStringLiteral("^%1 must be true or false$").arg(f)), QStringLiteral("%1 必须为 true 或 false")},
        {QRegularExpression(QStringLiteral("^%1 must be a string$").arg(f)), QStringLiteral("%1 必须是字符串")},
        {QRegularExpression(QStringLiteral("^%1 must be a non-empty string$").arg(f)), QStringLiteral("%1 必须是非空字符串")},
        {QRegularExpression(QStringLiteral("^%1 must be an array of strings$").arg(f)), QStringLiteral("%1 必须是字符串数组")},
        {QRegularExpression(QStringLiteral("^%1 must be an object$").arg(f)), QStringLiteral("%1 必须是对象")},
        {QRegularExpression(QStringLiteral("^%1 must be a number$").arg(f)), QStringLiteral("%1 必须是数字")},
        {QRegularExpression(QStringLiteral("^%1 must be a whole number from (-?\\d+) to (-?\\d+)$").arg(f)),
         QStringLiteral("%1 必须是 %2 到 %3 之间的整数")},
        {QRegularExpression(QStringLiteral("^%1 must be a number of hours ≥ 0$").arg(f)), QStringLiteral("%1 必须是不小于 0 的小时数")},
        {QRegularExpression(QStringLiteral("^%1 must not be negative$").arg(f)), QStringLiteral("%1 不能为负数")},
        {QRegularExpression(QStringLiteral("^%1 must be a non-negative integer$").arg(f)), QStringLiteral("%1 必须是非负整数")},
        {QRegularExpression(QStringLiteral("^%1 is too large \\(at most (\\d+)\\)$").arg(f)), QStringLiteral("%1 过大（最大 %2）")},
        {QRegularExpression(QStringLiteral("^%1 must be \"([^\"]*)\" or \"([^\"]*)\"$").arg(f)), QStringLiteral("%1 必须为 \"%2\" 或 \"%3\"")},
        {QRegularExpression(QStringLiteral("^%1 must name at least one (?:channel|site group)$").arg(f)),
         QStringLiteral("%1 至少要包含一个渠道名称")},
        {QRegularExpression(QStringLiteral("^%1 must list the legacy groups to delete$").arg(f)),
         QStringLiteral("%1 必须列出要删除的旧分组")},
        {QRegularExpression(QStringLiteral("^name of the backup is required$")), QStringLiteral("缺少必填参数 name（备份名称）")},
        {QRegularExpression(QStringLiteral("^request body must be a JSON object$")), QStringLiteral("请求体必须是 JSON 对象")},
        {QRegularExpression(QStringLiteral("^request body must be JSON \\(Content-Type: application/json\\)$")),
         QStringLiteral("请求体必须是 JSON（Content-Type: application/json）")},
        {QRegularExpression(QStringLiteral("^malformed JSON at offset (\\d+): .*$")), QStringLiteral("请求体不是有效的 JSON（位置 %1）")},
        {QRegularExpression(QStringLiteral("^unknown field \"([^\"]*)\"; did you mean \"([^\"]*)\"\\?$")),
         QStringLiteral("未知字段 \"%1\"；是否想写 \"%2\"？")},
        {QRegularExpression(QStringLiteral("^unknown channel (.+)$")), QStringLiteral("渠道 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown site group (.+)$")), QStringLiteral("站点分组 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown site (.+)$")), QStringLiteral("站点 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown instance (.+)$")), QStringLiteral("实例 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown job (.+)$")), QStringLiteral("任务 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown setting (.+)$")), QStringLiteral("未知的设置项 %1")},
        {QRegularExpression(QStringLiteral("^%1 cannot be changed through the HTTP API$").arg(f)), QStringLiteral("%1 不能通过 HTTP API 修改")},
        {QRegularExpression(QStringLiteral("^%1 must be one of: (.+)$").arg(f)), QStringLiteral("%1 必须是以下之一：%2")},
        {QRegularExpression(QStringLiteral("^%1: enter a value, or null to remove the saved value$").arg(f)),
         QStringLiteral("%1：请输入一个值，或用 null 删除已保存的值")},
        {QRegularExpression(QStringLiteral("^%1 must be a string, number or boolean \\(null removes the saved value\\)$").arg(f)),
         QStringLiteral("%1 必须是字符串、数字或布尔值（null 删除已保存的值）")},
        {QRegularExpression(QStringLiteral("^id cannot be changed .*$")), QStringLiteral("id 不能修改（请删除该实例后重新添加）")},
        {QRegularExpression(QStringLiteral("^duplicate id '([^']*)' \\(also used by (.+)\\)$")), QStringLiteral("id '%1' 重复（已被 %2 使用）")},
        {QRegularExpression(QStringLiteral("^duplicate URL (\\S+) \\(also used by (.+)\\)$")), QStringLiteral("URL %1 重复（已被 %2 使用）")},
        {QRegularExpression(QStringLiteral("^none of the names is a site group: (.+)$")), QStringLiteral("这些名称都不是站点分组：%1")},
    };
    return table;
}

QString lead(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Validation: return QStringLiteral("参数无效");
    case ErrorKind::NotFound: return QStringLiteral("未找到");
    case ErrorKind::Conflict: return QStringLiteral("操作冲突");
    case ErrorKind::Auth: return QStringLiteral("gpt-load 拒绝了管理密钥");
    case ErrorKind::Network: return QStringLiteral("网络错误");
    case ErrorKind::Timeout: return QStringLiteral("请求超时");
    case ErrorKind::ServerBusy: return QStringLiteral("gpt-load 繁忙");
    case ErrorKind::Server: return QStringLiteral("服务器错误");
    case ErrorKind::RouteMissing: return QStringLiteral("gpt-load 不支持该接口");
    case ErrorKind::Protocol: return QStringLiteral("无法解析的响应");
    case ErrorKind::Upstream: return QStringLiteral("上游错误");
    case ErrorKind::Unavailable: return QStringLiteral("服务不可用");
    case ErrorKind::Unprocessable: return QStringLiteral("无法处理");
    case ErrorKind::Io: return QStringLiteral("文件读写失败");
    case ErrorKind::Cancelled: return QStringLiteral("操作已取消");
    case ErrorKind::Internal: return QStringLiteral("内部错误");
    }
    return QStringLiteral("错误");
}

// uni-load's zh_CN catalogue, compiled into the program, read when the first Chinese answer needs
// it; nullptr without one (a test binary that does not link the translations).
const QTranslator *chineseCatalog()
{
    static QTranslator translator;
    static const bool loaded = i18n::loadApplicationCatalog(translator, QString::fromLatin1(i18n::kSimplifiedChinese));
    return loaded ? &translator : nullptr;
}

const TextTemplates &chineseErrorTemplates();

// A text argument: a message of its own, or several joined by "; " (the attempts of a discovery).
TextTemplates::Translation chineseErrorArgument(const QString &text)
{
    return chineseErrorTemplates().translateWholeOrParts(text, QStringLiteral("; "), QStringLiteral("；"));
}

// The console's translations of the core's error messages (context ul::ErrorText) from that
// catalogue; without it nothing matches and chinese() keeps its lead before the English text.
const TextTemplates &chineseErrorTemplates()
{
    static const TextTemplates compiled(
        "ul::ErrorText", chineseCatalog() ? errorMessageTemplates() : QList<const char *>(), chineseErrorArgument,
        [](const char *context, const char *source, const char *comment, int n) {
            return chineseCatalog()->translate(context, source, comment, n);
        });
    return compiled;
}

} // namespace

QString chineseEngineText(const QString &english)
{
    static const TextTemplates templates("ul::EngineText", engineTextTemplates(), {},
                                         [](const char *context, const char *source, const char *comment, int n) {
                                             return chineseCatalog() ? chineseCatalog()->translate(context, source, comment, n) : QString();
                                         });
    if (english.isEmpty())
        return english;
    const QStringList parts = english.split(QStringLiteral("; "));
    QStringList out;
    bool any = false;
    for (const QString &part : parts) {
        const std::optional<QString> t = templates.match(part);
        any = any || t.has_value();
        out.append(t.value_or(part));
    }
    if (any)
        return out.join(QStringLiteral("；"));
    return templates.match(english).value_or(english);  // a template that holds "; " itself
}

namespace {

// `key` of every object in the array `object[arrayKey]`, through `translate`.
void translateEach(QJsonObject &object, const QString &arrayKey, const QString &key, QString (*translate)(const QString &))
{
    QJsonArray list = object.value(arrayKey).toArray();
    if (list.isEmpty())
        return;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject item = list.at(i).toObject();
        if (item.value(key).isString())
            item.insert(key, translate(item.value(key).toString()));
        list.replace(i, item);
    }
    object.insert(arrayKey, list);
}

} // namespace

QJsonObject withChinesePlanTexts(QJsonObject plan)
{
    translateEach(plan, QStringLiteral("operations"), QStringLiteral("detail"), &chineseEngineText);
    translateEach(plan, QStringLiteral("skipped"), QStringLiteral("reason"), &chineseEngineText);
    translateEach(plan, QStringLiteral("ignored"), QStringLiteral("reason"), &chineseEngineText);
    QJsonArray warnings;
    for (const QJsonValue &w : plan.value(QStringLiteral("warnings")).toArray())
        warnings.append(chineseEvent(w.toString()));
    if (!warnings.isEmpty())
        plan.insert(QStringLiteral("warnings"), warnings);
    return plan;
}

QJsonObject withChineseJobTexts(QJsonObject job)
{
    job.insert(QStringLiteral("title"), chineseEngineText(job.value(QStringLiteral("title")).toString()));
    // A failed job's error: the API's own wording, else the console's translations of the
    // core's messages (those of a synchronous answer); unknown text stays English.
    if (const QString error = job.value(QStringLiteral("error")).toString(); !error.isEmpty()) {
        const QString pattern = chinesePattern(error);
        job.insert(QStringLiteral("error"), pattern.isEmpty() ? chineseEvent(error) : pattern);
    }
    QJsonObject progress = job.value(QStringLiteral("progress")).toObject();
    if (progress.contains(QStringLiteral("step"))) {
        progress.insert(QStringLiteral("step"), chineseEngineText(progress.value(QStringLiteral("step")).toString()));
        job.insert(QStringLiteral("progress"), progress);
    }
    return job;
}

QString chineseEvent(const QString &english)
{
    static const EventTextTranslator translator([](const char *context, const char *source, const char *comment, int n) {
        return chineseCatalog() ? chineseCatalog()->translate(context, source, comment, n) : QString();
    });
    return english.isEmpty() ? english : translator.translate(english, QStringLiteral("；"));
}

QString chineseCatalogText(const char *context, const QString &source)
{
    const QTranslator *catalog = chineseCatalog();
    const QString text = catalog && !source.isEmpty() ? catalog->translate(context, source.toUtf8().constData()) : QString();
    return text.isEmpty() ? source : text;
}

QString chinesePattern(const QString &message)
{
    const QString text = message.trimmed();
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.english.match(text);
        if (!m.hasMatch())
            continue;
        QString out = p.chinese;
        for (int i = m.lastCapturedIndex(); i >= 1; --i)
            out.replace(QStringLiteral("%") + QString::number(i), m.captured(i));
        return out;
    }
    return {};
}

QString chineseWarning(const OnboardingWarning &warning)
{
    namespace C = WarningCode;
    // %1… are the warning's arguments (onboardingwarning.h lists them per code).
    static const QHash<QString, QString> texts{
        {QLatin1String(C::kGroupListingFailed), QStringLiteral("读取 gpt-load 分组失败：%1；该实例上的分组在本次操作中不可见")},
        {QLatin1String(C::kSiteNameNotUsed),
         QStringLiteral("未使用 siteName \"%1\"（它只用于区分同一主机上的两个站点，且必须是 3–90 个 a-z、0-9 和 '-' 字符）")},
        {QLatin1String(C::kSiteNameTaken), QStringLiteral("已有其他站点使用名称 %1；此站点命名为 %2")},
        {QLatin1String(C::kSiteGroupMissing), QStringLiteral("站点分组 %1 记录在实例 %2 上，但 gpt-load 未列出它；将重新创建")},
        {QLatin1String(C::kSiteGroupAdopted), QStringLiteral("站点分组 %1 不是 uni-load 记录的；已接管")},
        {QLatin1String(C::kBaseUrlIgnored), QStringLiteral("更新模式下忽略 baseUrl；保留站点的 URL %1")},
        {QLatin1String(C::kFormatWithoutModels), QStringLiteral("%1 格式没有保留的模型；未写入站点分组 %2")},
        {QLatin1String(C::kSiteGroupFailed), QStringLiteral("站点分组 %1 失败：%2")},
        {QLatin1String(C::kTempDiscoveryFailed), QStringLiteral("通过临时分组发现模型先失败后成功：%1")},
        {QLatin1String(C::kListedDirectly), QStringLiteral("模型直接从站点获取；%1")},
        {QLatin1String(C::kUniApiNotWritten), QStringLiteral("uni-api 的 api.yaml 未更新：%1")},
        {QLatin1String(C::kModelGroupsFailed), QStringLiteral("%1 个模型分组操作失败，将在下次调和时重试（见 reconcile.failed）")},
        {QLatin1String(C::kKeysDeduplicated), QStringLiteral("有 %1 个重复的密钥；每个密钥只使用一次")},
        {QLatin1String(C::kMissingModelsKept), QStringLiteral("站点分组 %1 保留 %2：本次未列出，模型同步连续多次未列出后才会移除")},
        {QLatin1String(C::kModelChangesQueued), QStringLiteral("站点分组 %1 处于审核模式：%2 项模型变更已排队，请在同步页面审核")},
        {QLatin1String(C::kModelListNotUpdated), QStringLiteral("站点分组 %1 的模型列表未更新：%2")},
        {QLatin1String(C::kModelsInOtherFormat),
         QStringLiteral("站点分组 %1（%2 格式）不承担 %3 的流量：它们的模型分组使用 %4 格式，而它们的 %2 格式模型分组应使用的名称已属于另一个模型")},
    };
    const auto it = texts.constFind(warning.code);
    if (it == texts.cend())
        return warning.text;
    return OnboardingWarning::fill(it.value(), warning.args);
}

QString chinese(const Error &error)
{
    // The API's own wording first (the original's phrases), then the console's translations.
    const QString translated = chinesePattern(error.message);
    if (!translated.isEmpty())
        return translated;
    if (std::optional<QString> whole = chineseErrorTemplates().match(error.message))
        return *whole;
    // A setting's problem, "MAX_CONCURRENT_REQUESTS: not a whole number": the name kept.
    static const QRegularExpression setting(QStringLiteral("^([A-Z][A-Z0-9_]+): (.+)$"), QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = setting.match(error.message); m.hasMatch()) {
        if (std::optional<QString> reason = chineseErrorTemplates().match(m.captured(2)))
            return QStringLiteral("%1：%2").arg(m.captured(1), *reason);
    }
    QString head = lead(error);
    if (error.kind == ErrorKind::Validation && !error.field.isEmpty())
        head += QStringLiteral("（%1）").arg(error.field);
    if (error.message.trimmed().isEmpty())
        return head;
    return head + QStringLiteral("：") + error.message;
}

QJsonObject chineseProcessSiteResult(QJsonObject result)
{
    QJsonObject data = result.value(QStringLiteral("data")).toObject();
    const QString siteName = data.value(QStringLiteral("siteName")).toString();
    int failed = 0;
    for (const QJsonValue &g : data.value(QStringLiteral("siteGroups")).toArray())
        failed += g.toObject().contains(QStringLiteral("error")) ? 1 : 0;
    const bool update = data.value(QStringLiteral("operationType")).toString() == QLatin1String("update");
    QString text = update ? QStringLiteral("站点 %1 已更新：%2 个站点分组，%3 个模型")
                          : QStringLiteral("站点 %1 已配置：创建或更新了 %2 个站点分组，%3 个模型");
    text = text.arg(siteName).arg(data.value(QStringLiteral("groupsCreated")).toInt()).arg(data.value(QStringLiteral("modelsCount")).toInt());
    if (failed > 0)
        text += QStringLiteral("；%1 个站点分组失败（见 siteGroups）").arg(failed);
    const QJsonObject uniApi = data.value(QStringLiteral("reconcile")).toObject().value(QStringLiteral("uniApi")).toObject();
    if (!uniApi.value(QStringLiteral("error")).toString().isEmpty())
        text += QStringLiteral("；uni-api 的 api.yaml 未更新（见 warnings）");
    result.insert(QStringLiteral("message"), text);

    result.insert(QStringLiteral("data"), withChineseWarnings(data));
    return result;
}

QJsonObject withChineseWarnings(QJsonObject holder)
{
    if (const QJsonValue step = holder.value(QStringLiteral("step")); step.isString())
        holder.insert(QStringLiteral("step"), chineseEvent(step.toString()));
    const QJsonValue details = holder.value(QStringLiteral("warningDetails"));
    if (!details.isArray())
        return holder;
    QJsonArray warnings;
    for (const QJsonValue &w : details.toArray())
        warnings.append(chineseWarning(OnboardingWarning::fromJson(w.toObject())));
    holder.insert(QStringLiteral("warnings"), warnings);
    return holder;
}

} // namespace ul::ApiMessages
