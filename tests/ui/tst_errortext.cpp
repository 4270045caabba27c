#include "core/config/settingparsers.h"
#include "core/engine/job.h"
#include "core/instances/instancefile.h"
#include "core/layers/layersettings.h"
#include "core/onboarding/onboardingwarning.h"
#include "core/services/weightoptimizationtypes.h"
#include "core/sites/apikeys.h"
#include "core/sites/baseurl.h"
#include "core/sites/filterrules.h"
#include "translations/catalog.h"
#include "ui/common/enginetext.h"
#include "ui/common/errortext.h"
#include "core/i18n/texttemplates.h"
#include "ui/models/jobsmodel.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace ul;

namespace {

const char *const kTestTemplates[] = {"Delete %1", "Delete leftover groups on %1", "%1 and %2", "inner %1"};

// The error of a result that must have failed.
template<typename R>
Error errorOf(const R &result)
{
    return result.ok() ? Error::internal(QStringLiteral("expected an error")) : result.error();
}

} // namespace

// The core's English error messages in the interface language (ui/common/errortext.h).
class TestErrorText : public QObject
{
    Q_OBJECT

private:
    QTranslator m_chinese;

    void useChinese() { QCoreApplication::installTranslator(&m_chinese); }
    void useEnglish() { QCoreApplication::removeTranslator(&m_chinese); }

private slots:
    void initTestCase() { QVERIFY(i18n::loadApplicationCatalog(m_chinese, QString::fromLatin1(i18n::kSimplifiedChinese))); }
    void cleanup() { useEnglish(); }

    void templatesPreferTheMostLiteralMatchAndKeepArguments()
    {
        const TextTemplates templates("ul::TestNoSuchContext", QList<const char *>(std::begin(kTestTemplates), std::end(kTestTemplates)));
        // "Delete %1" also matches; the longer literal wins whatever the order of the list.
        QCOMPARE(templates.translate(QStringLiteral("Delete leftover groups on a")), QStringLiteral("Delete leftover groups on a"));
        QVERIFY(templates.match(QStringLiteral("Delete leftover groups on a")).has_value());
        QVERIFY(!templates.match(QStringLiteral("something else")).has_value());
        // Filled in one pass: an argument holding "%2" is not taken for a placeholder.
        QCOMPARE(templates.translate(QStringLiteral("a%20b and c")), QStringLiteral("a%20b and c"));
        // Text arguments are matched in turn.
        const TextTemplates upper("ul::TestNoSuchContext", QList<const char *>(std::begin(kTestTemplates), std::end(kTestTemplates)),
                                  [](const QString &text) { return TextTemplates::Translation{text.toUpper(), text.size()}; });
        QCOMPARE(upper.translate(QStringLiteral("x and inner y")), QStringLiteral("X and INNER Y"));
        // Parts: translated ones are rejoined with the translated separator; when no part is
        // known the text stays exactly as written.
        const TextTemplates::Translation mixed = templates.translateWholeOrParts(QStringLiteral("unknown; inner z"), QStringLiteral("; "),
                                                                                QStringLiteral("；"));
        QCOMPARE(mixed.text, QStringLiteral("unknown；inner z"));
        const TextTemplates::Translation none = templates.translateWholeOrParts(QStringLiteral("one; two"), QStringLiteral("; "),
                                                                               QStringLiteral("；"));
        QCOMPARE(none.text, QStringLiteral("one; two"));
        QCOMPARE(none.covered, 0);
    }

    void siteFormErrorsInChinese()
    {
        useChinese();
        QCOMPARE(ErrorText::translate(errorOf(normalizeBaseUrl(QString()))), QStringLiteral("必须填写 baseUrl"));
        QCOMPARE(ErrorText::translate(errorOf(normalizeBaseUrl(QStringLiteral("ftp://example.com")))),
                 QStringLiteral("baseUrl 必须以 http:// 或 https:// 开头"));
        QCOMPARE(ErrorText::translate(errorOf(normalizeBaseUrl(QStringLiteral("https://open.example.com/api/paas/v4")))),
                 QStringLiteral("该站点的 API 位于版本路径“v4”之下；gpt-load 会在上游 URL 后追加 /v1 或 /v1beta，因此无法代理该站点"));
        QCOMPARE(ErrorText::translate(errorOf(validateApiKeys({QStringLiteral("sk-a"), QStringLiteral("sk b")}, ApiKeyRequirement::Required))),
                 QStringLiteral("第 2 个 API 密钥包含空格、不可见字符或非 ASCII 字符"));
    }

