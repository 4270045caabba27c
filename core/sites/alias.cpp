#include "core/sites/alias.h"

#include "core/sites/groupnames.h"

#include <QList>
#include <QRegularExpression>

namespace ul {

namespace {

// The original's chain of `.replace(/-latest$/, '')` … calls, applied in this order.
void stripReleaseSuffixes(QString &name)
{
    static const QList<QRegularExpression> suffixes = {
        QRegularExpression(QStringLiteral("-latest$")),   QRegularExpression(QStringLiteral("-preview$")),
        QRegularExpression(QStringLiteral("-alpha$")),    QRegularExpression(QStringLiteral("-beta$")),
        QRegularExpression(QStringLiteral("-rc\\d*$")),   QRegularExpression(QStringLiteral("-instruct$")),
    };
    for (const QRegularExpression &suffix : suffixes)
        name.remove(suffix);
}

void replaceDateChunks(QString &name)
{
    static const QList<QRegularExpression> dates = {
        QRegularExpression(QStringLiteral("-\\d{8}-?")),                 // -20241022
        QRegularExpression(QStringLiteral("-\\d{4}-\\d{2}-\\d{2}-?")),   // -2024-10-22
        QRegularExpression(QStringLiteral("-\\d{6}-?")),                 // -241022
        QRegularExpression(QStringLiteral("-\\d{4}-?")),                 // -0324
        QRegularExpression(QStringLiteral("-\\d{2}-\\d{2}-?")),          // -10-22
    };
    for (const QRegularExpression &date : dates)
        name.replace(date, QStringLiteral("-"));
}

bool isAliasChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
}

} // namespace

QString aliasBase(const QString &model)
{
    QString name = model.mid(model.lastIndexOf(QLatin1Char('/')) + 1).toLower();
    const QLatin1String openAiPrefix("openai-gpt-");
    if (name.startsWith(openAiPrefix))
        name = QStringLiteral("gpt-") + name.mid(openAiPrefix.size());
    stripReleaseSuffixes(name);
    replaceDateChunks(name);
    stripReleaseSuffixes(name);
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    name.replace(dashes, QStringLiteral("-"));
    return name;
}

QString originalUniApiAlias(const QString &model)
{
    return safeGroupName(aliasBase(model));
}

QString uniApiAlias(const QString &model)
{
    QString out;
    const QString base = aliasBase(model);
    out.reserve(base.size());
    for (const QChar c : base) {
        const QChar mapped = isAliasChar(c) ? c : QLatin1Char('-');
        if (mapped == QLatin1Char('-') && out.endsWith(QLatin1Char('-')))
            continue;
        out.append(mapped);
    }
    const auto isTrimmed = [](QChar c) { return c == QLatin1Char('-') || c == QLatin1Char('.'); };
    qsizetype begin = 0;
    qsizetype end = out.size();
    while (begin < end && isTrimmed(out.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(out.at(end - 1)))
        --end;
    return out.mid(begin, end - begin);
}

bool hasMagicAliasSuffix(const QString &alias)
{
    static const QRegularExpression magic(QStringLiteral("-(?:think|search|think-\\d+)$"));
    return magic.match(alias).hasMatch();
}

} // namespace ul
