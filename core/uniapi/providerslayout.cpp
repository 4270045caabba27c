#include "core/uniapi/providerslayout.h"

#include "core/uniapi/yamltree.h"

#include <QRegularExpression>

#include <algorithm>


namespace ul::uniapi {

namespace {

Error refuse(const QString &message, int line0 = -1)
{
    Error e = Error::validation(QStringLiteral("providers"), message);
    e.code = QStringLiteral("UNIAPI_UNSUPPORTED_LAYOUT");
    if (line0 >= 0)
        e.details = QStringLiteral("line %1").arg(line0 + 1);
    return e;
}

// Index of the ':' that ends the key starting at `keyColumn` (plain or quoted), or -1.
qsizetype colonAfterKey(const QByteArray &line, int keyColumn, const QByteArray &keyText)
{
    qsizetype pos = keyColumn;
    if (pos >= line.size())
        return -1;
    const char first = line.at(pos);
    if (first == '"' || first == '\'') {
        qsizetype close = pos + 1;
        while (close < line.size() && line.at(close) != first)
            close += (first == '"' && line.at(close) == '\\') ? 2 : 1;
        pos = close + 1;
    } else {
        if (line.mid(pos, keyText.size()) != keyText)
            return -1;
        pos += keyText.size();
    }
    while (pos < line.size() && (line.at(pos) == ' ' || line.at(pos) == '\t'))
        ++pos;
    return pos < line.size() && line.at(pos) == ':' ? pos : -1;
}

// Splits what follows the key's ':' into the value text and a trailing comment.
struct KeyLineValue
{
    QByteArray prefix;   // up to and including ':'
    QByteArray value;    // trimmed value text
    QByteArray comment;  // "# …" or empty
};

KeyLineValue splitKeyLine(const QByteArray &lineWithoutTerminator, qsizetype colon)
{
    KeyLineValue v;
    v.prefix = lineWithoutTerminator.left(colon + 1);
    const QByteArray rest = lineWithoutTerminator.mid(colon + 1);
    qsizetype hash = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == '#' && (i == 0 || rest.at(i - 1) == ' ' || rest.at(i - 1) == '\t')) {
            hash = i;
            break;
        }
    }
    v.value = (hash < 0 ? rest : rest.left(hash)).trimmed();
    if (hash >= 0)
        v.comment = rest.mid(hash);
    return v;
}

QByteArray joinKeyLine(const KeyLineValue &v)
{
    return v.comment.isEmpty() ? v.prefix : v.prefix + ' ' + v.comment;
}

bool isDashLine(const QByteArray &line, int dashColumn)
{
    if (line.size() <= dashColumn || line.at(dashColumn) != '-')
        return false;
    for (int i = 0; i < dashColumn; ++i)
        if (line.at(i) != ' ')
            return false;
    if (line.size() == dashColumn + 1)
        return true;
    const char next = line.at(dashColumn + 1);
    return next == ' ' || next == '\t' || next == '\r' || next == '\n';
}

int firstDocumentMarkerAfter(const TextDocument &doc, int line0)
{
    for (int l = line0 + 1; l < doc.lineCount(); ++l)
        if (TextDocument::isDocumentMarker(doc.lines.at(l)))
            return l;
    return doc.lineCount();
}

Status locateBlockItems(const TextDocument &doc, const YAML::Node &sequence, int endLimit, ProvidersLayout &layout)
{
    const YAML::Mark seqMark = sequence.Mark();
    if (seqMark.line < 0 || seqMark.line >= doc.lineCount() || !isDashLine(doc.lines.at(seqMark.line), seqMark.column))
        return refuse(QStringLiteral("could not locate the first providers entry in the text"), seqMark.line);
    layout.dashColumn = seqMark.column;

    int previousStart = -1;
    for (auto it = sequence.begin(); it != sequence.end(); ++it) {
        ProviderItem item;
        item.index = int(layout.items.size());
        item.node = static_cast<const YAML::Node &>(*it);  // a fresh Node, so assigning is safe
        const YAML::Mark mark = it->Mark();
        int start = -1;
        if (item.index == 0) {
            start = seqMark.line;
        } else if (mark.line >= 0) {
            // The mark of a mapping item is its first key: on the '-' line, or below it after
            // comment lines. The nearest '-' line above belongs to this item.
            for (int l = std::min(mark.line, doc.lineCount() - 1); l > previousStart && start < 0; --l)
                if (isDashLine(doc.lines.at(l), layout.dashColumn))
                    start = l;
        }
        if (start < 0 || (mark.line >= 0 && mark.line < start))
            return refuse(QStringLiteral("could not locate providers entry %1 in the text").arg(item.index + 1),
                          std::max(mark.line, 0));
        item.startLine = start;
        if (const std::optional<QString> name = scalarField(item.node, "provider")) {
            item.name = *name;
            item.hasName = true;
        }
        if (!layout.items.isEmpty())
            layout.items.last().endLine = start;
        layout.items.append(item);
        previousStart = start;
    }
    if (layout.items.isEmpty())
        return refuse(QStringLiteral("providers is an empty block list"), seqMark.line);
    layout.items.last().endLine = std::max(endLimit, layout.items.last().startLine + 1);

    for (ProviderItem &item : layout.items) {
        // Trailing blank and comment-only lines belong to whatever follows (e.g. `# --- keys ---`).
        while (item.endLine > item.startLine + 1
               && (TextDocument::isBlank(doc.lines.at(item.endLine - 1))
                   || TextDocument::isCommentOnly(doc.lines.at(item.endLine - 1))))
            --item.endLine;
        if (item.index > 0 && TextDocument::isBlank(doc.lines.at(item.startLine - 1)))
            layout.blankBetweenItems = true;
    }
    return {};
}

