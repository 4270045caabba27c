#include "core/sim/simdemo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace ul {

namespace {
const QString kRelayKey = QStringLiteral("sk-demo-relay-0000000000000001");
const QString kRelayKey2 = QStringLiteral("sk-demo-relay-0000000000000002");
// Revoked by the relay: onboarded with the other two, already blacklisted by the demo's traffic,
// so the key pool, "Validate keys" and "Remove invalid keys" have something to show.
const QString kRelayRevokedKey = QStringLiteral("sk-demo-relay-revoked-000000003");
const QString kClaudeKey = QStringLiteral("sk-ant-demo-00000000000000000001");
const QString kGeminiKey = QStringLiteral("AIzaDemoKey000000000000000000001");
const QString kMirrorKey = QStringLiteral("sk-demo-mirror-0000000000000001");

// A day of traffic for the demo's model channel groups (<model>-via-<site group>), so that the
// weight optimization has figures to work with: fixed per name (FNV-1a), 200–2000 requests, the
// mirror failing 4–23 % of them and the other relay 0–3 %. Other groups report what was proxied.
std::optional<SimGroupStats> demoTraffic(const QString &groupName)
{
    if (!groupName.contains(QLatin1String("-via-")))
        return std::nullopt;
    quint32 h = 2166136261u;
    for (const char c : groupName.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    const qint64 total = 200 + qint64(h % 1801);
    const int percent = groupName.contains(QLatin1String("demo-mirror")) ? 4 + int((h >> 11) % 20) : int((h >> 11) % 4);
    const SimWindowStats day{total, total * percent / 100};
    return SimGroupStats{{day.totalRequests / 24, day.failedRequests / 24}, day, {day.totalRequests * 7, day.failedRequests * 7},
                         {day.totalRequests * 30, day.failedRequests * 30}};
}

SimClusterOptions demoOptions()
{
    SimClusterOptions o;
    o.instanceCount = 2;
    o.instanceOptions.adminKey = QStringLiteral("demo-admin-key");
    o.instanceOptions.apiLatencyMs = 3;  // a little realism; onboarding still takes well under a second
    o.instanceOptions.syntheticStats = demoTraffic;
    o.instanceOptions.blacklistedByTraffic = [](const QString &keyValue) { return keyValue == kRelayRevokedKey; };

    SimAiSiteOptions relay;
    relay.name = QStringLiteral("demo-relay");
    relay.formats = SimAiFormat::OpenAI;
    relay.validKeys = {kRelayKey, kRelayKey2};
    relay.latencyMs = 5;
    relay.models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1"),
                    QStringLiteral("gpt-4.1-mini"), QStringLiteral("chatgpt-4o-latest"), QStringLiteral("deepseek-chat"),
                    QStringLiteral("deepseek-reasoner"), QStringLiteral("deepseek-ai/DeepSeek-V3.1"),
                    QStringLiteral("qwen3-235b-a22b-2507"), QStringLiteral("kimi-k2-0905-preview"), QStringLiteral("glm-4.5-air"),
                    QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("gemini-2.5-flash"),
                    QStringLiteral("text-embedding-3-small"), QStringLiteral("dall-e-3"), QStringLiteral("gpt-4o-mini-tts"),
                    QStringLiteral("whisper-1")};

    SimAiSiteOptions claude;
    claude.name = QStringLiteral("demo-claude");
    claude.formats = SimAiFormat::Anthropic;
    claude.validKeys = {kClaudeKey};
    claude.acceptAnyKey = true;  // left for the newcomer, who cannot know a key
    claude.latencyMs = 8;
    claude.models = {QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("claude-opus-4-1-20250805"),
                     QStringLiteral("claude-3-5-haiku-20241022")};

    SimAiSiteOptions gemini;
    gemini.name = QStringLiteral("demo-gemini");
    gemini.formats = SimAiFormat::Gemini;
    gemini.validKeys = {kGeminiKey};
    gemini.acceptAnyKey = true;
    gemini.latencyMs = 6;
    gemini.models = {QStringLiteral("gemini-2.5-pro"), QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-2.5-flash-lite"),
                     QStringLiteral("text-embedding-004")};

    // A second OpenAI-compatible relay: the models both relays serve are spread over two sites.
    SimAiSiteOptions mirror;
    mirror.name = QStringLiteral("demo-mirror");
    mirror.formats = SimAiFormat::OpenAI;
    mirror.validKeys = {kMirrorKey};
    mirror.latencyMs = 7;
    mirror.models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1"), QStringLiteral("deepseek-chat"),
                     QStringLiteral("deepseek-reasoner"), QStringLiteral("qwen3-235b-a22b-2507"), QStringLiteral("qwen3-coder-plus"),
                     QStringLiteral("glm-4.5")};

