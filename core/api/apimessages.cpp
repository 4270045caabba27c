#include "core/api/apimessages.h"

#include "core/sites/sitename.h"

#include <QJsonArray>

#include <QList>
#include <QRegularExpression>

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
        {QRegularExpression(QStringLiteral("^unknown channel (.+)$")), QStringLiteral("渠道 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown site group (.+)$")), QStringLiteral("站点分组 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown site (.+)$")), QStringLiteral("站点 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown instance (.+)$")), QStringLiteral("实例 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown job (.+)$")), QStringLiteral("任务 %1 不存在")},
        {QRegularExpression(QStringLiteral("^unknown setting (.+)$")), QStringLiteral("未知的设置项 %1")},
        {QRegularExpression(QStringLiteral("^%1 cannot be changed through the HTTP API$").arg(f)), QStringLiteral("%1 不能通过 HTTP API 修改")},
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

} // namespace

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

QString chinese(const Error &error)
{
    const QString translated = chinesePattern(error.message);
    if (!translated.isEmpty())
        return translated;
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

    // The job writes "another site already uses the name <computed>; this site is named <name>"
    // when the name from the URL was taken: that entry, rebuilt from the fields, in Chinese.
    const Result<QString> computed = siteNameFromUrl(data.value(QStringLiteral("baseUrl")).toString());
    if (computed.ok() && computed.value() != siteName) {
        const QString en = QStringLiteral("another site already uses the name %1; this site is named %2").arg(computed.value(), siteName);
        const QString zh = QStringLiteral("已有其他站点使用名称 %1；此站点命名为 %2").arg(computed.value(), siteName);
        QJsonArray warnings = data.value(QStringLiteral("warnings")).toArray();
        for (qsizetype i = 0; i < warnings.size(); ++i) {
            if (warnings.at(i).toString() == en)
                warnings.replace(i, zh);
        }
        data.insert(QStringLiteral("warnings"), warnings);
        result.insert(QStringLiteral("data"), data);
    }
    return result;
}

} // namespace ul::ApiMessages
