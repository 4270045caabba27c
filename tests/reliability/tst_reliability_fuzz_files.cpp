// Seeded mutation fuzzing of the file parsers an operator feeds uni-load: the api.yaml editor
// (core/uniapi), the instance file (core/instances) and the .env loader (core/config). Each
// harness prints its seed; UNILOAD_FUZZ_SEED replays it and UNILOAD_FUZZ_SCALE runs longer.
// Properties: no crash or hang, a failure is a clear error that names no secret, a failed
// api.yaml write leaves the file untouched, a successful one is valid and idempotent.
#include "core/common/clock.h"
#include "core/config/envfile.h"
#include "core/instances/instancefile.h"
#include "core/uniapi/configvalidator.h"
#include "core/uniapi/uniapiwriter.h"
#include "tests/reliability/fuzzinput.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kGatewayKey = QStringLiteral("sk-gw-fuzz-gateway-key-000111");
const QString kAdminToken = QStringLiteral("tok-fuzz-admin-secret-424242");
const QString kEnvSecret = QStringLiteral("S3CRETvalue-fuzz-9876543210");
constexpr int kMaxMsPerHarness = 6000;

QList<QByteArray> yamlSeeds()
{
    QList<QByteArray> seeds;
    const QDir dir(QStringLiteral(UNILOAD_TEST_DATA_DIR "/uniapi"));
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        seeds.append(readFile(dir.filePath(name)));
    seeds.append(QByteArray());
    return seeds;
}

uniapi::ManagedProvider provider(const QString &group, ChannelType type, const QStringList &models)
{
    uniapi::ManagedProvider p;
    p.l3GroupName = group;
    p.channelType = type;
    p.instanceBaseUrl = QStringLiteral("http://gptload:3001");
    p.gatewayKey = kGatewayKey;
    for (const QString &m : models)
        p.models.append({m, {}});
    return p;
}

// A random desired set drawn from names that also appear in the fixtures, so that updates,
// removals and adoptions happen, not only additions.
uniapi::WriteRequest randomRequest(FuzzInput &in)
{
    const QList<uniapi::ManagedProvider> pool = {
        provider(QStringLiteral("deepseek-chat"), ChannelType::OpenAI, {QStringLiteral("deepseek-chat")}),
        provider(QStringLiteral("claude-sonnet-4-20250514"), ChannelType::Anthropic, {QStringLiteral("claude-sonnet-4-20250514")}),
        provider(QStringLiteral("gemini-2-5-flash"), ChannelType::Gemini, {QStringLiteral("gemini-2.5-flash")}),
        provider(QStringLiteral("gpt-4o"), ChannelType::OpenAI, {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}),
    };
    uniapi::WriteRequest request;
    for (const uniapi::ManagedProvider &p : pool) {
        if (in.chance(50))
            request.providers.append(p);
    }
    request.knownInstanceUrls = {QStringLiteral("http://gptload:3001")};
    return request;
}

QByteArray instanceSeed()
{
    const QJsonArray instances{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("local")},
                    {QStringLiteral("name"), QStringLiteral("local gpt-load")},
                    {QStringLiteral("url"), QStringLiteral("http://localhost:3001")},
                    {QStringLiteral("token"), kAdminToken},
                    {QStringLiteral("priority"), 1},
                    {QStringLiteral("description"), QStringLiteral("preferred")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("remote")},
                    {QStringLiteral("name"), QStringLiteral("remote gpt-load")},
                    {QStringLiteral("url"), QStringLiteral("https://gpt-load.example.com")},
                    {QStringLiteral("token"), QString(kAdminToken + QStringLiteral("-2"))},
                    {QStringLiteral("priority"), 2},
                    {QStringLiteral("upstream_addresses"), QJsonArray{QStringLiteral("https://eu.example.com")}},
                    {QStringLiteral("uniapi_base_url"), QStringLiteral("http://gptload:3001")},
                    {QStringLiteral("tls_insecure"), false}},
    };
    return QJsonDocument(instances).toJson();
}

