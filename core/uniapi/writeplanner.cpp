#include "core/uniapi/writeplanner.h"

#include "core/uniapi/aliasrules.h"
#include "core/uniapi/configvalidator.h"
#include "core/uniapi/entryemitter.h"
#include "core/uniapi/ownership.h"
#include "core/uniapi/providerslayout.h"
#include "core/uniapi/textdocument.h"
#include "core/uniapi/unifieddiff.h"
#include "core/uniapi/yamltree.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace ul::uniapi {

namespace {

bool isManagedOwnership(ProviderOwnership o)
{
    return o == ProviderOwnership::Managed || o == ProviderOwnership::Adopted;
}

QByteArray joinLines(const QList<QByteArray> &lines, const QByteArray &eol)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + eol;
    return out;
}

// The canonical form of generated entry text, read back through yaml-cpp.
Result<QString> canonicalOfEntry(const QList<QByteArray> &lines)
{
    Result<YAML::Node> parsed = parseYaml(joinLines(lines, QByteArrayLiteral("\n")), QStringLiteral("a generated entry"));
    if (parsed.hasError())
        return Error::internal(parsed.error().message);
    if (!parsed->IsSequence() || parsed->size() != 1)
        return Error::internal(QStringLiteral("a generated entry does not read back as one list item"));
    return canonicalYaml((*parsed)[0]);
}

QStringList gatewayKeys(const QList<ManagedProvider> &providers)
{
    QStringList keys;
    for (const ManagedProvider &p : providers)
        if (!keys.contains(p.gatewayKey))
            keys.append(p.gatewayKey);
    return keys;
}

QString diffLabel(const QString &path, const char *side)
{
    const QString name = path.isEmpty() ? QStringLiteral("api.yaml") : QFileInfo(path).fileName();
    return QLatin1String(side) + name;
}

// Emits every desired entry and records its expected canonical form.
struct EmittedEntry
{
    ManagedProvider provider;
    QList<QByteArray> lines;
    QString canonical;
};

Result<QList<EmittedEntry>> emitEntries(const QList<ManagedProvider> &providers, int dashColumn, bool writeEngine)
{
    QList<EmittedEntry> out;
    for (const ManagedProvider &p : providers) {
        EmittedEntry e{p, emitManagedEntry(p, dashColumn, writeEngine), QString()};
        Result<QString> canonical = canonicalOfEntry(e.lines);
        if (canonical.hasError())
            return canonical.error();
        e.canonical = canonical.value();
        out.append(e);
    }
    return out;
}

// The edited text did not read back as planned. With a file that parsed, that means it holds a
// construct the line-based edits cannot handle safely — e.g. an unterminated quote that yaml-cpp
// accepts at the end of the file and that swallows an appended entry. Refused like any other
// unsupported layout (providerslayout.cpp), not reported as an internal error; nothing is written.
Error unsafeEdit(const Error &error)
{
    if (error.kind != ErrorKind::Internal)
        return error;
    Error e = Error::validation(QStringLiteral("providers"),
                                QStringLiteral("api.yaml cannot be edited safely: the edited file would not read back as planned "
                                               "(%1); nothing was written. Check it for an unterminated quote or an unusual layout")
                                    .arg(error.message));
    e.code = QStringLiteral("UNIAPI_UNSUPPORTED_LAYOUT");
    return e;
}

// Validation (§6.5) of planned edits plus the diff; fills plan.providersCount and plan.diff.
// `before` is null for a bootstrap, which adds top-level keys by design.
Status finishPlan(PlannedWrite &result, const QByteArray &oldBytes, const TextDocument &doc, const QList<TextEdit> &edits,
                  const PreservedContent *before, const QHash<QString, QString> &expected, const QStringList &secrets)
{
    ConfigCheckOptions options;
    options.expectedManaged = expected;
    Result<CheckedConfig> checked = checkConfigText(result.newBytes, options);
    if (checked.hasError())
        return unsafeEdit(checked.error());
    if (before) {
        Result<PreservedContent> after = preservedContent(checked->root, [&expected](int, const YAML::Node &item) {
            return expected.contains(scalarField(item, "provider").value_or(QString()));
        });
        if (after.hasError())
            return unsafeEdit(after.error());
        if (Status s = verifyPreserved(*before, after.value()); s.hasError())
            return unsafeEdit(s.error());
    }
    if (Status s = verifyUntouchedLines(doc, edits, result.newBytes); s.hasError())
        return unsafeEdit(s.error());
    result.plan.providersCount = checked->providersCount;
    result.plan.diff = unifiedDiff(oldBytes, result.newBytes, diffLabel(result.plan.path, "a/"), diffLabel(result.plan.path, "b/"), secrets);
    return {};
}

