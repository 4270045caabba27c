// Rules over the product's sources that no compiler warning covers.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// Every .cpp/.h under app/, core/ and ui/, relative to the source directory.
QStringList productSources()
{
    QStringList out;
    for (const char *area : {"app", "core", "ui"}) {
        QDirIterator it(QStringLiteral(UNILOAD_SOURCE_DIR "/") + QLatin1String(area), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
    }
    return out;
}

} // namespace

class TestSourceRules : public QObject
{
    Q_OBJECT

private slots:
    void sourcesAreFound()
    {
        QVERIFY(productSources().size() > 100);
    }

    // A QLatin1String/QLatin1Char literal holds Latin-1, but the source file is UTF-8: a "—" or
    // "·" in one becomes "â€”" on screen. Such literals belong in QStringLiteral or tr().
    void latin1LiteralsAreAscii()
    {
        // QLatin1String("…"), QLatin1StringView("…") or QLatin1Char('…'), escapes allowed.
        static const QRegularExpression latin1Literal(
            QStringLiteral("QLatin1(?:String|StringView|Char)\\s*\\(\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')"));
        QStringList offenders;
        for (const QString &path : productSources()) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = latin1Literal.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString literal = match.captured(0);
                if (std::any_of(literal.cbegin(), literal.cend(), [](QChar c) { return c.unicode() > 0x7f; })) {
                    const auto line = text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
                    offenders << QStringLiteral("%1:%2: %3").arg(path.mid(int(qstrlen(UNILOAD_SOURCE_DIR)) + 1)).arg(line).arg(literal);
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSourceRules)
#include "tst_sourcerules.moc"
