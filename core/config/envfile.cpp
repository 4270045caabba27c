#include "core/config/envfile.h"

#include "core/config/settingsregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ul {

namespace {

bool isKeyChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == u'.' || u == u'-';
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`');
}

// Index of the closing quote in `buffer` at or after `from`, or -1. A backslash always protects
// the next character, as in dotenv's patterns, so \" and \' never close a value.
qsizetype findClosingQuote(const QString &buffer, qsizetype from, QChar quote)
{
    for (qsizetype i = from; i < buffer.size(); ++i) {
        if (buffer.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (buffer.at(i) == quote)
            return i;
    }
    return -1;
}

QString unescapeDoubleQuoted(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const QChar next = raw.at(++i);
        switch (next.unicode()) {
        case u'n': out += QLatin1Char('\n'); break;
        case u'r': out += QLatin1Char('\r'); break;
        case u't': out += QLatin1Char('\t'); break;
        case u'"': out += QLatin1Char('"'); break;
        case u'\\': out += QLatin1Char('\\'); break;
        default:  // unknown escapes stay as written
            out += QLatin1Char('\\');
            out += next;
        }
    }
    return out;
}

QString unquotedValue(QStringView raw, int lineNo, QList<EnvFileProblem> &problems)
{
    const qsizetype hash = raw.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return raw.trimmed().toString();
    if (hash > 0 && !raw.at(hash - 1).isSpace())
        problems.append({lineNo, QStringLiteral("'#' in an unquoted value starts a comment; quote the value to keep the rest")});
    return raw.left(hash).trimmed().toString();
}

} // namespace

QHash<QString, QString> EnvFileParse::values() const
{
    QHash<QString, QString> out;
    for (const EnvFileEntry &e : entries)
        out.insert(e.key, e.value);
    return out;
}

EnvFileParse parseEnvText(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    EnvFileParse out;
    QHash<QString, int> firstSeen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        QStringView rest = QStringView(lines.at(i)).trimmed();
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('#')))
            continue;
        if (rest.startsWith(QLatin1String("export")) && rest.size() > 6 && rest.at(6).isSpace())
            rest = rest.mid(6).trimmed();

        qsizetype keyEnd = 0;
        while (keyEnd < rest.size() && isKeyChar(rest.at(keyEnd)))
            ++keyEnd;
        qsizetype sep = keyEnd;
        while (sep < rest.size() && rest.at(sep).isSpace())
            ++sep;
        const bool hasSeparator = sep < rest.size()
            && (rest.at(sep) == QLatin1Char('=')
                || (rest.at(sep) == QLatin1Char(':') && (sep + 1 == rest.size() || rest.at(sep + 1).isSpace())));
        if (keyEnd == 0 || !hasSeparator) {
            // The line is not echoed: it may be a pasted key.
            out.problems.append({lineNo, QStringLiteral("expected KEY=VALUE (names use letters, digits, '_', '.' and '-'); line ignored")});
            continue;
        }
        const QString key = rest.left(keyEnd).toString();
        const QStringView valuePart = rest.mid(sep + 1).trimmed();

        QString value;
        if (!valuePart.isEmpty() && isQuote(valuePart.front())) {
            const QChar quote = valuePart.front();
            QString buffer = valuePart.mid(1).toString();
            qsizetype scanFrom = 0;
            qsizetype close = findClosingQuote(buffer, scanFrom, quote);
            qsizetype lastLine = i;
            while (close < 0 && lastLine + 1 < lines.size()) {  // a quoted value may span lines
                scanFrom = buffer.size();
                buffer += QLatin1Char('\n') + lines.at(++lastLine);
                close = findClosingQuote(buffer, scanFrom, quote);
            }
            if (close < 0) {
                out.problems.append({lineNo, QStringLiteral("unterminated quoted value; read as unquoted")});
                value = unquotedValue(valuePart, lineNo, out.problems);
            } else {
                const QStringView inner = QStringView(buffer).left(close);
                value = quote == QLatin1Char('"') ? unescapeDoubleQuoted(inner) : inner.toString();
                const QStringView trailing = QStringView(buffer).mid(close + 1).trimmed();
                if (!trailing.isEmpty() && !trailing.startsWith(QLatin1Char('#')))
                    out.problems.append({static_cast<int>(lastLine) + 1, QStringLiteral("text after the closing quote ignored")});
                i = lastLine;
            }
        } else {
            value = unquotedValue(valuePart, lineNo, out.problems);
        }

        if (const auto seen = firstSeen.constFind(key); seen != firstSeen.constEnd())
            out.problems.append({lineNo, key + QStringLiteral(" is already set on line ") + QString::number(*seen)
                                             + QStringLiteral("; this later value wins")});
        else
            firstSeen.insert(key, lineNo);
        out.entries.append({key, value, lineNo});
    }
    return out;
}

EnvFileParse parseEnvBytes(const QByteArray &bytes)
{
    return parseEnvText(QString::fromUtf8(bytes));  // fromUtf8 keeps a BOM as U+FEFF; parseEnvText drops it
}

EnvFileRead readEnvFile(const QString &path, ConfigOrigin origin)
{
    EnvFileRead read;
    read.path = path;
    read.origin = origin;
    const QFileInfo info(path);
    read.exists = info.exists();
    if (!read.exists)
        return read;
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        read.readError = info.isDir() ? QStringLiteral("is a directory") : file.errorString();
        return read;
    }
    read.parse = parseEnvBytes(file.readAll());
    return read;
}

std::optional<EnvValue> LoadedEnvironment::value(const QString &name) const
{
    const auto it = values.constFind(name);
    if (it == values.constEnd())
        return std::nullopt;
    return *it;
}

QStringList LoadedEnvironment::problems() const
{
    QStringList out;
    for (const EnvFileRead &file : files) {
        if (!file.readError.isEmpty())
            out.append(file.path + QStringLiteral(": cannot read: ") + file.readError);
        // Lines the parser refused and names that are not settings (a misspelt one would be
        // ignored without a word), in the file's line order.
        QList<EnvFileProblem> found = file.parse.problems;
        for (const EnvFileEntry &entry : file.parse.entries) {
            if (const std::optional<QString> meant = settingNameMeant(entry.key))
                found.append(EnvFileProblem{entry.line, QStringLiteral("%1 is not a setting of uni-load and is ignored; did you mean %2?")
                                                            .arg(entry.key, *meant)});
        }
        std::stable_sort(found.begin(), found.end(), [](const EnvFileProblem &a, const EnvFileProblem &b) { return a.line < b.line; });
        for (const EnvFileProblem &p : found)
            out.append(file.path + QLatin1Char(':') + QString::number(p.line) + QStringLiteral(": ") + p.message);
    }
    return out;
}

LoadedEnvironment loadEnvironment(const QString &configDir, const QProcessEnvironment &processEnvironment)
{
    LoadedEnvironment env;
    const QStringList names = processEnvironment.keys();
    for (const QString &name : names)
        env.values.insert(name, EnvValue{processEnvironment.value(name), ConfigOrigin::Environment, QString()});

    const QDir dir(configDir);
    const std::pair<QString, ConfigOrigin> files[] = {
        {QStringLiteral(".env.local"), ConfigOrigin::DotEnvLocal},
        {QStringLiteral(".env"), ConfigOrigin::DotEnv},
    };
    for (const auto &[name, origin] : files) {
        EnvFileRead read = readEnvFile(dir.filePath(name), origin);
        const QHash<QString, QString> values = read.parse.values();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!env.values.contains(it.key()))  // dotenv never overrides a variable already set
                env.values.insert(it.key(), EnvValue{it.value(), origin, read.path});
        }
        env.files.append(std::move(read));
    }
    return env;
}

} // namespace ul
