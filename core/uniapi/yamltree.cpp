#include "core/uniapi/yamltree.h"

#include "core/uniapi/yamlscalar.h"
#include "core/uniapi/yamlstrict.h"

#include <QStringList>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>

namespace ul::uniapi {

namespace {

// Nesting deeper than this is either absurd for api.yaml or a recursive alias (a cycle).
constexpr int kMaxDepth = 64;
// Bounds the work on alias-heavy documents ("billion laughs").
constexpr qint64 kMaxVisitedNodes = 2'000'000;

QString positionText(int line0, int column0)
{
    return QStringLiteral("line %1, column %2").arg(line0 + 1).arg(column0 + 1);
}

Error structureError(const QString &what, const QString &reason)
{
    Error e = Error::validation(QString(), QStringLiteral("%1: %2").arg(what, reason));
    e.code = QStringLiteral("UNIAPI_INVALID");
    return e;
}

// A plain scalar that is neither a special word nor number-like is a string in every YAML
// version, so it equals the same text quoted. Anything else is kept literally (YAML 1.1 and 1.2
// disagree about `yes`, `1e5` and friends, so no normalisation is attempted).
QString resolvePlainScalar(const QString &v)
{
    if (isYamlSpecialWord(v) || looksLikeYamlNumber(v))
        return QStringLiteral("plain:") + v;
    return QStringLiteral("str:") + v;
}

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Parser events are all ignored but the starts of documents: finding a second document costs no
// node building, and the parse stops there. (YAML::LoadAll builds every document, and loops
// without end on some malformed input.)
class DocumentStarts final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override { last = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}

    YAML::Mark last;
};

std::optional<YAML::Mark> secondDocumentStart(const std::string &source)
{
    std::istringstream in(source);
    YAML::Parser parser(in);
    DocumentStarts starts;
    if (!parser.HandleNextDocument(starts) || !parser.HandleNextDocument(starts))
        return std::nullopt;
    return starts.last;
}

class Walker
{
public:
    explicit Walker(QString what) : m_what(std::move(what)) {}

    Result<QString> canonical(const YAML::Node &node, int depth)
    {
        if (auto s = enter(depth); s.hasError())
            return s.error();
        const std::string &tag = node.Tag();
        const QString tagPrefix = (tag.empty() || tag == "?" || tag == "!")
            ? QString()
            : QStringLiteral("!<") + QString::fromStdString(tag) + QStringLiteral(">");

        switch (node.Type()) {
        case YAML::NodeType::Undefined:
            return QStringLiteral("undefined");
        case YAML::NodeType::Null:
            return QString(tagPrefix + QStringLiteral("null"));
        case YAML::NodeType::Scalar: {
            const QString value = QString::fromStdString(node.Scalar());
            if (tag == "?")
                return quoted(resolvePlainScalar(value));
            return QString(tagPrefix + quoted(QStringLiteral("str:") + value));
        }
        case YAML::NodeType::Sequence: {
            QStringList items;
            for (auto it = node.begin(); it != node.end(); ++it) {
                Result<QString> item = canonical(*it, depth + 1);
                if (item.hasError())
                    return item.error();
                items.append(item.value());
            }
            return QString(tagPrefix + QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']'));
        }
        case YAML::NodeType::Map: {
            QStringList entries;
            for (auto it = node.begin(); it != node.end(); ++it) {
                Result<QString> key = canonical(it->first, depth + 1);
                if (key.hasError())
                    return key.error();
                Result<QString> value = canonical(it->second, depth + 1);
                if (value.hasError())
                    return value.error();
                entries.append(key.value() + QLatin1Char(':') + value.value());
            }
            std::sort(entries.begin(), entries.end());
            return QString(tagPrefix + QLatin1Char('{') + entries.join(QLatin1Char(',')) + QLatin1Char('}'));
        }
        }
        return QStringLiteral("unknown");
    }