    void filterRulesAndLayerSettingsInChinese()
    {
        useChinese();
        FilterRules rules = FilterRules::defaults();
        rules.whitelist = {{QStringLiteral("gpt-"), true}, {QStringLiteral("GPT-"), true}};
        QCOMPARE(ErrorText::translate(errorOf(rules.validate())), QStringLiteral("whitelist 第 2 项（“GPT-”）重复"));

        LayerSettings settings;
        settings.keyValidationIntervalMinutes = 0;
        QCOMPARE(ErrorText::translate(errorOf(settings.validate(QStringLiteral("l2")))),
                 QStringLiteral("l2.keyValidationIntervalMinutes 不能小于 1"));
    }

    void instanceFileAndSettingsInChinese()
    {
        useChinese();
        const QString file = QStringLiteral("/etc/uni-load/gptload-instances.json");
        QCOMPARE(ErrorText::translate(InstanceFileError{file, QStringLiteral("[0].url"), QStringLiteral("must be an http:// or https:// URL")}
                                          .toError(ErrorKind::Validation)),
                 QStringLiteral("实例文件 /etc/uni-load/gptload-instances.json：[0].url：必须是 http:// 或 https:// URL"));
        QCOMPARE(ErrorText::translate(InstanceFileError{file, QString(), QStringLiteral("invalid JSON at line 3, column 7: unterminated object")}
                                          .toError()),
                 QStringLiteral("实例文件 /etc/uni-load/gptload-instances.json：第 3 行第 7 列的 JSON 无效：unterminated object"));
        QCOMPARE(ErrorText::translate(InstanceFileError{file, QString(), QStringLiteral("file not found")}.toError()),
                 QStringLiteral("实例文件 /etc/uni-load/gptload-instances.json：文件不存在"));
        // The snapshot keeps the reason alone.
        QCOMPARE(ErrorText::translate(QStringLiteral("duplicate id 'local' (also used by [0])")), QStringLiteral("ID“local”重复（[0] 也在使用）"));

        QCOMPARE(ErrorText::translate(errorOf(parseDurationSetting(QStringLiteral("soon"), DurationUnit::Seconds))),
                 QStringLiteral("不是整数秒（可使用后缀 ms、s、min、h、d）"));
        QCOMPARE(ErrorText::translate(QStringLiteral("must be between 1 and 600 seconds"), ErrorKind::Validation),
                 QStringLiteral("必须在 1 到 600 秒之间"));
        QCOMPARE(ErrorText::translateKnown(QStringLiteral("The instance file is readable by other users and holds admin tokens; "
                                                          "restrict it to its owner (chmod 600)")),
                 QStringLiteral("实例文件可被其他用户读取且包含管理令牌；请将其限制为仅所有者可读写（chmod 600）"));
        QCOMPARE(ErrorText::translate(QStringLiteral("api.yaml cannot be created: /srv/uni-api is not a directory")),
                 QStringLiteral("无法创建 api.yaml：/srv/uni-api 不是目录"));
        QCOMPARE(ErrorText::translate(QStringLiteral("comments are not allowed in JSON (line 3); remove the comment, or keep the "
                                                     "note in a \"description\" field")),
                 QStringLiteral("JSON 中不允许注释（第 3 行）；请删除注释，或把说明写进“description”字段"));
        // Manual recovery: the keys note wraps the outcome, and both are translated.
        QCOMPARE(ErrorText::translate(QStringLiteral("gpt-4o-via-a-openai is back in its model group (restoring invalid keys failed: "
                                                     "gpt-load instance sim-1 is unreachable)")),
                 QStringLiteral("gpt-4o-via-a-openai 已回到其模型分组（恢复无效密钥失败：gpt-load 实例 sim-1 无法访问）"));
    }

