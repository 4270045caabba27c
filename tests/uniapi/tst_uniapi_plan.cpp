// Planner tests: text edits on fixture files (uniapi-config.md §6.4–6.6 and the §8 checklist).
// Expected outputs live in data/uniapi/expected/; UNIAPI_UPDATE_GOLDEN=1 rewrites them (review
// the diff before committing).
#include "core/uniapi/writeplanner.h"
#include "core/uniapi/yamltree.h"
#include "tests/uniapi/uniapitesthelpers.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace ul;
using namespace ul::uniapi;
using namespace ul::uniapi::test;

namespace {

Result<PlannedWrite> plan(const QByteArray &input, const QList<ManagedProvider> &desired,
                          const QStringList &knownUrls = {}, bool writeEngine = true)
{
    return planManagedWrite(FileSnapshot::of(input), desired,
                            PlannerOptions{QStringLiteral("/srv/uni-api/api.yaml"), writeEngine, knownUrls});
}

// Compares with data/uniapi/expected/<name>; the output of a failure names the first differing line.
bool matchesGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(UNILOAD_TEST_DATA_DIR "/uniapi/expected/") + name;
    if (qEnvironmentVariableIsSet("UNIAPI_UPDATE_GOLDEN"))
        ul::test::writeFile(path, actual);
    const QByteArray expected = ul::test::readFile(path);
    if (expected == actual)
        return true;
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray el = e.value(i), al = a.value(i);
        if (el != al) {
            qWarning("%s line %lld differs:\n expected: %s\n actual:   %s", qPrintable(name), qlonglong(i + 1),
                     el.constData(), al.constData());
            break;
        }
    }
    return false;
}

int countOf(const QByteArray &haystack, const QByteArray &needle)
{
    return int(haystack.count(needle));
}

QStringList modelNamesOf(const QByteArray &text, const QString &providerName)
{
    QStringList out;
    const YAML::Node root = YAML::Load(text.toStdString());
    for (const YAML::Node &p : root["providers"]) {
        if (p["provider"].as<std::string>() != providerName.toStdString())
            continue;
        for (const YAML::Node &m : p["model"]) {
            if (m.IsScalar())
                out.append(QString::fromStdString(m.Scalar()));
            else
                for (auto it = m.begin(); it != m.end(); ++it)
                    out.append(QString::fromStdString(it->first.Scalar()) + QStringLiteral(" => ")
                               + QString::fromStdString(it->second.Scalar()));
        }
    }
    return out;
}

} // namespace

