// The manual page (packaging/linux/uni-load.1) against the program: every command-line option,
// console page and setting the program knows is documented, and the page names nothing the
// program does not have. The man page is hand-written; this keeps it from drifting.
#include "core/config/settingsregistry.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ul;

namespace {

QString manPage()
{
    QFile file(QStringLiteral(UNILOAD_MANPAGE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The roff text of one section: from ".SH <name>" to the next ".SH".
QString section(const QString &page, const QString &name)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH ") + name + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

struct Run
{
    int exitCode = -1;
    QString output;  // stdout and stderr
};

Run runProgram(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(UNILOAD_BINARY), arguments);
    if (!process.waitForFinished(30000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

// The long option names, e.g. "config-dir", in `text`: "--name" in --help, "\-\-name" in roff.
QSet<QString> longOptions(const QString &text, const QString &dashes)
{
    QSet<QString> names;
    const QRegularExpression pattern(QRegularExpression::escape(dashes + dashes) + QStringLiteral("([a-z]+(?:%1[a-z]+)*)")
                                         .arg(QRegularExpression::escape(dashes)));
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        names.insert(match.captured(1).replace(dashes, QStringLiteral("-")));
    return names;
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void manPageIsThere()
    {
        QVERIFY2(manPage().startsWith(QStringLiteral(".\\\"")), UNILOAD_MANPAGE);
        QVERIFY(!section(manPage(), QStringLiteral("OPTIONS")).isEmpty());
        QVERIFY(!section(manPage(), QStringLiteral("ENVIRONMENT")).isEmpty());
    }

    void everyOptionOfHelpIsDocumented()
    {
        const Run help = runProgram({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QSet<QString> inHelp = longOptions(help.output, QStringLiteral("-"));
        QVERIFY2(inHelp.contains(QStringLiteral("config-dir")), qPrintable(help.output));
        const QSet<QString> inManPage = longOptions(section(manPage(), QStringLiteral("OPTIONS")), QStringLiteral("\\-"));
        for (const QString &option : inHelp)
            QVERIFY2(inManPage.contains(option), qPrintable(QStringLiteral("--%1 is not in the man page").arg(option)));
#ifdef UNILOAD_TEST_GUI
        // The server build lacks the window options, so only the full build shows the reverse.
        for (const QString &option : inManPage)
            QVERIFY2(inHelp.contains(option), qPrintable(QStringLiteral("the man page documents --%1, which the program lacks").arg(option)));
#endif
    }

#ifdef UNILOAD_TEST_GUI
    void thePageListIsTheProgramsOwn()
    {
        // The program names its pages when given one it does not know.
        const Run run = runProgram({QStringLiteral("--screenshot"), QStringLiteral("unused.png"), QStringLiteral("--page"),
                                    QStringLiteral("no-such-page")});
        QCOMPARE(run.exitCode, 2);
        const QRegularExpressionMatch listed = QRegularExpression(QStringLiteral("pages: ([a-z, ]+)")).match(run.output);
        QVERIFY2(listed.hasMatch(), qPrintable(run.output));
        const QStringList pages = listed.captured(1).split(QStringLiteral(", "));
        QVERIFY(pages.size() >= 10);

        const QString options = section(manPage(), QStringLiteral("OPTIONS"));
        const qsizetype start = options.indexOf(QStringLiteral(".BI \\-\\-page"));
        const qsizetype end = options.indexOf(QStringLiteral(".TP"), start);
        QVERIFY(start >= 0 && end > start);
        // ".BR dashboard \" (default), \" sites \", \" models …": the words outside the quotes.
        QStringList documented;
        for (QString line : options.mid(start, end - start).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QStringLiteral(".BR ")))
                continue;
            line.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")));
            documented << line.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        documented.removeIf([](const QString &word) { return !QRegularExpression(QStringLiteral("^[a-z]+$")).match(word).hasMatch(); });
        QCOMPARE(QSet<QString>(documented.cbegin(), documented.cend()), QSet<QString>(pages.cbegin(), pages.cend()));
    }
#endif

    void everySettingIsDocumented()
    {
        const QString environment = section(manPage(), QStringLiteral("ENVIRONMENT"));
        QStringList missing;
        for (const SettingSpec &spec : settingSpecs()) {
            if (!environment.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(spec.name))))
                missing << spec.name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the man page: ") + missing.join(QStringLiteral(", "))));
        // ... and its entries (the line after each ".TP") name no variable the program does not read.
        QStringList unknown;
        const QRegularExpression entry(QStringLiteral("^\\.TP\n\\.BR? (.*)$"), QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch &heading : entry.globalMatch(environment)) {
            for (const QRegularExpressionMatch &name :
                 QRegularExpression(QStringLiteral("\\b[A-Z][A-Z0-9_]+\\b")).globalMatch(heading.captured(1))) {
                if (!settingKeyByName(name.captured()))
                    unknown << name.captured();
            }
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("not a setting: ") + unknown.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
