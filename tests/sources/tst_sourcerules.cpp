// Rules over the product's sources that no compiler warning covers.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

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

// "a\"b" "c" (adjacent literals, C escapes) as the text they make.
QString literalText(const QString &literals)
{
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QString out;
    for (auto it = literal.globalMatch(literals); it.hasNext();) {
        const QString body = it.next().captured(1);
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i) != QLatin1Char('\\') || i + 1 == body.size()) {
                out += body.at(i);
                continue;
            }
            const QChar escaped = body.at(++i);
            out += escaped == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : escaped == QLatin1Char('t') ? QChar(QLatin1Char('\t')) : escaped;
        }
    }
    return out;
}

// "<context>\n<source>" of every message in the zh_CN catalogue.
QSet<QString> catalogueEntries()
{
    QSet<QString> out;
    QFile file(QStringLiteral(UNILOAD_SOURCE_DIR "/translations/uniload_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out.insert(context + QLatin1Char('\n') + xml.readElementText());
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

    // tr() in a member function of ul::X translates in the context ul::X. lupdate loses track of
    // that in some lambdas (a Qualified::call before the tr() in the same lambda) and files the
    // text under another class: the catalogue looks complete, but the interface shows English.
    void trTextsAreFiledUnderTheirClass()
    {
        const QSet<QString> entries = catalogueEntries();
        QVERIFY(entries.size() > 1000);
        // "Type Class::method(" at the start of a line: the function a tr() below it belongs to.
        static const QRegularExpression definition(QStringLiteral("^(?:[\\w:<>,*&]+[ \\t]+)*[*&]?(\\w+)::~?\\w+\\s*\\("),
                                                   QRegularExpression::MultilineOption);
        static const QRegularExpression trCall(QStringLiteral("(?<![\\w:])tr\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"));
        QStringList misfiled;
        int checked = 0;
        for (const QString &path : productSources()) {
            if (!path.endsWith(QLatin1String(".cpp")) || path.contains(QLatin1String("/core/")))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            QList<std::pair<qsizetype, QString>> definitions;
            for (auto it = definition.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                definitions.append({m.capturedStart(), m.captured(1)});
            }
            for (auto it = trCall.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                QString owner;
                for (const auto &[at, name] : definitions) {
                    if (at > m.capturedStart())
                        break;
                    owner = name;
                }
                if (owner.isEmpty())
                    continue;
                ++checked;
                const QString source = literalText(m.captured(1));
                const bool filed = std::any_of(entries.cbegin(), entries.cend(), [&](const QString &entry) {
                    const qsizetype split = entry.indexOf(QLatin1Char('\n'));
                    return entry.mid(split + 1) == source && entry.left(split).endsWith(QLatin1String("::") + owner);
                });
                if (!filed) {
                    const auto line = text.left(m.capturedStart()).count(QLatin1Char('\n')) + 1;
                    misfiled << QStringLiteral("%1:%2: %3 not under %4").arg(path.mid(int(qstrlen(UNILOAD_SOURCE_DIR)) + 1)).arg(line).arg(source, owner);
                }
            }
        }
        QVERIFY(checked > 1000);
        QVERIFY2(misfiled.isEmpty(), qPrintable(misfiled.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSourceRules)
#include "tst_sourcerules.moc"