class TestUniApiPlan : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithoutChangeIsByteIdentical()
    {
        const QByteArray input = fixture(QStringLiteral("commented.yaml"));
        const Result<PlannedWrite> p = plan(input, {deepseek(), claudeSonnet()});
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QVERIFY(!p->plan.changesFile);
        QCOMPARE(p->newBytes, input);
        QCOMPARE(p->plan.unchanged, (QStringList{QStringLiteral("gptload-deepseek-chat"),
                                                  QStringLiteral("gptload-claude-sonnet-4-20250514")}));
        QVERIFY(p->plan.added.isEmpty() && p->plan.changed.isEmpty() && p->plan.removed.isEmpty());
        QVERIFY(p->plan.diff.isEmpty());
        QCOMPARE(p->plan.providersCount, 4);
    }

    void commentedFileSurvivesEdits_data()
    {
        QTest::addColumn<QList<ManagedProvider>>("desired");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<bool>("managedCommentSurvives");

        QTest::newRow("add") << QList<ManagedProvider>{deepseek(), claudeSonnet(), qwen()}
                             << QStringLiteral("commented-add.yaml") << true;
        ManagedProvider changed = deepseek();
        changed.models.append(ManagedModel{QStringLiteral("deepseek-reasoner"), {}});
        QTest::newRow("change") << QList<ManagedProvider>{changed, claudeSonnet()}
                                << QStringLiteral("commented-change.yaml") << false;
        QTest::newRow("remove") << QList<ManagedProvider>{deepseek()} << QStringLiteral("commented-remove.yaml") << true;
        QTest::newRow("remove-first") << QList<ManagedProvider>{claudeSonnet()}
                                      << QStringLiteral("commented-remove-first.yaml") << false;
    }
    void commentedFileSurvivesEdits()
    {
        QFETCH(QList<ManagedProvider>, desired);
        QFETCH(QString, golden);
        QFETCH(bool, managedCommentSurvives);
        const QByteArray input = fixture(QStringLiteral("commented.yaml"));
        const Result<PlannedWrite> p = plan(input, desired);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QVERIFY(p->plan.changesFile);
        QVERIFY(matchesGolden(golden, p->newBytes));

        // Everything the operator wrote is still there, character for character.
        for (const char *kept : {"# My gateway. Entries marked managed-by=uni-load",
                                 "  - provider: openai-direct            # my own account\n",
                                 "    api: ${OPENAI_KEY}\n", "      - ${CLAUDE_KEY_2:-fallback}\n",
                                 "      - claude-opus-4-1-20250805: claude-opus-4-1   # the rename hides the dated name\n",
                                 "\n# --- client keys ---\napi_keys:\n", "    role: admin                        # no model list",
                                 "preferences:\n  model_timeout: {default: 100}\n  cooldown_period: 300\n",
                                 "# an unknown top-level key, kept as it is\nx-operator:\n  defaults: &defaults\n"})
            QVERIFY2(p->newBytes.contains(kept), kept);
        QCOMPARE(p->newBytes.contains("# a comment on a managed entry survives"), managedCommentSurvives);
    }

    void newEntriesGoAfterTheLastManagedEntry()
    {
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("commented.yaml")), {deepseek(), claudeSonnet(), qwen()});
        QVERIFY(p.ok());
        const qsizetype claude = p->newBytes.indexOf("provider: gptload-claude-sonnet-4-20250514");
        const qsizetype added = p->newBytes.indexOf("provider: gptload-qwen3-235b-a22b-2507");
        const qsizetype team = p->newBytes.indexOf("provider: claude-team");
        QVERIFY(claude < added && added < team);
        QCOMPARE(p->plan.added, QStringList{QStringLiteral("gptload-qwen3-235b-a22b-2507")});
    }

    void commentBeforeApiKeysStaysInPlace_data()
    {
        QTest::addColumn<QList<ManagedProvider>>("desired");
        QTest::addColumn<QString>("golden");
        ManagedProvider changed = deepseek();
        changed.gatewayKey = QStringLiteral("sk-gw-rotated-gateway-key-0002");
        QTest::newRow("replaced") << QList<ManagedProvider>{changed} << QStringLiteral("last-before-keys-replace.yaml");
        QTest::newRow("removed") << QList<ManagedProvider>{} << QStringLiteral("last-before-keys-remove.yaml");
    }
    void commentBeforeApiKeysStaysInPlace()
    {
        QFETCH(QList<ManagedProvider>, desired);
        QFETCH(QString, golden);
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("last-before-keys.yaml")), desired);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QVERIFY(p->newBytes.contains("\n# --- keys ---\napi_keys:\n"));
        QVERIFY(matchesGolden(golden, p->newBytes));
    }

    void lineEndingsBomAndFinalNewlineAreKept_data()
    {
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("finalNewline");
        QTest::addColumn<int>("edit");  // 0 add, 1 change, 2 remove
        for (int edit = 0; edit < 3; ++edit) {
            const QByteArray e = QByteArray::number(edit);
            QTest::newRow(QByteArray("crlf-" + e).constData()) << true << false << true << edit;
            QTest::newRow(QByteArray("bom-" + e).constData()) << false << true << true << edit;
            QTest::newRow(QByteArray("no-final-newline-" + e).constData()) << false << false << false << edit;
            QTest::newRow(QByteArray("all-three-" + e).constData()) << true << true << false << edit;
        }
    }
    void lineEndingsBomAndFinalNewlineAreKept()
    {
        QFETCH(bool, crlf);
        QFETCH(bool, bom);
        QFETCH(bool, finalNewline);
        QFETCH(int, edit);
        auto variant = [&](QByteArray text) {
            if (!finalNewline)
                text.chop(1);
            if (crlf)
                text = toCrlf(text);
            if (bom)
                text.prepend("\xEF\xBB\xBF");
            return text;
        };
        ManagedProvider changed = deepseek();
        changed.models.append(ManagedModel{QStringLiteral("deepseek-reasoner"), {}});
        const QList<QList<ManagedProvider>> desired = {{deepseek(), claudeSonnet(), qwen()}, {changed, claudeSonnet()}, {deepseek()}};
        const QStringList goldens = {QStringLiteral("commented-add.yaml"), QStringLiteral("commented-change.yaml"),
                                     QStringLiteral("commented-remove.yaml")};

        const Result<PlannedWrite> p = plan(variant(fixture(QStringLiteral("commented.yaml"))), desired.at(edit));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        const QByteArray expected = variant(ul::test::readTestData(QStringLiteral("uniapi/expected/") + goldens.at(edit)));
        QCOMPARE(p->newBytes, expected);
        if (crlf)
            QCOMPARE(p->newBytes.count('\n'), p->newBytes.count("\r\n"));
    }

    void providersShapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("golden");
        QTest::newRow("missing") << QStringLiteral("providers-missing.yaml") << QStringLiteral("providers-missing.yaml");
        QTest::newRow("null") << QStringLiteral("providers-null.yaml") << QStringLiteral("providers-null.yaml");
        QTest::newRow("null-tilde") << QStringLiteral("providers-null-tilde.yaml") << QStringLiteral("providers-null-tilde.yaml");
        QTest::newRow("empty-flow") << QStringLiteral("providers-empty-flow.yaml") << QStringLiteral("providers-empty-flow.yaml");
        QTest::newRow("block") << QStringLiteral("commented.yaml") << QStringLiteral("commented-add-gemini.yaml");
    }
    void providersShapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, golden);
        QList<ManagedProvider> desired{gemini()};
        if (input == QLatin1String("commented.yaml"))
            desired = {deepseek(), claudeSonnet(), gemini()};
        const Result<PlannedWrite> p = plan(fixture(input), desired);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QVERIFY(matchesGolden(golden, p->newBytes));
        QCOMPARE(p->plan.added, QStringList{QStringLiteral("gptload-gemini-2-5-flash")});
    }

    // Small inputs with hand-written expected outputs for layouts the fixtures do not cover.
    void unusualLayouts_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<ManagedProvider>>("desired");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray keys = "api_keys:\n  - api: sk-admin-CHANGE-ME\n";
        const QByteArray managed = "    base_url: http://gptload:3001/proxy/deepseek-chat/v1/chat/completions\n"
                                   "    api: sk-gw-test-gateway-key-0001\n    engine: gpt\n    tools: true\n"
                                   "    notes: managed-by=uni-load\n    model:\n      - deepseek-chat\n";

        QTest::newRow("remove middle entry between blank lines")
            << QByteArray("providers:\n  - provider: a\n    model: [x]\n\n  - provider: gptload-deepseek-chat\n" + managed
                          + "\n  - provider: b\n    model: [y]\n" + keys)
            << QList<ManagedProvider>{}
            << QByteArray("providers:\n  - provider: a\n    model: [x]\n\n  - provider: b\n    model: [y]\n" + keys);
        QTest::newRow("trailing comments at end of file stay")
            << QByteArray(keys + "providers:\n  - provider: a\n    model: [x]\n  - provider: gptload-deepseek-chat\n" + managed
                          + "# end of providers\n\n# the end\n")
            << QList<ManagedProvider>{}
            << QByteArray(keys + "providers:\n  - provider: a\n    model: [x]\n# end of providers\n\n# the end\n");
        QTest::newRow("comment between dash and first key")
            << QByteArray("providers:\n  - provider: a\n    model: [x]\n  - # managed\n    provider: gptload-deepseek-chat\n"
                          + managed + keys)
            << QList<ManagedProvider>{}
            << QByteArray("providers:\n  - provider: a\n    model: [x]\n" + keys);
        QTest::newRow("duplicate managed entry is dropped")
            << QByteArray("providers:\n  - provider: gptload-deepseek-chat\n" + managed + "  - provider: gptload-deepseek-chat\n"
                          + managed + keys)
            << QList<ManagedProvider>{deepseek()}
            << QByteArray("providers:\n  - provider: gptload-deepseek-chat\n" + managed + keys);
        QTest::newRow("quoted providers key and document start")
            << QByteArray("---\n" + keys + "\"providers\": ~   # later\n")
            << QList<ManagedProvider>{gemini()}
            << QByteArray("---\n" + keys + "\"providers\": # later\n  - provider: gptload-gemini-2-5-flash\n"
                          "    base_url: \"http://gptload:3001/proxy/gemini-2-5-flash/v1beta\"\n"
                          "    api: sk-gw-test-gateway-key-0001\n    engine: gemini\n    tools: true\n"
                          "    notes: \"managed-by=uni-load\"\n    model:\n      - gemini-2.5-flash\n");
        QTest::newRow("document end marker")
            << QByteArray(keys + "...\n")
            << QList<ManagedProvider>{gemini()}
            << QByteArray(keys + "\nproviders:\n  - provider: gptload-gemini-2-5-flash\n"
                          "    base_url: \"http://gptload:3001/proxy/gemini-2-5-flash/v1beta\"\n"
                          "    api: sk-gw-test-gateway-key-0001\n    engine: gemini\n    tools: true\n"
                          "    notes: \"managed-by=uni-load\"\n    model:\n      - gemini-2.5-flash\n...\n");
        QTest::newRow("unterminated key line")
            << QByteArray(keys + "providers:")
            << QList<ManagedProvider>{gemini()}
            << QByteArray(keys + "providers:\n  - provider: gptload-gemini-2-5-flash\n"
                          "    base_url: \"http://gptload:3001/proxy/gemini-2-5-flash/v1beta\"\n"
                          "    api: sk-gw-test-gateway-key-0001\n    engine: gemini\n    tools: true\n"
                          "    notes: \"managed-by=uni-load\"\n    model:\n      - gemini-2.5-flash");
    }
    void unusualLayouts()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<ManagedProvider>, desired);
        QFETCH(QByteArray, expected);
        const Result<PlannedWrite> p = plan(input, desired);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->newBytes, expected);
    }

    // Every subset of managed providers, applied one after another: each result is stable
    // (re-planning it changes nothing) and the operator's text is always intact.
    void sequencesOfEditsConverge()
    {
        const QList<ManagedProvider> all = {deepseek(), claudeSonnet(), qwen(), gemini()};
        for (const bool crlf : {false, true}) {
            const QByteArray original = crlf ? toCrlf(fixture(QStringLiteral("commented.yaml"))) : fixture(QStringLiteral("commented.yaml"));
            QByteArray current = original;
            // All 16 subsets, in an order that adds, changes and removes several entries at once.
            for (const int mask : {15, 0, 5, 10, 3, 12, 6, 9, 1, 2, 4, 8, 7, 11, 13, 14}) {
                QList<ManagedProvider> desired;
                for (int i = 0; i < all.size(); ++i)
                    if (mask & (1 << i))
                        desired.append(all.at(i));
                const Result<PlannedWrite> step = plan(current, desired);
                QVERIFY2(step.ok(), qPrintable(step.ok() ? QString() : step.error().toString()));
                const Result<PlannedWrite> again = plan(step->newBytes, desired);
                QVERIFY(again.ok());
                QVERIFY2(!again->plan.changesFile, qPrintable(again->plan.diff));
                QCOMPARE(step->newBytes.count("provider: gptload-"), desired.size());
                for (const char *kept : {"  - provider: openai-direct            # my own account", "# --- client keys ---\r?\napi_keys:",
                                         "x-operator:\r?\n  defaults: &defaults"})
                    QVERIFY2(QString::fromUtf8(step->newBytes).contains(QRegularExpression(QString::fromUtf8(kept))), kept);
                if (crlf)
                    QCOMPARE(step->newBytes.count('\n'), step->newBytes.count("\r\n"));
                current = step->newBytes;
            }
            // Back to the original set: only managed entries may differ from the original text.
            const Result<PlannedWrite> back = plan(current, {deepseek(), claudeSonnet()});
            QVERIFY(back.ok());
            QCOMPARE(back->newBytes.count("provider: "), original.count("provider: "));
        }
    }

    void emptyProvidersWithNothingToAddStayAsTheyAre()
    {
        const QByteArray input = fixture(QStringLiteral("providers-empty-flow.yaml"));
        const Result<PlannedWrite> p = plan(input, {});
        QVERIFY(p.ok());
        QVERIFY(!p->plan.changesFile);
        QCOMPARE(p->newBytes, input);
    }

    void nonEmptyFlowProvidersAreRefused()
    {
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("providers-flow.yaml")), {gemini()});
        QVERIFY(p.hasError());
        QCOMPARE(p.error().code, QStringLiteral("UNIAPI_UNSUPPORTED_LAYOUT"));
        QVERIFY2(p.error().message.contains(QLatin1String("block style")), qPrintable(p.error().message));
    }

    void providersThatIsNotAListIsRefused()
    {
        const Result<PlannedWrite> p = plan("api_keys:\n  - api: sk-admin-CHANGE-ME\nproviders: oops\n", {gemini()});
        QVERIFY(p.hasError());
        QCOMPARE(p.error().code, QStringLiteral("UNIAPI_UNSUPPORTED_LAYOUT"));
        const Result<PlannedWrite> list = plan("- a\n- b\n", {gemini()});
        QVERIFY(list.hasError());
        QCOMPARE(list.error().kind, ErrorKind::Validation);
    }

    void indentationOfExistingItemsIsReused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("dash");
        QTest::newRow("0") << QStringLiteral("indent-0.yaml") << 0;
        QTest::newRow("2") << QStringLiteral("commented.yaml") << 2;
        QTest::newRow("4") << QStringLiteral("indent-4.yaml") << 4;
    }
    void indentationOfExistingItemsIsReused()
    {
        QFETCH(QString, input);
        QFETCH(int, dash);
        QList<ManagedProvider> desired{gemini()};
        if (input == QLatin1String("commented.yaml"))
            desired = {deepseek(), claudeSonnet(), gemini()};
        const Result<PlannedWrite> p = plan(fixture(input), desired);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        const QByteArray pad(dash, ' ');
        QVERIFY(p->newBytes.contains(QByteArray('\n' + pad + "- provider: gptload-gemini-2-5-flash\n" + pad + "  base_url: ")));
        QVERIFY(p->newBytes.contains(QByteArray('\n' + pad + "    - gemini-2.5-flash\n")));
        if (dash != 2)
            QVERIFY(matchesGolden(input, p->newBytes));
    }

    void handWrittenGptloadEntryBlocksTheManagedOne()
    {
        const QByteArray input = fixture(QStringLiteral("handwritten-reserved.yaml"));
        const Result<PlannedWrite> p = plan(input, {deepseek(), qwen()}, {kGptLoad});
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->plan.conflicts.size(), 1);
        QCOMPARE(p->plan.conflicts.first().provider, QStringLiteral("gptload-deepseek-chat"));
        QCOMPARE(p->plan.conflicts.first().line, 3);
        QCOMPARE(p->plan.added, QStringList{QStringLiteral("gptload-qwen3-235b-a22b-2507")});
        QCOMPARE(countOf(p->newBytes, "provider: gptload-deepseek-chat"), 1);
        QVERIFY(p->newBytes.startsWith(input.left(input.indexOf("api_keys:"))));  // hand-written entry untouched

        const Result<PlannedWrite> onlyConflict = plan(input, {deepseek()}, {kGptLoad});
        QVERIFY(onlyConflict.ok());
        QVERIFY(!onlyConflict->plan.changesFile);
        QCOMPARE(onlyConflict->plan.conflicts.size(), 1);
    }

    void originalStyleEntriesAreAdopted()
    {
        const QString local = QStringLiteral("http://localhost:3001");
        const QByteArray input = fixture(QStringLiteral("original-style.yaml"));
        const Result<PlannedWrite> p = plan(input, {deepseek(local)}, {local + QLatin1Char('/')});
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->plan.adopted, QStringList{QStringLiteral("gptload-deepseek-chat")});
        QCOMPARE(p->plan.removed, QStringList{QStringLiteral("gptload-old-legacy-group")});
        QVERIFY(p->plan.conflicts.isEmpty());
        QVERIFY(!p->newBytes.contains("sk-admin-token-of-the-instance"));  // the admin token leaves the file
        QVERIFY(matchesGolden(QStringLiteral("original-style-adopted.yaml"), p->newBytes));

        const Result<PlannedWrite> again = planManagedWrite(FileSnapshot::of(p->newBytes), {deepseek(local)},
                                                            PlannerOptions{QString(), true, {local}});
        QVERIFY(again.ok());
        QVERIFY(!again->plan.changesFile);
        QCOMPARE(again->plan.unchanged, QStringList{QStringLiteral("gptload-deepseek-chat")});

        // Without the instance URL the same entries are hand-written: reserved, never touched.
        const Result<PlannedWrite> unknown = plan(input, {deepseek(local)});
        QVERIFY(unknown.ok());
        QVERIFY(!unknown->plan.changesFile);
        QCOMPARE(unknown->plan.conflicts.size(), 1);
    }

    void scalarsThatNeedQuotingRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"qwen/qwen3:free", "-leading-dash", "yes", "No", "123", "1e5", "null", "~", "Y",
                              "2001-12-14", ".inf", "0x1F", "a \"quoted\" \\ name", "tab\there", "colon: space",
                              "#hash", "ünïcödé-模型", "trailing ", "[flow]", "{map}", "@at", "`tick", "*star", "&amp",
                              "!bang", "%pct", "|pipe", ">gt", "'single'"})
            QTest::newRow(n) << QString::fromUtf8(n);
    }
    void scalarsThatNeedQuotingRoundTrip()
    {
        QFETCH(QString, name);
        ManagedProvider p = provider(QStringLiteral("odd-model"), ChannelType::OpenAI,
                                     {{name, {}}, {QStringLiteral("plain-model"), name + QStringLiteral("-alias")}});
        const Result<PlannedWrite> planned = plan(fixture(QStringLiteral("commented.yaml")), {deepseek(), claudeSonnet(), p});
        QVERIFY2(planned.ok(), qPrintable(planned.ok() ? QString() : planned.error().toString()));
        QCOMPARE(modelNamesOf(planned->newBytes, QStringLiteral("gptload-odd-model")),
                 (QStringList{name, QStringLiteral("plain-model"), QStringLiteral("plain-model => ") + name + QStringLiteral("-alias")}));
        // And the written entry reads back as unchanged.
        const Result<PlannedWrite> again = plan(planned->newBytes, {deepseek(), claudeSonnet(), p});
        QVERIFY(again.ok());
        QVERIFY(!again->plan.changesFile);
    }

    void duplicateKeyInInputIsRefused()
    {
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("duplicate-key.yaml")), {deepseek()});
        QVERIFY(p.hasError());
        QCOMPARE(p.error().code, QStringLiteral("UNIAPI_DUPLICATE_KEY"));
        QCOMPARE(p.error().details, QStringLiteral("line 7, column 5"));
        QVERIFY(p.error().message.contains(QLatin1String("\"api\"")));
    }

    void unparseableInputIsRefusedWithItsPosition()
    {
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("broken.yaml")), {deepseek()});
        QVERIFY(p.hasError());
        QCOMPARE(p.error().code, QStringLiteral("UNIAPI_PARSE"));
        QVERIFY2(p.error().message.contains(QRegularExpression(QStringLiteral("line \\d+, column \\d+"))),
                 qPrintable(p.error().message));
        QVERIFY(!p.error().details.isEmpty());
    }

    void removingTheLastProviderIsRefused()
    {
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("only-managed.yaml")), {});
        QVERIFY(p.hasError());
        QCOMPARE(p.error().kind, ErrorKind::Unprocessable);
        QCOMPARE(p.error().message, QStringLiteral("refusing to leave api.yaml without providers"));
    }

    void missingApiKeysIsRefused()
    {
        const Result<PlannedWrite> p = plan("providers:\n", {deepseek()});
        QVERIFY(p.hasError());
        QVERIFY2(p.error().message.contains(QLatin1String("api_keys")), qPrintable(p.error().message));
    }

    void handWrittenDuplicateNamesAreRefused()
    {
        const QByteArray input = "providers:\n  - provider: a\n    model: [x]\n  - provider: a\n    model: [y]\n"
                                 "api_keys:\n  - api: sk-admin-CHANGE-ME\n";
        const Result<PlannedWrite> p = plan(input, {deepseek()});
        QVERIFY(p.hasError());
        QVERIFY2(p.error().message.contains(QLatin1String("provider name a is used twice")), qPrintable(p.error().message));
    }

    void aliasRules()
    {
        const QList<ManagedProvider> desired = {
            deepseek(),
            claudeSonnet(),
            provider(QStringLiteral("gpt-4-1106-preview"), ChannelType::OpenAI, {{QStringLiteral("gpt-4-1106-preview"), QStringLiteral("gpt-4")}}),
            provider(QStringLiteral("gpt-4-0613"), ChannelType::OpenAI, {{QStringLiteral("gpt-4-0613"), QStringLiteral("gpt-4")}}),
            provider(QStringLiteral("gpt-4o-2024-11-20"), ChannelType::OpenAI, {{QStringLiteral("gpt-4o-2024-11-20"), QStringLiteral("gpt-4o")}}),
            provider(QStringLiteral("deepseek-chat-0324"), ChannelType::OpenAI, {{QStringLiteral("deepseek-chat-0324"), QStringLiteral("deepseek-chat")}}),
            provider(QStringLiteral("claude-x-think"), ChannelType::Anthropic, {{QStringLiteral("claude-x-think-2025"), QStringLiteral("claude-x-think")}}),
            provider(QStringLiteral("gemini-search"), ChannelType::Gemini, {{QStringLiteral("gemini-2.0-search-001"), QStringLiteral("gemini-2.0-search")}}),
            provider(QStringLiteral("gemini-think-8"), ChannelType::Gemini, {{QStringLiteral("gemini-2.5-pro-think-8-exp"), QStringLiteral("gemini-2.5-pro-think-8")}}),
            provider(QStringLiteral("same-name"), ChannelType::OpenAI, {{QStringLiteral("same-name"), QStringLiteral("same-name")}}),
            provider(QStringLiteral("deepseek-ai-deepseek-v3-1"), ChannelType::OpenAI, {{QStringLiteral("deepseek-ai/DeepSeek-V3.1"), QStringLiteral("deepseek-v3.1")}}),
        };
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("commented.yaml")), desired);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));

        QHash<QString, AliasSuppression> reasons;
        for (const SuppressedAlias &s : p->plan.suppressedAliases)
            reasons.insert(s.upstreamName, s.reason);
        QCOMPARE(reasons.value(QStringLiteral("gpt-4-1106-preview")), AliasSuppression::SharedAlias);
        QCOMPARE(reasons.value(QStringLiteral("gpt-4-0613")), AliasSuppression::SharedAlias);
        QCOMPARE(reasons.value(QStringLiteral("gpt-4o-2024-11-20")), AliasSuppression::EqualsHandWrittenModel);
        QCOMPARE(reasons.value(QStringLiteral("deepseek-chat-0324")), AliasSuppression::EqualsManagedModel);
        QCOMPARE(reasons.value(QStringLiteral("claude-x-think-2025")), AliasSuppression::MagicSuffix);
        QCOMPARE(reasons.value(QStringLiteral("gemini-2.0-search-001")), AliasSuppression::MagicSuffix);
        QCOMPARE(reasons.value(QStringLiteral("gemini-2.5-pro-think-8-exp")), AliasSuppression::MagicSuffix);
        QCOMPARE(reasons.value(QStringLiteral("same-name")), AliasSuppression::EqualsUpstream);
        QCOMPARE(reasons.size(), 8);

        // Both colliding models stay reachable by their full names; no merged alias is written.
        QCOMPARE(modelNamesOf(p->newBytes, QStringLiteral("gptload-gpt-4-1106-preview")), QStringList{QStringLiteral("gpt-4-1106-preview")});
        QVERIFY(!p->newBytes.contains(": gpt-4\n"));
        // Dots are kept in aliases.
        QVERIFY(p->newBytes.contains("      - deepseek-ai/DeepSeek-V3.1: deepseek-v3.1\n"));
        // An alias that is fine stays (claude-sonnet-4 in the unchanged entry).
        QVERIFY(p->plan.unchanged.contains(QStringLiteral("gptload-claude-sonnet-4-20250514")));
    }

    void engineSettingOff()
    {
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("commented.yaml")), {deepseek(), claudeSonnet(), gemini()}, {}, false);
        QVERIFY(p.ok());
        QCOMPARE(p->plan.changed.size(), 2);  // the existing entries lose `engine:`
        QVERIFY(!p->newBytes.contains("engine: "));
    }

    void managedEntryShapeAndKeyOrder()
    {
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("providers-null.yaml")), {claudeSonnet()});
        QVERIFY(p.ok());
        const QByteArray expected = "  - provider: gptload-claude-sonnet-4-20250514\n"
                                    "    base_url: \"http://gptload:3001/proxy/claude-sonnet-4-20250514/v1/messages\"\n"
                                    "    api: sk-gw-test-gateway-key-0001\n"
                                    "    engine: claude\n"
                                    "    tools: true\n"
                                    "    notes: \"managed-by=uni-load\"\n"
                                    "    model:\n"
                                    "      - claude-sonnet-4-20250514\n"
                                    "      - claude-sonnet-4-20250514: claude-sonnet-4\n";
        QVERIFY2(p->newBytes.contains(expected), p->newBytes.constData());
    }

    void invalidDesiredProvidersAreRejected_data()
    {
        QTest::addColumn<ManagedProvider>("bad");
        ManagedProvider upper = gemini();
        upper.l3GroupName = QStringLiteral("Gemini");
        QTest::newRow("group name") << upper;
        ManagedProvider noKey = gemini();
        noKey.gatewayKey.clear();
        QTest::newRow("no key") << noKey;
        ManagedProvider noModels = gemini();
        noModels.models.clear();
        QTest::newRow("no models") << noModels;
        ManagedProvider badUrl = gemini();
        badUrl.instanceBaseUrl = QStringLiteral("gptload:3001");
        QTest::newRow("url") << badUrl;
    }
    void invalidDesiredProvidersAreRejected()
    {
        QFETCH(ManagedProvider, bad);
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("commented.yaml")), {bad});
        QVERIFY(p.hasError());
        QCOMPARE(p.error().kind, ErrorKind::Validation);
        QVERIFY(!p.error().message.contains(kGatewayKey));
        const Result<PlannedWrite> twice = plan(fixture(QStringLiteral("commented.yaml")), {gemini(), gemini()});
        QVERIFY(twice.hasError());
    }

    void gatewayKeyNeverInThePlan()
    {
        ManagedProvider secret = gemini();
        secret.gatewayKey = QStringLiteral("sk-gw-VERY-SECRET-abcdefghijklmnop");
        const Result<PlannedWrite> p = plan(fixture(QStringLiteral("commented.yaml")), {deepseek(), claudeSonnet(), secret});
        QVERIFY(p.ok());
        QVERIFY(p->newBytes.contains(secret.gatewayKey.toUtf8()));
        const QByteArray json = QJsonDocument(p->plan.toJson()).toJson();
        QVERIFY(!json.contains("VERY-SECRET"));
        QVERIFY(!p->plan.diff.contains(QLatin1String("VERY-SECRET")));
        QVERIFY(p->plan.diff.contains(QLatin1String("+    api: sk-g")));
        QVERIFY(p->plan.diff.contains(QLatin1String("+  - provider: gptload-gemini-2-5-flash")));
    }

    void missingFileIsBootstrapped()
    {
        const PlannerOptions options{QStringLiteral("/srv/api.yaml"), true, {}};
        const Result<PlannedWrite> first = planManagedWrite(FileSnapshot::missing(), {deepseek()}, options);
        const Result<PlannedWrite> second = planManagedWrite(FileSnapshot::missing(), {deepseek()}, options);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QVERIFY(second.ok());
        QVERIFY(first->plan.createsFile && first->plan.bootstraps && first->plan.changesFile);
        static const QRegularExpression keyShape(QStringLiteral("^sk-[A-Za-z0-9]{48}$"));
        QVERIFY(keyShape.match(first->generatedClientKey).hasMatch());
        QVERIFY(first->generatedClientKey != second->generatedClientKey);
        QVERIFY(first->newBytes.contains(QByteArray("  - api: " + first->generatedClientKey.toUtf8() + "\n    model: [all]\n")));
        QVERIFY(!first->plan.diff.contains(first->generatedClientKey));
        QVERIFY(!QJsonDocument(first->plan.toJson()).toJson().contains(first->generatedClientKey.toUtf8()));

        QByteArray normalized = first->newBytes;
        normalized.replace(first->generatedClientKey.toUtf8(), "sk-GENERATED");
        QVERIFY(matchesGolden(QStringLiteral("bootstrap.yaml"), normalized));

        const Result<PlannedWrite> nothing = planManagedWrite(FileSnapshot::missing(), {}, options);
        QVERIFY(nothing.ok());
        QVERIFY(!nothing->plan.changesFile && !nothing->plan.createsFile);
    }

    void commentOnlyFileIsBootstrappedBelowItsComments()
    {
        const QByteArray input = fixture(QStringLiteral("comments-only.yaml"));
        const Result<PlannedWrite> p = plan(input, {deepseek()});
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QVERIFY(p->plan.bootstraps && !p->plan.createsFile);
        QVERIFY(p->newBytes.startsWith(QByteArray(input + "\napi_keys:\n")));
    }
};

QTEST_GUILESS_MAIN(TestUniApiPlan)
#include "tst_uniapi_plan.moc"
