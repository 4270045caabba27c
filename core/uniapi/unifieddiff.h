#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ul::uniapi {

// A unified diff (3 lines of context) of two texts, line by line, for previews and the
// operation log. Every line shown is redacted: the `secrets` given, values of `api:` keys, one or
// a block list of them (except ${VAR} placeholders), and anything ul::Redactor recognises as a key.
QString unifiedDiff(const QByteArray &oldText, const QByteArray &newText, const QString &oldLabel,
                    const QString &newLabel, const QStringList &secrets, int context = 3);

// The redaction applied to each diff line.
QString redactYamlLine(const QString &line, const QStringList &secrets);

} // namespace ul::uniapi
