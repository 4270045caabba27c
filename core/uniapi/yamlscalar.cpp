#include "core/uniapi/yamlscalar.h"

#include <QRegularExpression>

namespace ul::uniapi {

bool isYamlSpecialWord(const QString &value)
{
    static const QStringList words = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("null"), QStringLiteral("~"),
        QStringLiteral("y"),    QStringLiteral("n"),
    };
    return words.contains(value.toLower());
}

bool looksLikeYamlNumber(const QString &value)
{
    // Over-quoting is harmless, under-quoting turns a name into a number (or a YAML 1.1
    // timestamp such as 2001-12-14), so anything that starts like a number is treated as one.
    static const QRegularExpression numberStart(QStringLiteral(R"(^[-+]?(\.?[0-9]|\.(inf|nan)$))"),
                                                QRegularExpression::CaseInsensitiveOption);
    return numberStart.match(value).hasMatch();
}

bool isPlainSafeScalar(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./][A-Za-z0-9_./-]*$"));
    return safe.match(value).hasMatch() && !isYamlSpecialWord(value) && !looksLikeYamlNumber(value);
}

QByteArray emitScalar(const QString &value)
{
    if (isPlainSafeScalar(value))
        return value.toUtf8();

    QByteArray out = "\"";
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20 || u == 0x7F)
                out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

} // namespace ul::uniapi