    void onboardingAndClientFailuresInChinese()
    {
        useChinese();
        // A plan warning of the reconciliation, and the old-gpt-load refusal of the client.
        QCOMPARE(ErrorText::translateKnown(QStringLiteral("claude-3-5-sonnet: its L3 group uses the openai format, so site-c-anthropic "
                                                          "(anthropic format) carries none of its traffic")),
                 QStringLiteral("claude-3-5-sonnet：其 L3 分组使用 openai 格式，因此 site-c-anthropic（anthropic 格式）不承担它的任何流量"));
        QCOMPARE(ErrorText::translate(QStringLiteral("gpt-load local refused the 39-character group name gpt-4o-mini-via-api-deepseek-com-openai: "
                                                     "gpt-load v1.0.22 and older allow 30 characters at most; upgrade it to v1.1 or newer")),
                 QStringLiteral("gpt-load local 拒绝了 39 个字符的分组名称 gpt-4o-mini-via-api-deepseek-com-openai：gpt-load v1.0.22 "
                                "及更早版本最多允许 30 个字符，请升级到 v1.1 或更新版本"));
        QCOMPARE(ErrorText::translate(Error::make(ErrorKind::Unprocessable,
                                                  QStringLiteral("no models left after filtering: 12 model(s) found, every one dropped by "
                                                                 "the rules (see details.counts)"))),
                 QStringLiteral("过滤后没有剩余模型：共发现 12 个模型，全部被规则排除（见 details.counts）"));
        QCOMPARE(ErrorText::translate(Error::make(ErrorKind::Unavailable, QStringLiteral("no healthy gpt-load instance available"))),
                 QStringLiteral("没有可用的健康 gpt-load 实例"));
        // Nested messages, several attempts joined by "; ": every part translated, every URL and name kept.
        QCOMPARE(ErrorText::translate(QStringLiteral("model discovery failed for https://api.example.com (through gpt-load 'local': "
                                                     "POST http://127.0.0.1:3001/api/groups: connection refused; directly: site "
                                                     "https://api.example.com/v1/models: GET https://api.example.com/v1/models: "
                                                     "answered with HTTP 401)"),
                                      QStringLiteral("DISCOVERY_FAILED")),
                 QStringLiteral("https://api.example.com 的模型发现失败（通过 gpt-load 'local'：POST http://127.0.0.1:3001/api/groups：连接被拒绝；"
                                "直接访问：站点 https://api.example.com/v1/models：GET https://api.example.com/v1/models：返回 HTTP 401）"));
        QCOMPARE(ErrorText::translate(Error::make(ErrorKind::Timeout, QStringLiteral("gpt-load local: GET /api/groups: no answer within 5000 ms"))),
                 QStringLiteral("gpt-load local: GET /api/groups：5000 ms 内没有响应"));
        QCOMPARE(ErrorText::translate(QStringLiteral("create site group api-example-com-openai on gpt-load 'local' failed: gpt-load local: "
                                                     "POST /api/groups: HTTP 500: boom [gpt-load code INTERNAL_SERVER_ERROR]")),
                 QStringLiteral("创建站点分组 api-example-com-openai 失败（gpt-load 'local'）：gpt-load local: POST /api/groups：HTTP 500：boom"
                                "（gpt-load 代码 INTERNAL_SERVER_ERROR）"));
        QCOMPARE(ErrorText::translate(QStringLiteral("refusing to write api.yaml: /srv/api.yaml is not valid YAML at line 4, column 1: "
                                                     "end of map not found")),
                 QStringLiteral("拒绝写入 api.yaml：/srv/api.yaml 在第 4 行第 1 列不是有效的 YAML：end of map not found"));
        QCOMPARE(ErrorText::translate(Error::conflict(QStringLiteral("a sync job is already queued or running"))),
                 QStringLiteral("已有一个“模型同步”任务在排队或运行"));
        QCOMPARE(ErrorText::translate(Error::cancelled()), QStringLiteral("已取消"));
        QCOMPARE(ErrorText::translate(QStringLiteral("uploading the keys of api-a-openai on gpt-load 'backup' (b): "
                                                     "gpt-load backup: POST /api/keys/add-async: connection timed out")),
                 QStringLiteral("在 gpt-load“backup”（b）上上传 api-a-openai 的密钥：gpt-load backup: POST /api/keys/add-async：连接超时"));
        QCOMPARE(ErrorText::translate(QStringLiteral("cannot list the models of api-a-openai: through the proxy: model list empty; "
                                                     "directly: site https://a.example/v1/models: GET https://a.example/v1/models: "
                                                     "host not found")),
                 QStringLiteral("无法列出 api-a-openai 的模型：通过代理：model list empty；直接访问：站点 https://a.example/v1/models："
                                "GET https://a.example/v1/models：找不到主机"));
        QCOMPARE(ErrorText::translate(Error::make(ErrorKind::Protocol, QStringLiteral("site https://a.example/v1/models: GET https://a.example/v1/models: "
                                                                                      "the answer from a.example is larger than 16 MiB"))),
                 QStringLiteral("站点 https://a.example/v1/models：GET https://a.example/v1/models：来自 a.example 的响应超过 16 MiB"));
    }

