#pragma once

#include "core/common/instanceconfig.h"
#include "core/gptload/httptypes.h"

#include <QByteArray>
#include <QString>

namespace ul::test {

// The gpt-load instance the client unit tests address (FakeNetworkAccessManager answers it).
inline InstanceConfig fakeInstance(const QString &adminToken)
{
    InstanceConfig instance;
    instance.id = QStringLiteral("local");
    instance.name = QStringLiteral("local");
    instance.url = QStringLiteral("http://gptload.test:3001");
    instance.token = adminToken;
    return instance;
}

// An answer as HttpClient hands it to the decoders.
inline HttpResponse httpAnswer(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

} // namespace ul::test
