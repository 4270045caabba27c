#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ul {

// The core reports failures as ul::Error with an English message (it also goes to logs, the
// journal and the HTTP API). The console shows them in the interface language: a message that
// matches one of the core's message templates is translated with its arguments (field names,
// URLs, instance names, numbers) kept; any other message is shown in English, in Chinese after a
// label that names its kind ("网络错误：connection refused").
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ul::ErrorText)

public:
    static QString translate(const Error &error);
    static QString translate(const QString &message, ErrorKind kind);
    // A message with what the jobs table and the snapshot keep of its error: the error's code, or
    // its kind's name (errorKindName) when it had no code. An unknown code gets a neutral label.
    static QString translate(const QString &message, const QString &codeOrKind);
    // A message whose kind is not known (an instance's last error, a startup error).
    static QString translate(const QString &message);
    // Only the templates: the translation, or the message unchanged when none matches (for a text
    // the caller already frames, such as a setting's warning). Messages joined by "; " are
    // translated one by one.
    static QString translateKnown(const QString &message);
    // translateKnown(message) of each (warnings that are shown under their own heading).
    static QStringList translateKnownEach(const QStringList &messages);
    // translate(message) of each, for the lists of per-item problems reports keep.
    static QStringList translateEach(const QStringList &messages);
    // "<subject>: <message>" (a site group's sync error): the whole text when a template knows it,
    // else the message translated after its subject.
    static QString translateAfterSubject(const QString &text);
};

} // namespace ul
