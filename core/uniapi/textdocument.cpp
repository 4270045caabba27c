#include "core/uniapi/textdocument.h"

#include <algorithm>

namespace ul::uniapi {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray terminatorOf(const QByteArray &line)
{
    if (line.endsWith("\r\n"))
        return QByteArrayLiteral("\r\n");
    if (line.endsWith('\n'))
        return QByteArrayLiteral("\n");
    return {};
}

// Lines of [0, lineCount) not covered by any edit, as maximal runs [first, second).
QList<std::pair<int, int>> untouchedRuns(int lineCount, QList<TextEdit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.startLine != b.startLine ? a.startLine < b.startLine : a.endLine < b.endLine;
    });
    QList<std::pair<int, int>> runs;
    int pos = 0;
    for (const TextEdit &e : edits) {
        if (e.startLine > pos)
            runs.append({pos, e.startLine});
        pos = std::max(pos, e.endLine);
    }
    if (pos < lineCount)
        runs.append({pos, lineCount});
    return runs;
}

} // namespace

TextDocument TextDocument::fromBytes(const QByteArray &bytes)
{
    TextDocument doc;
    QByteArray body = bytes;
    if (body.startsWith(kBom)) {
        doc.hasBom = true;
        body.remove(0, kBom.size());
    }
    qsizetype start = 0;
    while (start < body.size()) {
        const qsizetype nl = body.indexOf('\n', start);
        const qsizetype end = nl < 0 ? body.size() : nl + 1;
        doc.lines.append(body.mid(start, end - start));
        start = end;
    }
    if (!doc.lines.isEmpty()) {
        doc.missingFinalNewline = !doc.lines.constLast().endsWith('\n');
        const QByteArray first = terminatorOf(doc.lines.constFirst());
        if (!first.isEmpty())
            doc.eol = first;
    }
    return doc;
}

QByteArray TextDocument::body() const
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l;
    return out;
}

QByteArray TextDocument::withoutTerminator(const QByteArray &line)
{
    return line.left(line.size() - terminatorOf(line).size());
}

bool TextDocument::isBlank(const QByteArray &line)
{
    return line.trimmed().isEmpty();
}

bool TextDocument::isCommentOnly(const QByteArray &line)
{
    return line.trimmed().startsWith('#');
}

int TextDocument::indentOf(const QByteArray &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == ' ')
            continue;
        if (c == '\n' || c == '\r')
            return -1;
        return int(i);
    }
    return -1;
}

bool TextDocument::isDocumentMarker(const QByteArray &line)
{
    const QByteArray l = withoutTerminator(line);
    if (!l.startsWith("---") && !l.startsWith("..."))
        return false;
    return l.size() == 3 || l.at(3) == ' ' || l.at(3) == '\t';
}

Result<QByteArray> applyEdits(const TextDocument &doc, QList<TextEdit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.startLine != b.startLine ? a.startLine < b.startLine : a.endLine < b.endLine;
    });

    QByteArray out;
    // A line copied without terminator (the old last line) gets one as soon as anything follows.
    auto append = [&out, &doc](const QByteArray &line) {
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += doc.eol;
        out += line;
    };

    int pos = 0;
    for (const TextEdit &e : std::as_const(edits)) {
        if (e.startLine < pos || e.endLine < e.startLine || e.endLine > doc.lineCount())
            return Error::internal(QStringLiteral("overlapping or invalid api.yaml edits at line %1").arg(e.startLine + 1));
        for (int l = pos; l < e.startLine; ++l)
            append(doc.lines.at(l));
        for (const QByteArray &nl : e.newLines)
            append(nl + doc.eol);
        pos = e.endLine;
    }
    for (int l = pos; l < doc.lineCount(); ++l)
        append(doc.lines.at(l));

    if (doc.missingFinalNewline)
        out.chop(terminatorOf(out).size());
    if (doc.hasBom)
        out.prepend(kBom);
    return out;
}

Status verifyUntouchedLines(const TextDocument &original, const QList<TextEdit> &edits,
                            const QByteArray &newBytes)
{
    const TextDocument updated = TextDocument::fromBytes(newBytes);
    if (updated.hasBom != original.hasBom)
        return Error::internal(QStringLiteral("the byte order mark would change"));

    const int oldLast = original.lineCount() - 1;
    const int newLast = updated.lineCount() - 1;
    auto sameLine = [&](int oldIndex, int newIndex) {
        const QByteArray &a = original.lines.at(oldIndex);
        const QByteArray &b = updated.lines.at(newIndex);
        if (a == b)
            return true;
        const bool oldUnterminated = oldIndex == oldLast && original.missingFinalNewline;
        const bool newUnterminated = newIndex == newLast && updated.missingFinalNewline;
        return (oldUnterminated || newUnterminated)
            && TextDocument::withoutTerminator(a) == TextDocument::withoutTerminator(b);
    };

    int cursor = 0;
    for (const auto &[first, end] : untouchedRuns(original.lineCount(), edits)) {
        const int length = end - first;
        int found = -1;
        for (int start = cursor; start + length <= updated.lineCount() && found < 0; ++start) {
            int j = 0;
            while (j < length && sameLine(first + j, start + j))
                ++j;
            if (j == length)
                found = start;
        }
        if (found < 0)
            return Error::internal(QStringLiteral("line %1 of api.yaml would change although it is not a managed entry")
                                       .arg(first + 1));
        cursor = found + length;
    }
    return {};
}

} // namespace ul::uniapi
