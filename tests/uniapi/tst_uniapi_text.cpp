// Building blocks of the api.yaml writer: the line model, scalar emission, yaml-cpp helpers,
// locating providers, the diff and its redaction.
#include "core/common/redactor.h"
#include "core/uniapi/aliasrules.h"
#include "core/uniapi/providerslayout.h"
#include "core/uniapi/textdocument.h"
#include "core/uniapi/unifieddiff.h"
#include "core/uniapi/yamlscalar.h"
#include "core/uniapi/yamltree.h"

#include <QTest>

using namespace ul;
using namespace ul::uniapi;

namespace {

QString canonicalOf(const char *yaml)
{
    const Result<YAML::Node> node = parseYaml(QByteArray(yaml));
    if (node.hasError())
        return QStringLiteral("error: ") + node.error().message;
    const Result<QString> c = canonicalYaml(node.value());
    return c.ok() ? c.value() : QStringLiteral("error: ") + c.error().message;
}

} // namespace

class TestUniApiText : public QObject
{
    Q_OBJECT

private slots:
    void splitsLinesKeepingTerminators()
    {
        const TextDocument doc = TextDocument::fromBytes("\xEF\xBB\xBF" "a: 1\r\nb: 2\r\nc: 3");
        QVERIFY(doc.hasBom);
        QCOMPARE(doc.eol, QByteArray("\r\n"));
        QVERIFY(doc.missingFinalNewline);
        QCOMPARE(doc.lines, (QList<QByteArray>{"a: 1\r\n", "b: 2\r\n", "c: 3"}));
        QCOMPARE(doc.body(), QByteArray("a: 1\r\nb: 2\r\nc: 3"));

        const TextDocument empty = TextDocument::fromBytes(QByteArray());
        QCOMPARE(empty.lineCount(), 0);
        QVERIFY(!empty.missingFinalNewline);
    }

    void appliesEditsWithTheFileConventions()
    {
        const TextDocument doc = TextDocument::fromBytes("\xEF\xBB\xBF" "a\r\nb\r\nc");
        // Replace b, append after the unterminated last line.
        const Result<QByteArray> out = applyEdits(doc, {TextEdit{1, 2, {"B1", "B2"}}, TextEdit{3, 3, {"d"}}});
        QVERIFY(out.ok());
        QCOMPARE(out.value(), QByteArray("\xEF\xBB\xBF" "a\r\nB1\r\nB2\r\nc\r\nd"));

        const Result<QByteArray> deleted = applyEdits(doc, {TextEdit{2, 3, {}}});
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value(), QByteArray("\xEF\xBB\xBF" "a\r\nb"));