// A missing file, or one holding nothing but comments: write the §6.7 template (after the
// comments). Nothing to write → no file.
Result<PlannedWrite> planBootstrap(const FileSnapshot &current, const TextDocument &doc,
                                   const QList<ManagedProvider> &desired, const PlannerOptions &options)
{
    PlannedWrite result;
    result.plan.path = options.path;
    result.plan.fileExists = current.exists;
    if (desired.isEmpty())
        return result;

    for (const QByteArray &line : doc.lines) {
        const QByteArray bare = TextDocument::withoutTerminator(line);
        if (!TextDocument::isBlank(line) && !TextDocument::isCommentOnly(line) && bare != "---") {
            Error e = Error::validation(QString(), QStringLiteral("the top level of api.yaml is not a mapping"));
            e.code = QStringLiteral("UNIAPI_INVALID");
            return e;
        }
    }

    const AliasResolution aliases = applyAliasRules(desired, {});
    Result<QList<EmittedEntry>> entries = emitEntries(aliases.providers, 2, options.writeEngine);
    if (entries.hasError())
        return entries.error();

    QList<QByteArray> entryLines;
    QHash<QString, QString> expected;
    for (const EmittedEntry &e : entries.value()) {
        entryLines += e.lines;
        expected.insert(e.provider.providerName(), e.canonical);
        result.plan.added.append(e.provider.providerName());
    }
    result.generatedClientKey = generateClientKey();
    QList<QByteArray> lines = bootstrapLines(result.generatedClientKey, entryLines);
    if (doc.lineCount() > 0 && !TextDocument::isBlank(doc.lines.constLast()))
        lines.prepend(QByteArray());
    const QList<TextEdit> edits = {TextEdit{doc.lineCount(), doc.lineCount(), lines}};
    Result<QByteArray> bytes = applyEdits(doc, edits);
    if (bytes.hasError())
        return bytes.error();

    result.newBytes = bytes.value();
    result.plan.createsFile = !current.exists;
    result.plan.changesFile = true;
    result.plan.bootstraps = true;
    result.plan.suppressedAliases = aliases.suppressed;
    QStringList secrets = gatewayKeys(aliases.providers);
    secrets.append(result.generatedClientKey);
    if (Status s = finishPlan(result, current.bytes, doc, edits, nullptr, expected, secrets); s.hasError())
        return s.error();
    return result;
}

// Deletes an entry's lines; when blank lines surround it, one of them goes too so that removing
// an entry does not leave a double gap.
TextEdit deletionEdit(const TextDocument &doc, const ProvidersLayout &layout, const ProviderItem &item)
{
    TextEdit edit{item.startLine, item.endLine, {}};
    const bool blankBefore = item.startLine - 1 > layout.keyLine && TextDocument::isBlank(doc.lines.at(item.startLine - 1));
    const bool blankAfter = item.endLine >= doc.lineCount() || TextDocument::isBlank(doc.lines.at(item.endLine));
    if (blankBefore && blankAfter)
        --edit.startLine;
    return edit;
}

// Where new entries go and the edit that puts them there (§6.4 steps 3 and 5).
TextEdit insertionEdit(const ProvidersLayout &layout, const QList<ProviderOwnership> &ownership,
                       const QList<QList<QByteArray>> &newEntries, const TextDocument &doc)
{
    QList<QByteArray> lines;
    for (const QList<QByteArray> &entry : newEntries) {
        if (layout.shape == ProvidersShape::Block && layout.blankBetweenItems)
            lines.append(QByteArray());
        lines += entry;
    }

    switch (layout.shape) {
    case ProvidersShape::Missing: {
        QList<QByteArray> block;
        if (layout.appendLine > 0 && !TextDocument::isBlank(doc.lines.at(layout.appendLine - 1)))
            block.append(QByteArray());
        block.append(QByteArray(layout.keyColumn, ' ') + "providers:");
        block += lines;
        return TextEdit{layout.appendLine, layout.appendLine, block};
    }
    case ProvidersShape::Null:
    case ProvidersShape::EmptyFlow:
        if (layout.keyLineNeedsRewrite)
            return TextEdit{layout.keyLine, layout.keyLine + 1, QList<QByteArray>{layout.rewrittenKeyLine} + lines};
        return TextEdit{layout.keyLine + 1, layout.keyLine + 1, lines};
    case ProvidersShape::Block:
        break;
    }
    // After the last managed entry, else after the last provider.
    int anchor = int(layout.items.size()) - 1;
    for (int i = int(layout.items.size()) - 1; i >= 0; --i) {
        if (isManagedOwnership(ownership.at(i))) {
            anchor = i;
            break;
        }
    }
    const int line = layout.items.at(anchor).endLine;
    return TextEdit{line, line, lines};
}