// Rewrites `providers:` / `providers: ~` / `providers: []` (plus an optional comment) so that
// block items can follow; anything more exotic is refused.
Status prepareKeyLine(const TextDocument &doc, const YAML::Node &key, ProvidersLayout &layout)
{
    const YAML::Mark keyMark = key.Mark();
    const QByteArray line = TextDocument::withoutTerminator(doc.lines.at(keyMark.line));
    const qsizetype colon = colonAfterKey(line, keyMark.column, QByteArrayLiteral("providers"));
    if (colon < 0)
        return refuse(QStringLiteral("could not find the ':' after the providers key"), keyMark.line);
    KeyLineValue v = splitKeyLine(line, colon);

    static const QRegularExpression emptyFlow(QStringLiteral(R"(^\[\s*\]$)"));
    static const QRegularExpression nullWord(QStringLiteral("^(~|null|Null|NULL)$"));
    const QString value = QString::fromUtf8(v.value);
    const bool expected = layout.shape == ProvidersShape::EmptyFlow ? emptyFlow.match(value).hasMatch()
                                                                    : (value.isEmpty() || nullWord.match(value).hasMatch());
    if (!expected)
        return refuse(layout.shape == ProvidersShape::EmptyFlow
                          ? QStringLiteral("write `providers: []` on one line, or convert providers to block style")
                          : QStringLiteral("write an empty providers list as `providers:` followed by nothing"),
                      keyMark.line);
    if (!v.value.isEmpty()) {
        v.value.clear();
        layout.rewrittenKeyLine = joinKeyLine(v);
        layout.keyLineNeedsRewrite = true;
    }
    return {};
}

} // namespace

Result<ProvidersLayout> locateProviders(const TextDocument &doc, const YAML::Node &root)
{
    ProvidersLayout layout;
    const YAML::Mark rootMark = root.Mark();
    layout.keyColumn = std::max(rootMark.column, 0);
    layout.dashColumn = layout.keyColumn + 2;

    // std::optional, not reassigned Nodes: assigning to a yaml-cpp Node that refers to a
    // document node rewrites that document node.
    std::optional<YAML::Node> key;
    std::optional<YAML::Node> found;
    int nextKeyLine = -1;
    int lastKeyLine = rootMark.line;
    for (auto it = root.begin(); it != root.end(); ++it) {
        lastKeyLine = std::max(lastKeyLine, it->first.Mark().line);
        if (key && nextKeyLine < 0)
            nextKeyLine = it->first.Mark().line;
        if (!key && it->first.IsScalar() && it->first.Scalar() == "providers") {
            key.emplace(it->first);
            found.emplace(it->second);
        }
    }

    if (!key) {
        layout.shape = ProvidersShape::Missing;
        layout.appendLine = firstDocumentMarkerAfter(doc, std::max(lastKeyLine, 0));
        return layout;
    }

    const YAML::Node &value = *found;
    layout.keyLine = key->Mark().line;
    if (layout.keyLine < 0 || layout.keyLine >= doc.lineCount())
        return refuse(QStringLiteral("could not locate the providers key in the text"));
    const int endLimit = nextKeyLine >= 0 ? nextKeyLine : firstDocumentMarkerAfter(doc, layout.keyLine);

    if (value.IsNull()) {
        layout.shape = ProvidersShape::Null;
        for (int l = layout.keyLine + 1; l < endLimit; ++l)
            if (!TextDocument::isBlank(doc.lines.at(l)) && !TextDocument::isCommentOnly(doc.lines.at(l)))
                return refuse(QStringLiteral("write an empty providers list as `providers:` followed by nothing"), l);
        if (Status s = prepareKeyLine(doc, *key, layout); s.hasError())
            return s.error();
        return layout;
    }
    if (!value.IsSequence())
        return refuse(QStringLiteral("providers must be a list"), layout.keyLine);
    if (value.Style() == YAML::EmitterStyle::Flow) {
        if (value.size() != 0)
            return refuse(QStringLiteral("providers is a flow list ([…]); convert providers to block style "
                                         "(one `- provider: …` entry per line) so it can be edited safely"),
                          layout.keyLine);
        layout.shape = ProvidersShape::EmptyFlow;
        if (value.Mark().line != layout.keyLine)
            return refuse(QStringLiteral("write `providers: []` on one line, or convert providers to block style"),
                          layout.keyLine);
        if (Status s = prepareKeyLine(doc, *key, layout); s.hasError())
            return s.error();
        return layout;
    }

    layout.shape = ProvidersShape::Block;
    if (Status s = locateBlockItems(doc, value, endLimit, layout); s.hasError())
        return s.error();
    return layout;
}

} // namespace ul::uniapi
