#include "core/config/envfile.h"
#include "tests/support/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ul;

class TestEnvFile : public QObject
{
    Q_OBJECT

private:
    static QString valueOf(const EnvFileParse &parse, const QString &key) { return parse.values().value(key); }

private slots:
    void parsesValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("PORT=3002") << QStringLiteral("PORT") << QStringLiteral("3002");
        QTest::newRow("spaces around =") << QStringLiteral("  PORT =  3002  ") << QStringLiteral("PORT") << QStringLiteral("3002");
        QTest::newRow("export prefix") << QStringLiteral("export PORT=1") << QStringLiteral("PORT") << QStringLiteral("1");
        QTest::newRow("export tab") << QStringLiteral("export\tPORT=1") << QStringLiteral("PORT") << QStringLiteral("1");
        QTest::newRow("key named export") << QStringLiteral("export=yes") << QStringLiteral("export") << QStringLiteral("yes");
        QTest::newRow("yaml style") << QStringLiteral("PORT: 4000") << QStringLiteral("PORT") << QStringLiteral("4000");
        QTest::newRow("empty value") << QStringLiteral("EMPTY=") << QStringLiteral("EMPTY") << QString();
        QTest::newRow("inline comment") << QStringLiteral("A=value # comment") << QStringLiteral("A") << QStringLiteral("value");
        QTest::newRow("hash without space") << QStringLiteral("A=abc#def") << QStringLiteral("A") << QStringLiteral("abc");
        QTest::newRow("equals in value") << QStringLiteral("URL=http://x/?a=b") << QStringLiteral("URL") << QStringLiteral("http://x/?a=b");
        QTest::newRow("single quotes") << QStringLiteral("A='  keep # this  '") << QStringLiteral("A") << QStringLiteral("  keep # this  ");
        QTest::newRow("single quotes no escapes") << QStringLiteral("A='a\\nb'") << QStringLiteral("A") << QStringLiteral("a\\nb");
        QTest::newRow("double quotes escapes") << QStringLiteral("A=\"a\\nb\\tc\\\"d\\\\e\"") << QStringLiteral("A")
                                               << QStringLiteral("a\nb\tc\"d\\e");
        QTest::newRow("double quotes unknown escape") << QStringLiteral("A=\"a\\qb\"") << QStringLiteral("A") << QStringLiteral("a\\qb");
        QTest::newRow("double quotes hash") << QStringLiteral("A=\"x#y\" # c") << QStringLiteral("A") << QStringLiteral("x#y");
        QTest::newRow("backticks") << QStringLiteral("A=`it's \"fine\"`") << QStringLiteral("A") << QStringLiteral("it's \"fine\"");
        QTest::newRow("empty quotes") << QStringLiteral("A=\"\"") << QStringLiteral("A") << QString();
        QTest::newRow("dots and dashes") << QStringLiteral("my.key-1=v") << QStringLiteral("my.key-1") << QStringLiteral("v");
        QTest::newRow("utf8") << QStringLiteral("NAME=本地") << QStringLiteral("NAME") << QStringLiteral("本地");
    }
    void parsesValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const EnvFileParse parse = parseEnvText(text);
        QVERIFY2(parse.values().contains(key), qPrintable(text));
        QCOMPARE(valueOf(parse, key), expected);
    }

    void commentsAndBlankLinesAreSkipped()
    {
        const EnvFileParse parse = parseEnvText(QStringLiteral("# header\n\n   \n  # indented comment\nA=1\n"));
        QCOMPARE(parse.entries.size(), 1);
        QCOMPARE(parse.entries.first().line, 5);
        QVERIFY(parse.problems.isEmpty());
    }

    void crlfAndBom()
    {
        const QByteArray bytes = "\xEF\xBB\xBF" "A=1\r\nB=\"two\"\r\nC=3 # c\r\n";
        const EnvFileParse parse = parseEnvBytes(bytes);
        QCOMPARE(valueOf(parse, QStringLiteral("A")), QStringLiteral("1"));
        QCOMPARE(valueOf(parse, QStringLiteral("B")), QStringLiteral("two"));
        QCOMPARE(valueOf(parse, QStringLiteral("C")), QStringLiteral("3"));
        QVERIFY(parse.problems.isEmpty());
    }

    void multiLineQuotedValue()
    {
        const EnvFileParse parse = parseEnvText(QStringLiteral("CERT=\"line1\nline2\"\nNEXT=x\n"));
        QCOMPARE(valueOf(parse, QStringLiteral("CERT")), QStringLiteral("line1\nline2"));
        QCOMPARE(valueOf(parse, QStringLiteral("NEXT")), QStringLiteral("x"));
        QCOMPARE(parse.entries.at(1).line, 3);
    }

    void problemsAreReportedPerLineWithoutValues()
    {
        const QString text = QStringLiteral("GOOD=1\n"
                                            "sk-pasted-secret-value\n"       // 2: no '='
                                            "BAD KEY=2\n"                    // 3: space in the name
                                            "=novalue\n"                     // 4: no name
                                            "T=\"ok\" trailing\n"            // 5: text after the quote
                                            "H=abc#def\n"                    // 6: '#' ends the value
                                            "GOOD=2\n"                       // 7: duplicate
                                            "Q=\"unterminated\n");           // 8: no closing quote up to the end
        const EnvFileParse parse = parseEnvText(text);
        QList<int> lines;
        for (const EnvFileProblem &p : parse.problems) {
            lines.append(p.line);
            QVERIFY2(!p.message.contains(QStringLiteral("sk-pasted")), qPrintable(p.message));
        }
        QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(valueOf(parse, QStringLiteral("GOOD")), QStringLiteral("2"));  // the later value wins
        QCOMPARE(valueOf(parse, QStringLiteral("Q")), QStringLiteral("\"unterminated"));
        QCOMPARE(valueOf(parse, QStringLiteral("T")), QStringLiteral("ok"));
        QVERIFY(!parse.values().contains(QStringLiteral("BAD")));
    }

    void precedenceEnvironmentThenLocalThenEnv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env.local")), "A=local\nB=local\n"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")), "A=env\nB=env\nC=env\nD=env\n"));
        QProcessEnvironment process;
        process.insert(QStringLiteral("A"), QStringLiteral("process"));
        process.insert(QStringLiteral("D"), QString());  // set but empty still wins, as in dotenv

        const LoadedEnvironment env = loadEnvironment(dir.path(), process);
        QCOMPARE(env.value(QStringLiteral("A"))->value, QStringLiteral("process"));
        QCOMPARE(env.value(QStringLiteral("A"))->origin, ConfigOrigin::Environment);
        QCOMPARE(env.value(QStringLiteral("B"))->value, QStringLiteral("local"));
        QCOMPARE(env.value(QStringLiteral("B"))->origin, ConfigOrigin::DotEnvLocal);
        QCOMPARE(env.value(QStringLiteral("B"))->source, dir.filePath(QStringLiteral(".env.local")));
        QCOMPARE(env.value(QStringLiteral("C"))->value, QStringLiteral("env"));
        QCOMPARE(env.value(QStringLiteral("C"))->origin, ConfigOrigin::DotEnv);
        QCOMPARE(env.value(QStringLiteral("D"))->value, QString());
        QCOMPARE(env.value(QStringLiteral("D"))->origin, ConfigOrigin::Environment);
        QVERIFY(!env.value(QStringLiteral("MISSING")));
        QCOMPARE(env.files.size(), 2);
        QVERIFY(env.problems().isEmpty());
    }

    void missingFilesAreFineAndProblemsNameTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")), "A=1\nbroken line\n"));
        const LoadedEnvironment env = loadEnvironment(dir.path(), QProcessEnvironment());
        QCOMPARE(env.files.size(), 2);
        QVERIFY(!env.files.at(0).exists);  // .env.local
        QVERIFY(env.files.at(1).exists);
        const QStringList problems = env.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(dir.filePath(QStringLiteral(".env")) + QStringLiteral(":2: ")),
                 qPrintable(problems.first()));
    }

    // A misspelt setting would be ignored without a word: it is a problem, told in line order
    // with the lines the parser refused.
    void misspeltNamesAreProblemsInLineOrder()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral(".env")),
                                "MODEL_SYNC_INTERVALL=30\nbroken line\nPATH_OF_MINE=x\nCHANEL_CHECK_INTERVAL=5\n"));
        const LoadedEnvironment env = loadEnvironment(dir.path(), QProcessEnvironment());
        const QStringList problems = env.problems();
        QCOMPARE(problems.size(), 3);  // PATH_OF_MINE is nobody's misspelling
        const QString file = dir.filePath(QStringLiteral(".env"));
        QVERIFY2(problems.at(0).startsWith(file + QStringLiteral(":1: MODEL_SYNC_INTERVALL is not a setting")), qPrintable(problems.at(0)));
        QVERIFY(problems.at(0).endsWith(QStringLiteral("did you mean MODEL_SYNC_INTERVAL?")));
        QVERIFY2(problems.at(1).startsWith(file + QStringLiteral(":2: ")), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).startsWith(file + QStringLiteral(":4: CHANEL_CHECK_INTERVAL")), qPrintable(problems.at(2)));
    }

    void unreadableFileIsAProblemNotAFailure()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".env")));  // a directory where a file should be
        const LoadedEnvironment env = loadEnvironment(dir.path(), QProcessEnvironment());
        QCOMPARE(env.problems().size(), 1);
        QVERIFY(env.problems().first().contains(QStringLiteral("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestEnvFile)
#include "tst_envfile.moc"
