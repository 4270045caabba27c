#include "core/uniapi/unifieddiff.h"

#include "core/common/redactor.h"
#include "core/uniapi/textdocument.h"

#include <QList>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace ul::uniapi {

namespace {

enum class Op { Keep, Delete, Insert };

struct DiffLine
{
    Op op;
    int oldIndex;  // valid for Keep/Delete
    int newIndex;  // valid for Keep/Insert
};

// Beyond this many differences the middle part is shown as one replacement (Myers' trace is
// quadratic in the edit distance).
constexpr int kMaxEditDistance = 1000;

// Myers' O(ND) shortest edit script on a[aBegin, aEnd) vs b[bBegin, bEnd).
QList<DiffLine> myers(const QList<QByteArray> &a, int aBegin, int aEnd, const QList<QByteArray> &b, int bBegin, int bEnd)
{
    const int n = aEnd - aBegin;
    const int m = bEnd - bBegin;
    const int max = n + m;
    QList<DiffLine> script;
    auto replaceAll = [&] {
        for (int i = aBegin; i < aEnd; ++i)
            script.append({Op::Delete, i, -1});
        for (int j = bBegin; j < bEnd; ++j)
            script.append({Op::Insert, -1, j});
        return script;
    };
    if (n == 0 || m == 0)
        return replaceAll();

    const int offset = max + 1;
    std::vector<int> v(2 * max + 3, 0);
    // trace[d] keeps v[-d-1 … d+1] as it was before step d (all that backtracking reads).
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= std::min(max, kMaxEditDistance) && found < 0; ++d) {
        trace.emplace_back(v.begin() + offset - d - 1, v.begin() + offset + d + 2);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                     : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(aBegin + x) == b.at(bBegin + y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return replaceAll();

    // Walk the trace backwards to recover the script.
    int x = n;
    int y = m;
    QList<DiffLine> reversed;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[d];
        const int base = d + 1;  // pv[base + k] is v[k]
        const int k = x - y;
        const bool down = (k == -d || (k != d && pv[base + k - 1] < pv[base + k + 1]));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[base + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.append({Op::Keep, aBegin + x, bBegin + y});
        }
        if (down)
            reversed.append({Op::Insert, -1, bBegin + (--y)});
        else
            reversed.append({Op::Delete, aBegin + (--x), -1});
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.append({Op::Keep, aBegin + x, bBegin + y});
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

QList<DiffLine> diffLines(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<DiffLine> script;
    for (int i = 0; i < prefix; ++i)
        script.append({Op::Keep, i, i});
    script += myers(a, prefix, int(a.size()) - suffix, b, prefix, int(b.size()) - suffix);
    for (int s = suffix; s > 0; --s)
        script.append({Op::Keep, int(a.size()) - s, int(b.size()) - s});
    return script;
}

// `- value` items of a block list, as uni-api writes several keys of one provider:
//     api:
//       - sk-first
const QRegularExpression &listItem()
{
    static const QRegularExpression item(QStringLiteral(R"(^(\s*-\s+)(["']?)([^"'#\s][^"'#]*?)(\2)(\s*(?:#.*)?)$)"));
    return item;
}

// The lines that are items of a block list under an `api:` key. Line by line they look like any
// other list item, so they are found with their key: from an `api:` with nothing after it, every
// following `- item` indented at least as far as the key, blank and comment lines included.
QSet<int> apiListItemLines(const QList<QByteArray> &lines)
{
    static const QRegularExpression header(QStringLiteral(R"(^(\s*(?:-\s+)?)api\s*:\s*(?:#.*)?$)"));
    QSet<int> items;
    qsizetype keyColumn = -1;  // column of the `api` key whose list is being read; -1 = none
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(TextDocument::withoutTerminator(lines.at(i)));
        if (keyColumn >= 0) {
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            const QRegularExpressionMatch m = listItem().match(text);
            if (m.hasMatch() && m.captured(1).indexOf(QLatin1Char('-')) >= keyColumn) {
                items.insert(i);
                continue;
            }
            keyColumn = -1;
        }
        if (const QRegularExpressionMatch m = header.match(text); m.hasMatch())
            keyColumn = m.capturedLength(1);
    }
    return items;
}

QString lineText(const QByteArray &line, bool apiListItem, const QStringList &secrets)
{
    QString text = QString::fromUtf8(TextDocument::withoutTerminator(line));
    if (apiListItem) {
        const QRegularExpressionMatch m = listItem().match(text);
        if (m.hasMatch() && !m.captured(3).startsWith(QLatin1String("${")))
            text = m.captured(1) + m.captured(2) + Redactor::mask(m.captured(3)) + m.captured(4) + m.captured(5);
    }
    return redactYamlLine(text, secrets);
}

QString rangeText(int start, int count)
{
    // Unified diff ranges are 1-based; an empty range names the line before it.
    if (count == 0)
        return QString::number(start) + QStringLiteral(",0");
    if (count == 1)
        return QString::number(start + 1);
    return QString::number(start + 1) + QLatin1Char(',') + QString::number(count);
}

} // namespace

QString redactYamlLine(const QString &line, const QStringList &secrets)
{
    QString out = line;
    for (const QString &secret : secrets)
        if (!secret.isEmpty())
            out.replace(secret, Redactor::mask(secret));
    static const QRegularExpression apiValue(QStringLiteral(R"(^(\s*(?:-\s+)?api\s*:\s*)(["']?)([^"'#\s][^"'#]*?)(\2)(\s*(?:#.*)?)$)"));
    const QRegularExpressionMatch m = apiValue.match(out);
    if (m.hasMatch()) {
        const QString value = m.captured(3);
        if (!value.startsWith(QLatin1String("${")) && !value.contains(QChar(0x2026)))
            out = m.captured(1) + m.captured(2) + Redactor::mask(value) + m.captured(4) + m.captured(5);
    }
    return Redactor::text(out);
}

QString unifiedDiff(const QByteArray &oldText, const QByteArray &newText, const QString &oldLabel,
                    const QString &newLabel, const QStringList &secrets, int context)
{
    const TextDocument a = TextDocument::fromBytes(oldText);
    const TextDocument b = TextDocument::fromBytes(newText);
    QList<QByteArray> aLines = a.lines;
    QList<QByteArray> bLines = b.lines;
    if (a.hasBom != b.hasBom) {
        // Make a BOM change visible as a change of the first line.
        if (a.hasBom && !aLines.isEmpty())
            aLines.first().prepend("\xEF\xBB\xBF");
        if (b.hasBom && !bLines.isEmpty())
            bLines.first().prepend("\xEF\xBB\xBF");
    }
    const QList<DiffLine> script = diffLines(aLines, bLines);
    const QSet<int> aKeyItems = apiListItemLines(aLines);
    const QSet<int> bKeyItems = apiListItemLines(bLines);
    if (std::all_of(script.cbegin(), script.cend(), [](const DiffLine &d) { return d.op == Op::Keep; }))
        return {};

    QString out = QStringLiteral("--- ") + oldLabel + QLatin1Char('\n') + QStringLiteral("+++ ") + newLabel + QLatin1Char('\n');
    const int total = int(script.size());
    int i = 0;
    while (i < total) {
        if (script.at(i).op == Op::Keep) {
            ++i;
            continue;
        }
        // Grow a hunk until `2 * context` unchanged lines separate it from the next change.
        const int hunkStart = std::max(0, i - context);
        int hunkEnd = i;
        int lastChange = i;
        while (hunkEnd < total) {
            if (script.at(hunkEnd).op != Op::Keep)
                lastChange = hunkEnd;
            else if (hunkEnd - lastChange > 2 * context)
                break;
            ++hunkEnd;
        }
        hunkEnd = std::min(total, lastChange + context + 1);

        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        QString body;
        for (int h = hunkStart; h < hunkEnd; ++h) {
            const DiffLine &d = script.at(h);
            const bool lastOld = d.oldIndex == aLines.size() - 1 && a.missingFinalNewline;
            const bool lastNew = d.newIndex == bLines.size() - 1 && b.missingFinalNewline;
            if (d.op != Op::Insert) {
                if (oldStart < 0)
                    oldStart = d.oldIndex;
                ++oldCount;
            }
            if (d.op != Op::Delete) {
                if (newStart < 0)
                    newStart = d.newIndex;
                ++newCount;
            }
            switch (d.op) {
            case Op::Keep:
                body += QLatin1Char(' ') + lineText(aLines.at(d.oldIndex), aKeyItems.contains(d.oldIndex), secrets) + QLatin1Char('\n');
                break;
            case Op::Delete:
                body += QLatin1Char('-') + lineText(aLines.at(d.oldIndex), aKeyItems.contains(d.oldIndex), secrets) + QLatin1Char('\n');
                break;
            case Op::Insert:
                body += QLatin1Char('+') + lineText(bLines.at(d.newIndex), bKeyItems.contains(d.newIndex), secrets) + QLatin1Char('\n');
                break;
            }
            if ((d.op == Op::Delete && lastOld) || (d.op == Op::Insert && lastNew) || (d.op == Op::Keep && (lastOld || lastNew)))
                body += QStringLiteral("\\ No newline at end of file\n");
        }
        // An empty side is anchored at the line before the hunk.
        if (oldStart < 0) {
            oldStart = 0;
            for (int h = hunkStart; h >= 0 && oldStart == 0; --h)
                if (script.at(h).oldIndex >= 0)
                    oldStart = script.at(h).oldIndex + 1;
        }
        if (newStart < 0) {
            newStart = 0;
            for (int h = hunkStart; h >= 0 && newStart == 0; --h)
                if (script.at(h).newIndex >= 0)
                    newStart = script.at(h).newIndex + 1;
        }
        out += QStringLiteral("@@ -") + rangeText(oldStart, oldCount) + QStringLiteral(" +") + rangeText(newStart, newCount)
            + QStringLiteral(" @@\n") + body;
        i = hunkEnd;
    }
    return out;
}

} // namespace ul::uniapi
