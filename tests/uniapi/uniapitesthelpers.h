#pragma once

#include "core/uniapi/managedprovider.h"
#include "tests/support/testutil.h"

#include <QByteArray>
#include <QString>

// Fixtures and desired providers shared by the uni-api writer tests.
namespace ul::uniapi::test {

inline const QString kGatewayKey = QStringLiteral("sk-gw-test-gateway-key-0001");
inline const QString kGptLoad = QStringLiteral("http://gptload:3001");

inline QByteArray fixture(const QString &name)
{
    const QByteArray bytes = ul::test::readTestData(QStringLiteral("uniapi/") + name);
    if (bytes.isEmpty())
        qFatal("missing fixture uniapi/%s", qPrintable(name));
    return bytes;
}

inline ManagedProvider provider(const QString &group, ChannelType type, QList<ManagedModel> models,
                                const QString &instance = kGptLoad, const QString &key = kGatewayKey)
{
    return ManagedProvider{group, type, instance, key, std::move(models)};
}

// The two managed entries of commented.yaml, exactly as they are in the file.
inline ManagedProvider deepseek(const QString &instance = kGptLoad)
{
    return provider(QStringLiteral("deepseek-chat"), ChannelType::OpenAI, {{QStringLiteral("deepseek-chat"), {}}}, instance);
}

inline ManagedProvider claudeSonnet()
{
    return provider(QStringLiteral("claude-sonnet-4-20250514"), ChannelType::Anthropic,
                    {{QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("claude-sonnet-4")}});
}

inline ManagedProvider qwen()
{
    return provider(QStringLiteral("qwen3-235b-a22b-2507"), ChannelType::OpenAI,
                    {{QStringLiteral("qwen3-235b-a22b-2507"), QStringLiteral("qwen3-235b-a22b")}});
}

inline ManagedProvider gemini()
{
    return provider(QStringLiteral("gemini-2-5-flash"), ChannelType::Gemini, {{QStringLiteral("gemini-2.5-flash"), {}}});
}

inline QByteArray toCrlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}

} // namespace ul::uniapi::test