Result<PlannedWrite> planEdits(const FileSnapshot &current, const TextDocument &doc, const YAML::Node &root,
                               const QList<ManagedProvider> &desired, const PlannerOptions &options)
{
    Result<ProvidersLayout> located = locateProviders(doc, root);
    if (located.hasError())
        return located.error();
    const ProvidersLayout &layout = located.value();

    PlannedWrite result;
    result.plan.path = options.path;
    result.plan.fileExists = current.exists;

    // Ownership of what is there; reserved names and the models hand-written providers expose.
    QList<ProviderOwnership> ownership;
    QHash<QString, int> reservedLines;
    QSet<QString> handWrittenModels;
    for (const ProviderItem &item : layout.items) {
        const ProviderOwnership o = classifyProvider(item.node, options.knownInstanceUrls);
        ownership.append(o);
        if (o == ProviderOwnership::HandWritten && !reservedLines.contains(item.name))
            reservedLines.insert(item.name, item.startLine + 1);
        if (!isManagedOwnership(o))
            handWrittenModels.unite(exposedModelNames(item.node));
    }

    QList<ManagedProvider> writable;
    for (const ManagedProvider &p : desired) {
        const auto reserved = reservedLines.constFind(p.providerName());
        if (reserved == reservedLines.cend()) {
            writable.append(p);
            continue;
        }
        result.plan.conflicts.append(ProviderConflict{
            p.providerName(), QStringLiteral("a hand-written provider already uses this name; it is left alone"),
            reserved.value()});
    }
    const AliasResolution aliases = applyAliasRules(writable, handWrittenModels);
    result.plan.suppressedAliases = aliases.suppressed;

    const int dashColumn = layout.shape == ProvidersShape::Block ? layout.dashColumn : layout.keyColumn + 2;
    Result<QList<EmittedEntry>> entries = emitEntries(aliases.providers, dashColumn, options.writeEngine);
    if (entries.hasError())
        return entries.error();

    QList<TextEdit> edits;
    QList<QList<QByteArray>> newEntries;
    QHash<QString, QString> expected;
    QSet<int> consumed;
    for (const EmittedEntry &e : entries.value()) {
        const QString name = e.provider.providerName();
        expected.insert(name, e.canonical);
        int match = -1;
        for (int i = 0; i < layout.items.size() && match < 0; ++i)
            if (layout.items.at(i).hasName && layout.items.at(i).name == name && isManagedOwnership(ownership.at(i)))
                match = i;
        if (match < 0) {
            newEntries.append(e.lines);
            result.plan.added.append(name);
            continue;
        }
        consumed.insert(match);
        const ProviderItem &item = layout.items.at(match);
        Result<QString> existing = canonicalYaml(item.node);
        if (existing.hasError())
            return existing.error();
        if (ownership.at(match) == ProviderOwnership::Managed && existing.value() == e.canonical) {
            result.plan.unchanged.append(name);  // its text, comments included, stays as it is
            continue;
        }
        edits.append(TextEdit{item.startLine, item.endLine, e.lines});
        (ownership.at(match) == ProviderOwnership::Adopted ? result.plan.adopted : result.plan.changed).append(name);
    }
    for (int i = 0; i < layout.items.size(); ++i) {
        if (!isManagedOwnership(ownership.at(i)) || consumed.contains(i))
            continue;
        edits.append(deletionEdit(doc, layout, layout.items.at(i)));
        result.plan.removed.append(layout.items.at(i).name);
    }
    if (!newEntries.isEmpty())
        edits.append(insertionEdit(layout, ownership, newEntries, doc));

    Result<QByteArray> bytes = applyEdits(doc, edits);
    if (bytes.hasError())
        return bytes.error();
    result.newBytes = bytes.value();
    result.plan.changesFile = result.newBytes != current.bytes;
    if (!result.plan.changesFile) {
        result.plan.providersCount = int(layout.items.size());
        return result;
    }

    Result<PreservedContent> before = preservedContent(root, [&ownership](int index, const YAML::Node &) {
        return index < ownership.size() && isManagedOwnership(ownership.at(index));
    });
    if (before.hasError())
        return before.error();
    if (Status s = finishPlan(result, current.bytes, doc, edits, &before.value(), expected, gatewayKeys(aliases.providers)); s.hasError())
        return s.error();
    return result;
}

} // namespace

Result<PlannedWrite> planManagedWrite(const FileSnapshot &current, const QList<ManagedProvider> &desired,
                                      const PlannerOptions &options)
{
    if (Status s = validateManagedProviders(desired); s.hasError())
        return s.error();

    const TextDocument doc = TextDocument::fromBytes(current.bytes);
    if (!current.exists)
        return planBootstrap(current, doc, desired, options);

    Result<YAML::Node> root = parseYaml(doc.body());
    if (root.hasError())
        return root.error();
    if (Status s = checkDuplicateKeys(root.value()); s.hasError())
        return s.error();
    if (root->IsNull())
        return planBootstrap(current, doc, desired, options);
    if (!root->IsMap() || root->Style() == YAML::EmitterStyle::Flow) {
        Error e = Error::validation(QString(), QStringLiteral("the top level of api.yaml must be a block mapping"));
        e.code = QStringLiteral("UNIAPI_INVALID");
        return e;
    }
    return planEdits(current, doc, root.value(), desired, options);
}

} // namespace ul::uniapi