    o.sites = {relay, claude, gemini, mirror};
    return o;
}

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}
} // namespace

SimDemo::SimDemo(QObject *parent) : QObject(parent) {}

SimDemo::~SimDemo() = default;

bool SimDemo::start()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/uni-load-demo-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_cluster = std::make_unique<SimCluster>(demoOptions(), this);
    if (!m_cluster->start()) {
        m_error = m_cluster->errorString();
        return false;
    }
    for (SimGptLoad *instance : m_cluster->instances())
        instance->setKeyValidationOutcome(kRelayRevokedKey, false, QStringLiteral("[status 401] Incorrect API key provided"));
    return writeFiles();
}

QString SimDemo::configDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString SimDemo::apiYamlPath() const
{
    return QDir(configDir()).filePath(QStringLiteral("uni-api/api.yaml"));
}

bool SimDemo::writeFiles()
{
    const QString dir = configDir();
    if (!m_cluster->writeInstancesFile(QDir(dir).filePath(QStringLiteral("gptload-instances.json")), &m_error))
        return false;
    const QByteArray env = "# uni-load demo: simulated gpt-load instances and AI sites on loopback.\n"
                           "UNI_API_YAML_PATH=uni-api/api.yaml\n"
                           "MODEL_SYNC_INTERVAL=30\n"
                           "CHANNEL_CHECK_INTERVAL=2\n"
                           "INSTANCE_HEALTH_INTERVAL=30\n";
    if (!writeText(QDir(dir).filePath(QStringLiteral(".env")), env, &m_error))
        return false;
    const QByteArray yaml = "# uni-api configuration of the uni-load demo.\n"
                            "# Entries marked managed-by=uni-load are maintained by uni-load; the rest is yours.\n"
                            "providers:\n"
                            "  - provider: my-own-openai      # hand-written: uni-load never touches it\n"
                            "    base_url: https://api.openai.com/v1/chat/completions\n"
                            "    api: ${OPENAI_KEY}\n"
                            "    model:\n"
                            "      - gpt-4o\n"
                            "\n"
                            "api_keys:\n"
                            "  - api: sk-demo-client-key-000000000000000000000000\n"
                            "    role: admin\n"
                            "\n"
                            "preferences:\n"
                            "  model_timeout:\n"
                            "    default: 100\n";
    return writeText(apiYamlPath(), yaml, &m_error);
}

QList<QJsonObject> SimDemo::siteRequests() const
{
    QList<QJsonObject> out;
    if (!m_cluster)
        return out;
    auto request = [](const QString &baseUrl, const QStringList &keys, const QString &type, const QString &siteName) {
        QJsonObject json{{QStringLiteral("baseUrl"), baseUrl},
                         {QStringLiteral("apiKeys"), QJsonArray::fromStringList(keys)},
                         {QStringLiteral("channelTypes"), QJsonArray{type}},
                         {QStringLiteral("operationType"), QStringLiteral("create")}};
        if (!siteName.isEmpty())
            json.insert(QStringLiteral("siteName"), siteName);
        return json;
    };
    // All three sites live on 127.0.0.1, so their names computed from the host clash: the
    // first one onboarded is `127-0-0-1`, the others ask for a name of their own (a requested
    // name is used only to resolve a clash, as uni-load-behaviour.md §6.1 says).
    // The relay is entered with a trailing /v1, as in many READMEs: uni-load normalises it.
    out.append(request(m_cluster->site(0)->url() + QStringLiteral("/v1"), {kRelayKey, kRelayKey2, kRelayRevokedKey},
                       QStringLiteral("openai"), {}));
    out.append(request(m_cluster->site(1)->url(), {kClaudeKey}, QStringLiteral("anthropic"), QStringLiteral("demo-claude")));
    out.append(request(m_cluster->site(2)->url(), {kGeminiKey}, QStringLiteral("gemini"), QStringLiteral("demo-gemini")));
    out.append(request(m_cluster->site(3)->url(), {kMirrorKey}, QStringLiteral("openai"), QStringLiteral("demo-mirror")));
    return out;
}

} // namespace ul