// Structure-aware mutation: fields dropped, retyped, duplicated ids, unknown fields, odd values.
QByteArray mutateInstances(FuzzInput &in)
{
    QJsonArray array = QJsonDocument::fromJson(instanceSeed()).array();
    const QStringList fields = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("token"),
                                QStringLiteral("priority"), QStringLiteral("description"), QStringLiteral("upstream_addresses"),
                                QStringLiteral("uniapi_base_url"), QStringLiteral("ca_certificate"), QStringLiteral("tls_insecure")};
    const int steps = 1 + in.below(4);
    for (int i = 0; i < steps; ++i) {
        const int index = in.below(int(array.size()));
        QJsonObject object = array.at(index).toObject();
        switch (in.below(5)) {
        case 0:
            object.remove(in.pick(fields));
            break;
        case 1:
            object.insert(in.pick(fields), in.jsonValue(2));
            break;
        case 2:
            array.append(object);  // a duplicate id
            break;
        case 3:
            object.insert(in.oddString().left(64), in.jsonValue(1));
            break;
        default:
            array.replace(index, in.jsonValue(2));
            continue;
        }
        array.replace(index, object);
    }
    QByteArray json = QJsonDocument(array).toJson(in.chance(50) ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (in.chance(30))
        json = in.mutate(json, 3);
    if (in.chance(5))
        json = QJsonDocument(QJsonObject{{QStringLiteral("instances"), array}}).toJson();
    return json;
}

QByteArray envSeed()
{
    return QByteArrayLiteral("# uni-load\nexport GPTLOAD_URL=http://localhost:3001\nGPTLOAD_TOKEN=")
        + kEnvSecret.toUtf8()
        + QByteArrayLiteral("\nAPI_TOKEN=\"") + kEnvSecret.toUtf8()
        + QByteArrayLiteral("-q\\n\"\nMULTI='line one\nline two'\nPORT: 3002 # comment\nEMPTY=\n"
                            "BACKTICK=`x`\r\nUNIAPI_YAML_PATH=/srv/uni-api/api.yaml\n");
}

// Keeps a failing input next to the system's temporary files, for a look or a regression test.
QString keepInput(const FuzzInput &in, int iteration, const QByteArray &bytes)
{
    const QString path = QDir::temp().filePath(QStringLiteral("uniload-fuzz-%1-%2.yaml").arg(in.seed()).arg(iteration));
    writeFile(path, bytes);
    return path;
}

QString providerNames(const uniapi::WriteRequest &request)
{
    QStringList names;
    for (const uniapi::ManagedProvider &p : request.providers)
        names.append(p.providerName());
    return names.join(QLatin1Char(' '));
}

bool mentionsSecret(const QString &text)
{
    return text.contains(kEnvSecret) || text.contains(kAdminToken) || text.contains(kGatewayKey);
}

} // namespace

class TestReliabilityFuzzFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Refused inputs are logged as warnings; thousands of them would bury a failure.
        QLoggingCategory::setFilterRules(QStringLiteral("uniload.*.warning=false\nuniload.*.info=false"));
    }

    void apiYamlEditor()
    {
        FuzzInput in("api.yaml editor");
        const QList<QByteArray> seeds = yamlSeeds();
        QVERIFY(seeds.size() > 5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("api.yaml"));
        ManualClock clock;
        uniapi::UniApiWriterSettings settings;
        settings.path = path;
        settings.maxBackups = 2;
        uniapi::UniApiWriter writer(settings, &clock);
        int written = 0;
        int refused = 0;
        FuzzBudget budget(600, kMaxMsPerHarness);
        while (budget.next()) {
            QByteArray text = in.pick(seeds);
            text = in.chance(50) ? in.mutate(text) : in.mutateLines(text);
            QVERIFY(writeFile(path, text));
            clock.advanceSecs(1);
            const uniapi::WriteRequest request = randomRequest(in);
            const QString context = QStringLiteral("seed %1, iteration %2").arg(in.seed()).arg(budget.done());

            const Result<uniapi::WritePlan> preview = writer.preview(request);
            const Result<uniapi::WriteOutcome> outcome = writer.apply(request);
            QVERIFY2(preview.ok() == outcome.ok() || outcome.error().kind == ErrorKind::Conflict, qPrintable(context));
            if (!outcome.ok()) {
                ++refused;
                const Error &e = outcome.error();
                if (e.kind == ErrorKind::Internal || e.code.isEmpty()) {
                    const QString saved = keepInput(in, budget.done(), text);
                    QFAIL(qPrintable(context + QStringLiteral(": ") + e.toString() + QStringLiteral(" (input kept in ") + saved
                                     + QStringLiteral(", providers: ") + providerNames(request) + QLatin1Char(')')));
                }
                QVERIFY2(!mentionsSecret(e.toString()) && !mentionsSecret(e.details), qPrintable(context));
                QVERIFY2(readFile(path) == text, qPrintable(context + QStringLiteral(": a refused write changed the file")));
                continue;
            }
            const QByteArray after = readFile(path);
            if (!outcome->written) {  // nothing to change: the file is left exactly as it was
                QVERIFY2(after == text, qPrintable(context));
                continue;
            }
            ++written;
            const Result<uniapi::CheckedConfig> checked = uniapi::checkConfigText(after, {});
            QVERIFY2(checked.ok(), qPrintable(context + QStringLiteral(": wrote an invalid file: ") + checked.error().message));
            QVERIFY2(!mentionsSecret(outcome->plan.diff), qPrintable(context));
            for (const uniapi::ManagedProvider &p : request.providers)
                QVERIFY2(after.contains(p.providerName().toUtf8()), qPrintable(context));
            const Result<uniapi::WritePlan> again = writer.preview(request);
            QVERIFY2(again.ok() && !again->changesFile, qPrintable(context + QStringLiteral(": a second write would change the file")));
        }
        qInfo("api.yaml editor: %d inputs, %d written, %d refused", budget.done(), written, refused);
        QVERIFY(written > 0 && refused > 0);
    }

    // Found by apiYamlEditor (seed 4): yaml-cpp accepts an unterminated quote at the end of the
    // file, which then swallows an appended entry. Refused as a layout problem, not an internal error.
    void unterminatedQuoteIsRefusedAsAParseError()
    {
        QTemporaryDir dir;
        uniapi::UniApiWriterSettings settings;
        settings.path = dir.filePath(QStringLiteral("api.yaml"));
        const QByteArray text = "providers:\n  - provider: t\n    : '\n";
        QVERIFY(writeFile(settings.path, text));
        uniapi::UniApiWriter writer(settings);
        uniapi::WriteRequest request;
        request.providers = {provider(QStringLiteral("deepseek-chat"), ChannelType::OpenAI, {QStringLiteral("deepseek-chat")})};
        const Result<uniapi::WriteOutcome> outcome = writer.apply(request);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Validation);
        // yaml-cpp ends the string at the end of the file; uni-api's loader refuses it.
        QCOMPARE(outcome.error().code, QStringLiteral("UNIAPI_PARSE"));
        QVERIFY2(outcome.error().message.contains(QLatin1String("line 3, column 7: the quoted string starting here is never closed")),
                 qPrintable(outcome.error().message));
        QCOMPARE(readFile(settings.path), text);
    }

    void instanceFileLoader()
    {
        FuzzInput in("instance file");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("gptload-instances.json"));
        int loaded = 0;
        int rejected = 0;
        FuzzBudget budget(3000, kMaxMsPerHarness);
        while (budget.next()) {
            const QByteArray json = in.chance(10) ? in.mutate(in.oddBytes() + instanceSeed()) : mutateInstances(in);
            const QString context = QStringLiteral("seed %1, iteration %2").arg(in.seed()).arg(budget.done());
            const InstanceFileLoad load = parseInstanceFile(json, file);
            for (const InstanceFileWarning &w : load.warnings)
                QVERIFY2(!mentionsSecret(w.message), qPrintable(context));
            if (!load.ok()) {
                ++rejected;
                QVERIFY2(!load.error->reason.isEmpty(), qPrintable(context));
                QCOMPARE(load.error->file, file);
                QVERIFY2(!mentionsSecret(load.error->toString()), qPrintable(context + QStringLiteral(": ") + load.error->toString()));
                QVERIFY(load.instances.isEmpty());
                continue;
            }
            ++loaded;
            QVERIFY2(!load.instances.isEmpty(), qPrintable(context));
            // What loads can be written back and loads the same (the instance editor relies on it).
            const InstanceFileLoad again = parseInstanceFile(serializeInstances(load.instances), file);
            QVERIFY2(again.ok(), qPrintable(context + QStringLiteral(": ") + (again.error ? again.error->toString() : QString())));
            QVERIFY2(again.instances == load.instances, qPrintable(context + QStringLiteral(": round trip differs")));
            // Written back with the entries as read (what an edit does to what it does not touch),
            // every entry keeps its JSON values exactly.
            InstanceConfigList fileOrder;
            for (const InstanceFileEntry &entry : load.entries)
                fileOrder.append(entry.instance);
            const QJsonArray kept = QJsonDocument::fromJson(serializeInstances(fileOrder, load.entries)).array();
            QVERIFY2(kept.size() == load.entries.size(), qPrintable(context));
            for (qsizetype i = 0; i < kept.size(); ++i)
                QVERIFY2(kept.at(i).toObject() == load.entries.at(i).json, qPrintable(context + QStringLiteral(": entry %1 changed").arg(i)));
        }
        qInfo("instance file: %d inputs, %d loaded, %d rejected", budget.done(), loaded, rejected);
        QVERIFY(loaded > 0 && rejected > 0);
    }

    void envLoader()
    {
        FuzzInput in("env loader");
        int entries = 0;
        int problems = 0;
        FuzzBudget budget(5000, kMaxMsPerHarness);
        while (budget.next()) {
            QByteArray bytes = in.chance(50) ? in.mutate(envSeed(), 8) : in.mutateLines(envSeed());
            if (in.chance(5))
                bytes = in.oddBytes() + bytes;
            const QString context = QStringLiteral("seed %1, iteration %2").arg(in.seed()).arg(budget.done());
            const EnvFileParse parse = parseEnvBytes(bytes);
            const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
            entries += int(parse.entries.size());
            problems += int(parse.problems.size());
            for (const EnvFileEntry &e : parse.entries) {
                QVERIFY2(!e.key.isEmpty(), qPrintable(context));
                QVERIFY2(e.line >= 1 && e.line <= lines, qPrintable(context));
            }
            for (const EnvFileProblem &p : parse.problems) {
                QVERIFY2(p.line >= 1 && p.line <= lines, qPrintable(context + QStringLiteral(": line %1 of %2").arg(p.line).arg(lines)));
                QVERIFY2(!p.message.isEmpty(), qPrintable(context));
                QVERIFY2(!p.message.contains(kEnvSecret), qPrintable(context + QStringLiteral(": ") + p.message));
            }
        }
        qInfo("env loader: %d inputs, %d entries, %d problems", budget.done(), entries, problems);
        QVERIFY(entries > 0 && problems > 0);
    }

    // The files on disk, merged with a process environment that always wins.
    void envFilesOnDisk()
    {
        FuzzInput in("env files on disk");
        QTemporaryDir dir;
        QProcessEnvironment process;
        process.insert(QStringLiteral("GPTLOAD_URL"), QStringLiteral("http://from-process:3001"));
        FuzzBudget budget(200, kMaxMsPerHarness);
        while (budget.next()) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral(".env")), in.mutate(envSeed(), 4)));
            QVERIFY(writeFile(dir.filePath(QStringLiteral(".env.local")), in.mutateLines(envSeed())));
            const LoadedEnvironment env = loadEnvironment(dir.path(), process);
            QCOMPARE(env.files.size(), 2);
            QCOMPARE(env.value(QStringLiteral("GPTLOAD_URL"))->value, QStringLiteral("http://from-process:3001"));
            for (const QString &p : env.problems())
                QVERIFY2(!p.contains(kEnvSecret), qPrintable(p));
        }
    }
};

QTEST_GUILESS_MAIN(TestReliabilityFuzzFiles)
#include "tst_reliability_fuzz_files.moc"