        const Result<QByteArray> overlapping = applyEdits(doc, {TextEdit{0, 2, {}}, TextEdit{1, 3, {}}});
        QVERIFY(overlapping.hasError());
        QCOMPARE(overlapping.error().kind, ErrorKind::Internal);
    }

    void detectsChangedUntouchedLines()
    {
        const TextDocument doc = TextDocument::fromBytes("keep 1\nmanaged\nkeep 2\n");
        const QList<TextEdit> edits = {TextEdit{1, 2, {"new"}}};
        QVERIFY(verifyUntouchedLines(doc, edits, "keep 1\nnew\nkeep 2\n").ok());
        QVERIFY(verifyUntouchedLines(doc, edits, "keep 1\nnew\nnew 2\nkeep 2\n").ok());
        QVERIFY(verifyUntouchedLines(doc, edits, "keep 1\nnew\nkeep 2 \n").hasError());
        QVERIFY(verifyUntouchedLines(doc, edits, "keep 2\nnew\nkeep 1\n").hasError());
        QVERIFY(verifyUntouchedLines(doc, edits, "\xEF\xBB\xBF" "keep 1\nnew\nkeep 2\n").hasError());
    }

    void scalarEmission_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("emitted");
        QTest::newRow("plain") << QStringLiteral("gpt-4o") << QByteArray("gpt-4o");
        QTest::newRow("dots and slash") << QStringLiteral("deepseek-ai/DeepSeek-V3.1") << QByteArray("deepseek-ai/DeepSeek-V3.1");
        QTest::newRow("key") << QStringLiteral("sk-gw-3f9c") << QByteArray("sk-gw-3f9c");
        QTest::newRow("colon") << QStringLiteral("qwen/qwen3:free") << QByteArray("\"qwen/qwen3:free\"");
        QTest::newRow("url") << QStringLiteral("http://h:1/p") << QByteArray("\"http://h:1/p\"");
        QTest::newRow("leading dash") << QStringLiteral("-x") << QByteArray("\"-x\"");
        QTest::newRow("yes") << QStringLiteral("yes") << QByteArray("\"yes\"");
        QTest::newRow("OFF") << QStringLiteral("OFF") << QByteArray("\"OFF\"");
        QTest::newRow("n") << QStringLiteral("n") << QByteArray("\"n\"");
        QTest::newRow("null") << QStringLiteral("null") << QByteArray("\"null\"");
        QTest::newRow("tilde") << QStringLiteral("~") << QByteArray("\"~\"");
        QTest::newRow("int") << QStringLiteral("123") << QByteArray("\"123\"");
        QTest::newRow("exp") << QStringLiteral("1e5") << QByteArray("\"1e5\"");
        QTest::newRow("float") << QStringLiteral(".5") << QByteArray("\".5\"");
        QTest::newRow("inf") << QStringLiteral(".inf") << QByteArray("\".inf\"");
        QTest::newRow("date") << QStringLiteral("2001-12-14") << QByteArray("\"2001-12-14\"");
        QTest::newRow("escapes") << QStringLiteral("a\"b\\c\nd\x01") << QByteArray("\"a\\\"b\\\\c\\nd\\x01\"");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("unicode") << QStringLiteral("模型") << QByteArray("\"模型\"");
    }
    void scalarEmission()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, emitted);
        QCOMPARE(emitScalar(value), emitted);
        // Whatever we emit reads back as the same string.
        const Result<YAML::Node> node = parseYaml("k: " + emitted);
        QVERIFY(node.ok());
        QCOMPARE(QString::fromStdString((*node)["k"].Scalar()), value);
        QCOMPARE((*node)["k"].Tag() == "!", emitted.startsWith('"'));
    }

    void parseErrorsNameOneBasedPositions()
    {
        const Result<YAML::Node> node = parseYaml("a: 1\nb: [1,\n");
        QVERIFY(node.hasError());
        QCOMPARE(node.error().code, QStringLiteral("UNIAPI_PARSE"));
        QVERIFY2(node.error().details.startsWith(QLatin1String("line ")), qPrintable(node.error().details));
        const Result<YAML::Node> map = parseYaml("a: 1\nb: c: d\n");
        QVERIFY(map.hasError());
        QCOMPARE(map.error().details, QStringLiteral("line 2, column 5"));
    }

    void textYamlCppWouldAcceptIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("position");
        QTest::newRow("unclosed double quote at the end") << QByteArray("preferences:\n  x: \"unterminated\n") << QStringLiteral("line 2, column 6");
        QTest::newRow("unclosed single quote") << QByteArray("a: 1\nb: 'it''s\n") << QStringLiteral("line 2, column 4");
        QTest::newRow("unclosed quoted key") << QByteArray("a: 1\n\"b: 2\n") << QStringLiteral("line 2, column 1");
        QTest::newRow("second document") << QByteArray("a: 1\n---\nb: 2\n") << QStringLiteral("line 2, column 1");
        QTest::newRow("directive after content") << QByteArray("a: 1\n%YAML 1.2\nb: 2\n") << QStringLiteral("line 2, column 1");
    }
    void textYamlCppWouldAcceptIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, position);
        const Result<YAML::Node> node = parseYaml(text);
        QVERIFY(node.hasError());
        QCOMPARE(node.error().code, QStringLiteral("UNIAPI_PARSE"));
        QVERIFY2(node.error().details.startsWith(position), qPrintable(node.error().message));
    }

    void strictChecksAcceptValidText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("escaped quotes") << QByteArray("a: \"say \\\"hi\\\"\"\nb: 'it''s'\n");
        QTest::newRow("quote inside plain and block scalars") << QByteArray("a: it's\nb: |\n  \"open\n  'also\n");
        QTest::newRow("document markers") << QByteArray("%YAML 1.2\n---\na: 1\n...\n");
        QTest::newRow("comment with a quote") << QByteArray("a: 1 # don't\n");
        QTest::newRow("empty") << QByteArray();
    }
    void strictChecksAcceptValidText()
    {
        QFETCH(QByteArray, text);
        const Result<YAML::Node> node = parseYaml(text);
        QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().message));
    }

    void canonicalFormIsSemantic()
    {
        QCOMPARE(canonicalOf("{a: x, b: 1}"), canonicalOf("b: 1\na: \"x\"\n"));                 // order, quoting of plain strings
        QVERIFY(canonicalOf("a: true") != canonicalOf("a: \"true\""));                         // bool vs string
        QVERIFY(canonicalOf("a: 123") != canonicalOf("a: '123'"));
        QVERIFY(canonicalOf("a: [x, y]") != canonicalOf("a: [y, x]"));                         // sequences are ordered
        QCOMPARE(canonicalOf("a: ~"), canonicalOf("a:"));
        QVERIFY(canonicalOf("a: !!str 1") != canonicalOf("a: 1"));
        QCOMPARE(canonicalOf("x: &d {t: 1}\ny: *d"), canonicalOf("x: {t: 1}\ny: {t: 1}"));
    }

    void recursiveAliasIsAnErrorNotACrash()
    {
        const Result<YAML::Node> node = parseYaml("a: &x [*x]\n");
        QVERIFY(node.ok());
        QVERIFY(canonicalYaml(node.value()).hasError());
        QVERIFY(checkDuplicateKeys(node.value()).hasError());
    }

    void duplicateKeysAreFoundAnywhere()
    {
        const Result<YAML::Node> nested = parseYaml("a:\n  - b: 1\n    c: 2\n    'b': 3\n");
        QVERIFY(nested.ok());
        const Status s = checkDuplicateKeys(nested.value());
        QVERIFY(s.hasError());
        QCOMPARE(s.error().details, QStringLiteral("line 4, column 5"));
        QVERIFY(checkDuplicateKeys(parseYaml("a: 1\nb: {a: 1}\n").value()).ok());
    }

    void locatesItemsAndShrinksTheirTails()
    {
        const QByteArray text = "providers:\n"
                                "  - # first\n"
                                "    provider: a\n"
                                "\n"
                                "  # about b\n"
                                "  - provider: b\n"
                                "    model: [x]\n"
                                "    # trailing\n"
                                "\n"
                                "# keys\n"
                                "api_keys: []\n";
        const TextDocument doc = TextDocument::fromBytes(text);
        const Result<ProvidersLayout> layout = locateProviders(doc, parseYaml(doc.body()).value());
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().toString()));
        QCOMPARE(layout->shape, ProvidersShape::Block);
        QCOMPARE(layout->dashColumn, 2);
        QCOMPARE(layout->items.size(), 2);
        QCOMPARE(layout->items.at(0).startLine, 1);
        QCOMPARE(layout->items.at(0).endLine, 3);
        QCOMPARE(layout->items.at(1).startLine, 5);
        QCOMPARE(layout->items.at(1).endLine, 7);
        QCOMPARE(layout->items.at(1).name, QStringLiteral("b"));
        QVERIFY(!layout->blankBetweenItems);  // the line before b is a comment
    }

    void lastItemEndsAtADocumentMarker()
    {
        const TextDocument doc = TextDocument::fromBytes("providers:\n  - provider: a\n...\n");
        const Result<ProvidersLayout> layout = locateProviders(doc, parseYaml(doc.body()).value());
        QVERIFY(layout.ok());
        QCOMPARE(layout->items.first().endLine, 2);
    }

    void nullProvidersWithValueOnTheNextLineIsRefused()
    {
        const TextDocument doc = TextDocument::fromBytes("providers:\n  ~\napi_keys: []\n");
        const Result<ProvidersLayout> layout = locateProviders(doc, parseYaml(doc.body()).value());
        QVERIFY(layout.hasError());
    }

    void unifiedDiffFormat()
    {
        const QByteArray a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        const QByteArray b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\nthirteen";
        const QString diff = unifiedDiff(a, b, QStringLiteral("a/api.yaml"), QStringLiteral("b/api.yaml"), {});
        QCOMPARE(diff, QStringLiteral("--- a/api.yaml\n+++ b/api.yaml\n"
                                      "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
                                      "@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+thirteen\n\\ No newline at end of file\n"));
        QVERIFY(unifiedDiff(a, a, QString(), QString(), {}).isEmpty());
        const QString inserted = unifiedDiff("x\n", "x\ny\n", QStringLiteral("a"), QStringLiteral("b"), {});
        QCOMPARE(inserted, QStringLiteral("--- a\n+++ b\n@@ -1 +1,2 @@\n x\n+y\n"));
        const QString fromEmpty = unifiedDiff(QByteArray(), "y\n", QStringLiteral("a"), QStringLiteral("b"), {});
        QCOMPARE(fromEmpty, QStringLiteral("--- a\n+++ b\n@@ -0,0 +1 @@\n+y\n"));
    }

    void diffLinesAreRedacted()
    {
        const QStringList secrets = {QStringLiteral("gateway-secret-value-123")};
        QCOMPARE(redactYamlLine(QStringLiteral("    api: gateway-secret-value-123"), secrets),
                 QStringLiteral("    api: gat…123"));
        QCOMPARE(redactYamlLine(QStringLiteral("  - api: \"my-team-key-0123456789\"   # team"), {}),
                 QStringLiteral("  - api: \"my…89\"   # team"));
        QCOMPARE(redactYamlLine(QStringLiteral("    api: ${OPENAI_KEY}"), {}), QStringLiteral("    api: ${OPENAI_KEY}"));
        QVERIFY(!redactYamlLine(QStringLiteral("      - sk-abcdefghijklmnopqrstuvwx"), {}).contains(QLatin1String("mnopq")));
        const QString diff = unifiedDiff("api: old-secret-key-00001\n", "api: new-secret-key-00002\n", QStringLiteral("a"),
                                         QStringLiteral("b"), {});
        QVERIFY(!diff.contains(QLatin1String("secret-key")));
    }

    // uni-api takes several keys of one provider as a block list under `api:`: each item is
    // masked, whatever it looks like, and only those items (other lists stay readable).
    void keysListedUnderApiAreRedacted()
    {
        const QByteArray before = "providers:\n"
                                  "  - provider: mine\n"
                                  "    base_url: https://other.example.com/v1/chat/completions\n"
                                  "    api:\n"
                                  "      - plainListKeyAAAA1111zz\n"
                                  "\n"
                                  "      # the second team's key\n"
                                  "      - \"gsk_plainListKeyBBBB2222\"   # team b\n"
                                  "      - ${THIRD_KEY}\n"
                                  "    model:\n"
                                  "      - gpt-4o-visible-model\n"
                                  "  - provider: flat\n"
                                  "    api:\n"
                                  "    - xai-sameIndentKeyCCCC3333\n"
                                  "    model:\n"
                                  "    - other-visible-model\n";
        const QByteArray after = QByteArray(before).replace("other-visible-model", "other-visible-model-2");
        const QString diff = unifiedDiff(before, after, QStringLiteral("a"), QStringLiteral("b"), {}, 20);
        QVERIFY2(diff.contains(QLatin1String("gpt-4o-visible-model")), qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("other-visible-model-2")));
        QVERIFY(diff.contains(QLatin1String("${THIRD_KEY}")));
        QVERIFY(diff.contains(QLatin1String("# team b")));
        for (const char *key : {"ListKeyAAAA1111", "ListKeyBBBB2222", "sameIndentKeyCCCC3333"})
            QVERIFY2(!diff.contains(QLatin1String(key)), qPrintable(diff));
    }

    void magicAliasSuffixes()
    {
        QVERIFY(hasMagicAliasSuffix(QStringLiteral("claude-sonnet-4-think")));
        QVERIFY(hasMagicAliasSuffix(QStringLiteral("gemini-2.5-pro-search")));
        QVERIFY(hasMagicAliasSuffix(QStringLiteral("gemini-2.5-pro-think-1024")));
        QVERIFY(!hasMagicAliasSuffix(QStringLiteral("thinker")));
        QVERIFY(!hasMagicAliasSuffix(QStringLiteral("deepseek-think-tank")));
    }
};

QTEST_GUILESS_MAIN(TestUniApiText)
#include "tst_uniapi_text.moc"