    Status duplicates(const YAML::Node &node, int depth)
    {
        if (auto s = enter(depth); s.hasError())
            return s;
        if (node.IsSequence()) {
            for (auto it = node.begin(); it != node.end(); ++it)
                if (Status s = duplicates(*it, depth + 1); s.hasError())
                    return s;
        } else if (node.IsMap()) {
            QStringList seen;
            for (auto it = node.begin(); it != node.end(); ++it) {
                // Keys compare by meaning: `a`, "a" and 'a' are the same key.
                Result<QString> key = it->first.IsScalar()
                    ? Result<QString>(QString::fromStdString(it->first.Scalar()))
                    : canonical(it->first, depth + 1);
                if (key.hasError())
                    return key.error();
                if (seen.contains(key.value())) {
                    const YAML::Mark mark = it->first.Mark();
                    Error e = structureError(m_what, QStringLiteral("duplicate key \"%1\" at %2")
                                                         .arg(key.value().left(80), positionText(mark.line, mark.column)));
                    e.code = QStringLiteral("UNIAPI_DUPLICATE_KEY");
                    e.details = positionText(mark.line, mark.column);
                    return e;
                }
                seen.append(key.value());
                if (Status s = duplicates(it->first, depth + 1); s.hasError())
                    return s;
                if (Status s = duplicates(it->second, depth + 1); s.hasError())
                    return s;
            }
        }
        return {};
    }

private:
    Status enter(int depth)
    {
        if (depth > kMaxDepth)
            return structureError(m_what, QStringLiteral("nesting deeper than %1 levels (or a recursive alias)").arg(kMaxDepth));
        if (++m_visited > kMaxVisitedNodes)
            return structureError(m_what, QStringLiteral("too many nodes after alias expansion"));
        return {};
    }

    QString m_what;
    qint64 m_visited = 0;
};

} // namespace

Result<YAML::Node> parseYaml(const QByteArray &text, const QString &what)
{
    try {
        const std::string source = text.toStdString();
        const YAML::Node root = YAML::Load(source);
        if (Status strict = checkStrictYamlSyntax(text, root, what); !strict.ok())
            return strict.error();
        // A second document is an error (uni-api reads a file of one), not silently ignored.
        if (const std::optional<YAML::Mark> second = secondDocumentStart(source)) {
            const YAML::Mark mark = *second;
            const QString where = mark.line >= 0 ? positionText(mark.line, mark.column) : QStringLiteral("its end");
            Error err = Error::validation(QString(), QStringLiteral("%1 is not valid YAML at %2: a second document starts here; "
                                                                    "uni-api reads a file of one document")
                                                         .arg(what, where));
            err.code = QStringLiteral("UNIAPI_PARSE");
            err.details = where;
            return err;
        }
        return root;
    } catch (const YAML::ParserException &e) {
        const QString where = positionText(e.mark.line, e.mark.column);
        Error err = Error::validation(QString(), QStringLiteral("%1 is not valid YAML at %2: %3")
                                                     .arg(what, where, QString::fromStdString(e.msg)));
        err.code = QStringLiteral("UNIAPI_PARSE");
        err.details = where;
        return err;
    } catch (const YAML::Exception &e) {
        Error err = Error::validation(QString(), QStringLiteral("%1 could not be read: %2").arg(what, QString::fromStdString(e.msg)));
        err.code = QStringLiteral("UNIAPI_PARSE");
        return err;
    } catch (const std::exception &e) {
        Error err = Error::validation(QString(), QStringLiteral("%1 could not be read: %2").arg(what, QString::fromUtf8(e.what())));
        err.code = QStringLiteral("UNIAPI_PARSE");
        return err;
    }
}

Result<QString> canonicalYaml(const YAML::Node &node)
{
    try {
        return Walker(QStringLiteral("api.yaml")).canonical(node, 0);
    } catch (const YAML::Exception &e) {
        return Error::internal(QStringLiteral("YAML tree walk failed: %1").arg(QString::fromStdString(e.msg)));
    }
}

Status checkDuplicateKeys(const YAML::Node &root, const QString &what)
{
    try {
        return Walker(what).duplicates(root, 0);
    } catch (const YAML::Exception &e) {
        return Error::internal(QStringLiteral("YAML tree walk failed: %1").arg(QString::fromStdString(e.msg)));
    }
}

std::optional<YAML::Node> mapValue(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return std::nullopt;
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return it->second;
    return std::nullopt;
}

std::optional<QString> scalarText(const YAML::Node &node)
{
    if (!node.IsScalar())
        return std::nullopt;
    return QString::fromStdString(node.Scalar());
}

std::optional<QString> scalarField(const YAML::Node &map, const char *key)
{
    const std::optional<YAML::Node> value = mapValue(map, key);
    if (!value)
        return std::nullopt;
    return scalarText(*value);
}

QString describePosition(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return positionText(mark.line, mark.column);
}

} // namespace ul::uniapi
