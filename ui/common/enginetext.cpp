#include "ui/common/enginetext.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace ul {

namespace {

// Exactly as the engine writes them (core/engine, core/onboarding, core/layers, core/services).
const char *const kTemplates[] = {
    // job titles
    QT_TRANSLATE_NOOP("ul::EngineText", "Onboard %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Update site group %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Reconcile the three layers"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Reconcile the three layers at startup"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Import the layout of the original uni-load"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Move adopted groups to uni-load's proxy keys"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete legacy two-layer groups"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Restore api.yaml from %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Set model group weights"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Rotate the proxy keys"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete every managed model group"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Recover %1 on %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Re-enable %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Disable %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Take %1 out of rotation"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete leftover temporary groups on %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Sync the model lists of every site"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Apply %1 approved model change(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Check channel health"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Clean up unreachable channels"),
    QT_TRANSLATE_NOOP("ul::EngineText", "Delete %1"),
    // job steps
    QT_TRANSLATE_NOOP("ul::EngineText", "reading groups"),
    QT_TRANSLATE_NOOP("ul::EngineText", "writing api.yaml"),
    QT_TRANSLATE_NOOP("ul::EngineText", "discovering models through a temporary group on %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "writing site group %1 on %2"),
    QT_TRANSLATE_NOOP("ul::EngineText", "taking %1 out of rotation"),
    QT_TRANSLATE_NOOP("ul::EngineText", "putting %1 back in rotation"),
    QT_TRANSLATE_NOOP("ul::EngineText", "reconciling %1 model(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "applying %1 approved change(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "applying the model changes of %1 site group(s)"),
    QT_TRANSLATE_NOOP("ul::EngineText", "no model changes to apply"),
    // service results (the snapshot's lastResult)
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 checked: %2 healthy, %3 unhealthy, %4 inconclusive, %5 errors"),
    QT_TRANSLATE_NOOP("ul::EngineText", "removed: %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "restored: %1"),
    QT_TRANSLATE_NOOP("ul::EngineText", "%1 site group(s): %2 added, %3 removed, %4 queued"),
};

struct CompiledTemplate
{
    const char *source;
    QRegularExpression pattern;
    QList<int> placeholders;  // the %N of each capture, in order of appearance
};

QList<CompiledTemplate> compileTemplates()
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QList<CompiledTemplate> out;
    for (const char *source : kTemplates) {
        const QString text = QString::fromUtf8(source);
        CompiledTemplate t{source, {}, {}};
        QString regex = QStringLiteral("^");
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            regex += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.+?)");
            t.placeholders.append(m.captured(1).toInt());
            at = m.capturedEnd();
        }
        regex += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
        t.pattern = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
        out.append(std::move(t));
    }
    return out;
}

QString translateOne(const QString &english)
{
    static const QList<CompiledTemplate> templates = compileTemplates();
    for (const CompiledTemplate &t : templates) {
        const QRegularExpressionMatch m = t.pattern.match(english);
        if (!m.hasMatch())
            continue;
        QString out = EngineText::tr(t.source);
        // QString::arg fills the lowest %N first: hand the captures over sorted by their N.
        QList<QPair<int, QString>> args;
        for (int i = 0; i < t.placeholders.size(); ++i)
            args.append({t.placeholders.at(i), m.captured(i + 1)});
        std::sort(args.begin(), args.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &arg : args)
            out = out.arg(arg.second);
        return out;
    }
    return english;
}

} // namespace

QString EngineText::translate(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QStringList parts = english.split(QStringLiteral("; "));
    QStringList out;
    for (const QString &part : parts)
        out.append(translateOne(part));
    return out.join(tr("; "));
}

QString EngineText::operation(const QString &op)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("create-group"), QT_TR_NOOP("create group")},
        {QStringLiteral("update-group"), QT_TR_NOOP("update group")},
        {QStringLiteral("delete-group"), QT_TR_NOOP("delete group")},
        {QStringLiteral("upload-pool-key"), QT_TR_NOOP("add pool key")},
        {QStringLiteral("delete-pool-key"), QT_TR_NOOP("remove pool key")},
        {QStringLiteral("record"), QT_TR_NOOP("record")},
        {QStringLiteral("upsert-provider"), QT_TR_NOOP("write provider")},
        {QStringLiteral("remove-provider"), QT_TR_NOOP("remove provider")},
        {QStringLiteral("upload-keys"), QT_TR_NOOP("upload keys")},
        {QStringLiteral("verify-keys"), QT_TR_NOOP("verify keys")},
        {QStringLiteral("restore-invalid-keys"), QT_TR_NOOP("restore invalid keys")},
        {QStringLiteral("write-api-yaml"), QT_TR_NOOP("write api.yaml")},
        {QStringLiteral("restore-api-yaml"), QT_TR_NOOP("restore api.yaml")},
        {QStringLiteral("create-temp-group"), QT_TR_NOOP("create temporary group")},
        {QStringLiteral("delete-temp-group"), QT_TR_NOOP("delete temporary group")},
        {QStringLiteral("discover-models"), QT_TR_NOOP("discover models")},
        {QStringLiteral("filter-models"), QT_TR_NOOP("filter models")},
        {QStringLiteral("assign-instance"), QT_TR_NOOP("choose instance")},
        {QStringLiteral("resolve-site"), QT_TR_NOOP("resolve site")},
        {QStringLiteral("record-group"), QT_TR_NOOP("record group")},
        {QStringLiteral("reconcile"), QT_TR_NOOP("reconcile")},
        {QStringLiteral("sync-site"), QT_TR_NOOP("sync site")},
        {QStringLiteral("sync-summary"), QT_TR_NOOP("sync summary")},
        {QStringLiteral("update-test-model"), QT_TR_NOOP("update test model")},
        {QStringLiteral("disable-channel"), QT_TR_NOOP("take channel out of rotation")},
        {QStringLiteral("restore-channel"), QT_TR_NOOP("put channel back in rotation")},
        {QStringLiteral("delete-site"), QT_TR_NOOP("delete site")},
        {QStringLiteral("set-weight"), QT_TR_NOOP("set weight")},
        {QStringLiteral("adopt-group"), QT_TR_NOOP("adopt group")},
        {QStringLiteral("import-layout"), QT_TR_NOOP("import layout")},
        {QStringLiteral("generate-proxy-key"), QT_TR_NOOP("generate proxy key")},
        {QStringLiteral("retire-proxy-key"), QT_TR_NOOP("retire proxy key")},
        {QStringLiteral("retire-proxy-keys"), QT_TR_NOOP("retire proxy keys")},
        {QStringLiteral("retire-pool-key"), QT_TR_NOOP("retire pool key")},
    };
    const auto it = names.constFind(op);
    return it == names.cend() ? op : tr(it.value());
}

} // namespace ul