    void onboardingWarningsTranslateTheirErrorArguments()
    {
        useChinese();
        const OnboardingWarning failed = OnboardingWarning::siteGroupFailed(QStringLiteral("api-a-gemini"),
                                                                            QStringLiteral("instance local is not configured"));
        QCOMPARE(EngineText::onboardingWarning(failed.toJson()), QStringLiteral("站点分组 api-a-gemini 失败：实例 local 未配置"));
        const OnboardingWarning direct = OnboardingWarning::listedDirectly(
            QStringLiteral("through gpt-load 'a': gpt-load a: GET /api/groups: host not found; through gpt-load 'b': model list empty"));
        QVERIFY2(EngineText::onboardingWarning(direct.toJson())
                     .endsWith(QStringLiteral("通过 gpt-load 'a'：gpt-load a: GET /api/groups：找不到主机；通过 gpt-load 'b'：model list empty")),
                 qPrintable(EngineText::onboardingWarning(direct.toJson())));
    }

    void unknownMessagesGetTheirKindInChineseOnly()
    {
        useChinese();
        QCOMPARE(ErrorText::translate(Error::make(ErrorKind::Network, QStringLiteral("proxy says no"))), QStringLiteral("网络错误：proxy says no"));
        QCOMPARE(ErrorText::translate(QStringLiteral("proxy says no"), QStringLiteral("timeout")), QStringLiteral("超时：proxy says no"));
        QCOMPARE(ErrorText::translate(QStringLiteral("proxy says no"), QStringLiteral("SOME_CODE")), QStringLiteral("错误：proxy says no"));
        QCOMPARE(ErrorText::translateKnown(QStringLiteral("proxy says no")), QStringLiteral("proxy says no"));
        // English that stays English keeps its own punctuation: no Chinese "；" between its parts.
        QCOMPARE(ErrorText::translateKnown(QStringLiteral("the file is readable by others; restrict it")),
                 QStringLiteral("the file is readable by others; restrict it"));
        QCOMPARE(ErrorText::translate(QString(), ErrorKind::Io), QString());

        useEnglish();
        QCOMPARE(ErrorText::translate(Error::make(ErrorKind::Network, QStringLiteral("proxy says no"))), QStringLiteral("proxy says no"));
        QCOMPARE(ErrorText::translate(QStringLiteral("proxy says no"), QStringLiteral("SOME_CODE")), QStringLiteral("proxy says no"));
        QCOMPARE(ErrorText::translate(errorOf(normalizeBaseUrl(QString()))), QStringLiteral("baseUrl is required"));
        const QString nested = QStringLiteral("model discovery failed for https://a.example (directly: site https://a.example/v1/models: "
                                              "GET https://a.example/v1/models: connection refused)");
        QCOMPARE(ErrorText::translate(nested, ErrorKind::Upstream), nested);
    }

