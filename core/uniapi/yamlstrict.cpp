#include "core/uniapi/yamlstrict.h"

#include <QList>

namespace ul::uniapi {

namespace {

constexpr int kMaxDepth = 64;  // as the tree walker; deeper documents are refused there

Error syntaxError(const QString &what, int line0, int column0, const QString &reason)
{
    const QString where = QStringLiteral("line %1, column %2").arg(line0 + 1).arg(column0 + 1);
    Error e = Error::validation(QString(), QStringLiteral("%1 is not valid YAML at %2: %3").arg(what, where, reason));
    e.code = QStringLiteral("UNIAPI_PARSE");
    e.details = where;
    return e;
}

// Whether the quoted scalar opening at `pos` is closed. Double quotes: backslash escapes;
// single quotes: '' stands for one quote.
bool quoteIsClosed(const QByteArray &text, qsizetype pos)
{
    const char quote = text.at(pos);
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
            continue;
        }
        if (c != quote)
            continue;
        if (quote == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'') {
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

class QuoteChecker
{
public:
    QuoteChecker(const QByteArray &text, const QString &what) : m_text(text), m_what(what) {}

    Status check(const YAML::Node &node, int depth)
    {
        if (depth > kMaxDepth || ++m_visited > kMaxVisited)
            return {};  // the tree walker reports these
        if (node.IsScalar())
            return checkScalar(node);
        if (node.IsSequence()) {
            for (auto it = node.begin(); it != node.end(); ++it)
                if (Status s = check(*it, depth + 1); !s.ok())
                    return s;
        } else if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (Status s = check(it->first, depth + 1); !s.ok())
                    return s;
                if (Status s = check(it->second, depth + 1); !s.ok())
                    return s;
            }
        }
        return {};
    }

private:
    static constexpr qint64 kMaxVisited = 2'000'000;

    Status checkScalar(const YAML::Node &node)
    {
        const YAML::Mark mark = node.Mark();
        if (node.Tag() != "!" || mark.pos < 0 || mark.pos >= m_text.size())
            return {};
        const char first = m_text.at(mark.pos);
        if ((first == '"' || first == '\'') && !quoteIsClosed(m_text, mark.pos))
            return syntaxError(m_what, mark.line, mark.column, QStringLiteral("the quoted string starting here is never closed"));
        return {};
    }

    const QByteArray &m_text;
    const QString &m_what;
    qint64 m_visited = 0;
};

bool isBlankOrComment(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.isEmpty() || t.startsWith('#');
}

Status checkDirectives(const QByteArray &text, const QString &what)
{
    bool contentSeen = false;
    int lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        if (bare == "..." || bare.startsWith("... ")) {
            contentSeen = false;
        } else if (bare.startsWith('%')) {
            if (contentSeen)
                return syntaxError(what, lineNumber, 0, QStringLiteral("a directive after content needs a '...' line before it"));
        } else if (!isBlankOrComment(bare) && bare != "---") {
            contentSeen = true;
        }
        ++lineNumber;
    }
    return {};
}

} // namespace

Status checkStrictYamlSyntax(const QByteArray &text, const YAML::Node &root, const QString &what)
{
    if (Status s = checkDirectives(text, what); !s.ok())
        return s;
    return QuoteChecker(text, what).check(root, 0);
}

} // namespace ul::uniapi
