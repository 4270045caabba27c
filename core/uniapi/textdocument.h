#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>

namespace ul::uniapi {

// The api.yaml text as lines, so that edits can splice whole lines and leave every other byte
// alone. Lines are split at '\n' (yaml-cpp counts lines the same way) and keep their own
// terminator ("\n" or "\r\n"); only the last line may lack one.
struct TextDocument
{
    bool hasBom = false;                  // UTF-8 BOM, kept out of `lines`
    QByteArray eol = QByteArrayLiteral("\n");  // ending of the first line; used for new lines
    bool missingFinalNewline = false;     // non-empty text whose last line has no terminator
    QList<QByteArray> lines;

    static TextDocument fromBytes(const QByteArray &bytes);
    QByteArray body() const;              // the text without the BOM (what the parser sees)
    int lineCount() const { return int(lines.size()); }

    static QByteArray withoutTerminator(const QByteArray &line);
    static bool isBlank(const QByteArray &line);
    static bool isCommentOnly(const QByteArray &line);
    // Column of the first non-space character, or -1 for a blank line.
    static int indentOf(const QByteArray &line);
    // "---" or "..." at column 0: a document marker ends the current document.
    static bool isDocumentMarker(const QByteArray &line);
};

// Replace lines [startLine, endLine) by `newLines` (given without terminators; the document's
// line ending is appended). startLine == endLine inserts before that line.
struct TextEdit
{
    int startLine = 0;
    int endLine = 0;
    QList<QByteArray> newLines;
};

// Applies non-overlapping edits and returns the new file bytes (BOM restored, a missing final
// newline kept missing). Overlapping edits are an internal error.
Result<QByteArray> applyEdits(const TextDocument &doc, QList<TextEdit> edits);

// Checks that every original line outside `edits` appears in `newBytes`, unchanged and in order
// (the byte-for-byte half of uniapi-config.md §6.5 check 7). The only tolerated difference is
// the terminator of a line that was, or became, the last line of a file without a final newline.
Status verifyUntouchedLines(const TextDocument &original, const QList<TextEdit> &edits,
                            const QByteArray &newBytes);

} // namespace ul::uniapi