    // Event messages and channel check details (core/i18n/eventtext.h): the templates, their
    // error arguments, counts with plural forms, notes joined by "; ".
    void eventsAndCheckDetailsInChinese()
    {
        useChinese();
        QCOMPARE(EngineText::event(QStringLiteral("gpt-load instance Sim 1 is down: gpt-load Sim 1: GET http://127.0.0.1:9/health: "
                                                  "connection refused")),
                 QStringLiteral("gpt-load 实例 Sim 1 不可用：%1").arg(ErrorText::translateKnown(QStringLiteral(
                     "gpt-load Sim 1: GET http://127.0.0.1:9/health: connection refused"))));
        QVERIFY(!EngineText::event(QStringLiteral("gpt-load instance Sim 1 is down: gpt-load Sim 1: GET http://127.0.0.1:9/health: "
                                                  "connection refused"))
                     .contains(QLatin1String("connection refused")));
        QCOMPARE(EngineText::event(QStringLiteral("3 model(s) added to api-a-openai: a, b, c")),
                 QStringLiteral("api-a-openai 新增 3 个模型：a, b, c"));
        QCOMPARE(EngineText::event(QStringLiteral("12 model(s) removed from api-a-openai: m1, m2 and 2 more")),
                 QStringLiteral("api-a-openai 移除了 12 个模型：m1, m2 及另外 2 个"));
        QCOMPARE(EngineText::event(QStringLiteral("channel api-a-openai taken out of rotation (disabled-by-health): "
                                                  "model-list probe answered HTTP 503")),
                 QStringLiteral("渠道 api-a-openai 已移出轮换（健康检查移除）：模型列表探测返回 HTTP 503"));
        QCOMPARE(EngineText::event(QStringLiteral("critical: 1 of 20 final requests succeeded (5.0%), average 300 ms")),
                 QStringLiteral("严重：20 个最终请求中 1 个成功（5.0%），平均 300 ms"));
        QCOMPARE(EngineText::event(QStringLiteral("request logs unreadable (x); model-list probe: the site listed 5 models before filtering")),
                 QStringLiteral("无法读取请求日志（x）；模型列表探测：站点在过滤前列出 5 个模型"));
        QCOMPARE(EngineText::event(QStringLiteral("deep probe completion answered HTTP 200 (model gpt-4o-mini)")),
                 QStringLiteral("深度探测补全请求返回 HTTP 200（模型 gpt-4o-mini）"));
        // A detail that is an error message of its own.
        QCOMPARE(EngineText::event(QStringLiteral("instance sim-1 stopped answering during this health check cycle")),
                 QStringLiteral("实例 sim-1 在本轮健康检查中已无响应"));
        QCOMPARE(EngineText::event(QStringLiteral("something new")), QStringLiteral("something new"));
        QCOMPARE(ErrorText::translateKnown(QStringLiteral("a channel-health job is already queued or running")),
                 QStringLiteral("已有一个“渠道健康检查”任务在排队或运行"));

        useEnglish();
        const QString english = QStringLiteral("request logs unreadable (x); model-list probe: the site listed 1 models before filtering");
        QCOMPARE(EngineText::event(english), english);
    }

