#include "tests/reliability/workerrequests.h"

namespace ul::test {

QByteArray workerInitialYaml()
{
    return QByteArrayLiteral("# operator's gateway\nproviders:\n  - provider: openai-direct\n"
                             "    base_url: https://api.openai.com/v1/chat/completions\n    api: ${OPENAI_KEY}\n"
                             "    model:\n      - gpt-4o\n\napi_keys:\n  - api: sk-admin-CHANGE-ME\n    role: admin\n");
}

uniapi::WriteRequest workerYamlRequest(int index)
{
    const int count = index % 2 == 0 ? 40 : 3;  // ~10 KB against ~1 KB
    uniapi::WriteRequest request;
    for (int i = 0; i < count; ++i) {
        uniapi::ManagedProvider p;
        p.l3GroupName = QStringLiteral("kill-model-%1").arg(i);
        p.channelType = ChannelType::OpenAI;
        p.instanceBaseUrl = QStringLiteral("http://gptload:3001");
        p.gatewayKey = QStringLiteral("sk-gw-kill-test-gateway-key-01");
        p.models = {{p.l3GroupName, {}}};
        request.providers.append(p);
    }
    return request;
}

} // namespace ul::test
