#pragma once

#include <QString>

namespace ul {

// "Is this an absolute http(s) URL with a host, which can be shown and have paths appended?" —
// the empty string when it is, else the reason (without the value). Shared by the instance file
// (instance url, uniapi_base_url) and URL settings (UNI_API_URL). `credentialsHint` is appended
// to the message about a user name or password in the URL (e.g. where the secret belongs).
QString httpUrlProblem(const QString &text, const QString &credentialsHint = QString());

} // namespace ul