    // Journal details: the planned step, " — " what it did, " — " the error of a failed one; job
    // steps naming an operation; a site group's sync error after its name.
    void journalDetailsAndStepsInChinese()
    {
        useChinese();
        QCOMPARE(EngineText::detail(QStringLiteral("hop key into the pool — key added")), QStringLiteral("%1 — 已添加密钥").arg(EngineText::translate(QStringLiteral("hop key into the pool"))));
        QCOMPARE(EngineText::detail(QStringLiteral("upstreams +1 (1 → 2) — created (id 5)")), QStringLiteral("上游 +1（1 → 2） — 已创建（ID 5）"));
        QCOMPARE(EngineText::detail(QStringLiteral("added 2, changed 0, removed 0; backup api.yaml.backup.1")),
                 QStringLiteral("新增 2，更改 0，移除 0；备份 api.yaml.backup.1"));
        const QString failed = EngineText::detail(QStringLiteral("set upstreams — network: instance sim-1 is unreachable (HTTP 502, X_CODE)"));
        QCOMPARE(failed, QStringLiteral("设置 upstreams — %1 (HTTP 502, X_CODE)").arg(ErrorText::translateKnown(QStringLiteral("instance sim-1 is unreachable"))));
        QVERIFY2(!failed.contains(QLatin1String("unreachable")), qPrintable(failed));
        QCOMPARE(EngineText::translate(QStringLiteral("listing the models of 2 site group(s)")), QStringLiteral("正在获取 2 个站点分组的模型列表"));
        QCOMPARE(EngineText::translate(QStringLiteral("create-group gpt-4o")), EngineText::operation(QStringLiteral("create-group")) + QStringLiteral(" gpt-4o"));
        QVERIFY(EngineText::operation(QStringLiteral("create-group")) != QLatin1String("create-group"));
        QCOMPARE(EngineText::translate(QStringLiteral("no member can be an upstream; upstreams left as they are")),
                 QStringLiteral("没有成员可作为上游；上游保持不变"));
        // The weight optimization's snapshot line and journal detail, as the engine writes them.
        WeightOptimizationReport optimized;
        optimized.changed = 3;
        optimized.modelGroups = 2;
        optimized.statsFailed = 1;
        QCOMPARE(EngineText::translate(optimized.summary()), QStringLiteral("已调整 3 个权重；已检查 2 个模型分组；1 个分组的统计无法读取"));
        QCOMPARE(EngineText::detail(QStringLiteral("weight 1 → 60 by the optimizer; 40 of 100 request(s) failed")),
                 QStringLiteral("权重 1 → 60（优化器）；100 个请求中 40 个失败"));
        QCOMPARE(ErrorText::translateAfterSubject(QStringLiteral("relay-openai: instance sim-1 is unreachable")),
                 QStringLiteral("relay-openai：%1").arg(ErrorText::translateKnown(QStringLiteral("instance sim-1 is unreachable"))));
        QCOMPARE(ErrorText::translateAfterSubject(QStringLiteral("reconciliation: instance sim-1 is unreachable")),
                 QStringLiteral("调和：%1").arg(ErrorText::translateKnown(QStringLiteral("instance sim-1 is unreachable"))));

        useEnglish();
        const QString english = QStringLiteral("set upstreams — network: instance sim-1 is unreachable (HTTP 502, X_CODE)");
        QCOMPARE(EngineText::detail(english), english);
        QCOMPARE(EngineText::translate(QStringLiteral("create-group gpt-4o")), QStringLiteral("create group gpt-4o"));
    }

    void jobsTableShowsTheTranslatedError()
    {
        JobView job;
        job.id = QStringLiteral("j1");
        job.kind = QStringLiteral("process-site");
        job.title = QStringLiteral("Onboard api-example-com");
        job.state = QStringLiteral("failed");
        job.error = QStringLiteral("no healthy gpt-load instance available to create the site group");
        job.errorCode = QStringLiteral("NO_HEALTHY_INSTANCE");
        JobView other = job;
        other.id = QStringLiteral("j2");
        other.error = QStringLiteral("the proxy went away");
        other.errorCode = QStringLiteral("network");
        JobsModel model;
        model.setJobs({job, other});

        useChinese();
        QCOMPARE(model.index(0, JobsModel::Error).data().toString(), QStringLiteral("没有可用于创建站点分组的健康 gpt-load 实例"));
        QCOMPARE(model.index(0, JobsModel::Error).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("没有可用于创建站点分组的健康 gpt-load 实例 (NO_HEALTHY_INSTANCE)"));
        QCOMPARE(model.index(1, JobsModel::Error).data().toString(), QStringLiteral("网络错误：the proxy went away"));

        useEnglish();
        QCOMPARE(model.index(0, JobsModel::Error).data().toString(), job.error);
        QCOMPARE(model.index(1, JobsModel::Error).data().toString(), other.error);
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
