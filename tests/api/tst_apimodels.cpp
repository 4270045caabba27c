// GET /api/models (the model × site view of the layers) and PUT /api/models/weights (operator
// weights of L3 members) over loopback, with a model served in two formats.
#include "tests/api/apiloopback.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ul;
using namespace ul::test;

namespace {

const QString kSiteKey = QStringLiteral("sk-sim-site-key-0001");
const QString kClaude = QStringLiteral("claude-sonnet-4-20250514");

QJsonObject modelEntry(const QJsonObject &answer, const QString &model)
{
    for (const QJsonValue &m : answer.value(QStringLiteral("models")).toArray()) {
        if (m.toObject().value(QStringLiteral("model")).toString() == model)
            return m.toObject();
    }
    return {};
}

} // namespace

class TestApiModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiLoopback> m_api;

    SimAiSite *addSite(const QString &name, SimAiFormat format, const QStringList &models)
    {
        SimAiSiteOptions options;
        options.name = name;
        options.formats = format;
        options.models = models;
        options.validKeys = {kSiteKey};
        return m_api->fixture().addSite(options);
    }

    bool onboard(SimAiSite *site, const QString &type, const QString &siteName)
    {
        QJsonObject request = OnboardingFixture::request(site->url(), {kSiteKey}, {type});
        request.insert(QStringLiteral("siteName"), siteName);
        const LoopbackAnswer a = m_api->sendJson("POST", QStringLiteral("/api/process-ai-site"), request);
        if (a.status != 200)
            qWarning() << a.body;
        return a.status == 200;
    }

    // A relay (OpenAI format) serving gpt-4o and the Claude model, and an Anthropic site serving
    // the Claude model: the Claude model gets an L3 per format.
    bool startWithTwoFormats()
    {
        SimAiSite *relay = addSite(QStringLiteral("relay"), SimAiFormat::OpenAI, {QStringLiteral("gpt-4o"), kClaude});
        SimAiSite *claude = addSite(QStringLiteral("claude"), SimAiFormat::Anthropic, {kClaude});
        return m_api->start() && onboard(relay, QStringLiteral("openai"), QStringLiteral("relay"))
               && onboard(claude, QStringLiteral("anthropic"), QStringLiteral("claude-site"));
    }

private slots:
    void init() { m_api = std::make_unique<ApiLoopback>(); }
    void cleanup() { m_api.reset(); }

    void listsEveryModelWithItsGroupsPerFormat()
    {
        QVERIFY(startWithTwoFormats());
        const LoopbackAnswer a = m_api->send("GET", QStringLiteral("/api/models"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("totalModels")).toInt(), 2);
        QCOMPARE(a.json.value(QStringLiteral("siteGroups")).toArray().size(), 2);

        const QJsonObject claude = modelEntry(a.json, kClaude);
        const QJsonArray groups = claude.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QStringList formats;
        for (const QJsonValue &g : groups) {
            formats.append(g.toObject().value(QStringLiteral("format")).toString());
            QCOMPARE(g.toObject().value(QStringLiteral("activeMembers")).toInt(), 1);
            QCOMPARE(g.toObject().value(QStringLiteral("noHealthyMember")).toBool(true), false);
        }
        formats.sort();
        QCOMPARE(formats, (QStringList{QStringLiteral("anthropic"), QStringLiteral("openai")}));
        const QJsonArray channels = claude.value(QStringLiteral("channels")).toArray();
        QCOMPARE(channels.size(), 2);
        for (const QJsonValue &v : channels) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.value(QStringLiteral("member")).toBool());
            QCOMPARE(c.value(QStringLiteral("weight")).toInt(), 1);
            QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
            // Each site group is a member of the group of its own format.
            const QString expectedGroup = c.value(QStringLiteral("format")).toString() == QLatin1String("anthropic")
                                              ? kClaude + QStringLiteral("-anthropic")
                                              : kClaude;
            QCOMPARE(c.value(QStringLiteral("modelGroup")).toString(), expectedGroup);
        }
        QVERIFY(!a.body.contains(kSiteKey.toUtf8()));

        // ?q= keeps matching models only; the totals stay.
        const LoopbackAnswer filtered = m_api->send("GET", QStringLiteral("/api/models?q=GPT"));
        QCOMPARE(filtered.status, 200);
        QCOMPARE(filtered.json.value(QStringLiteral("models")).toArray().size(), 1);
        QCOMPARE(filtered.json.value(QStringLiteral("models")).toArray().first().toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("gpt-4o"));
        QCOMPARE(filtered.json.value(QStringLiteral("totalModels")).toInt(), 2);
        QCOMPARE(filtered.json.value(QStringLiteral("matchingModels")).toInt(), 1);

        // offset/limit page through the matches, in name order; the counts stay.
        const LoopbackAnswer first = m_api->send("GET", QStringLiteral("/api/models?limit=1"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("models")).toArray().size(), 1);
        QCOMPARE(first.json.value(QStringLiteral("matchingModels")).toInt(), 2);
        const LoopbackAnswer second = m_api->send("GET", QStringLiteral("/api/models?offset=1&limit=1"));
        QCOMPARE(second.json.value(QStringLiteral("offset")).toInt(), 1);
        QCOMPARE(second.json.value(QStringLiteral("models")).toArray().size(), 1);
        QVERIFY(second.json.value(QStringLiteral("models")).toArray().first().toObject().value(QStringLiteral("model"))
                != first.json.value(QStringLiteral("models")).toArray().first().toObject().value(QStringLiteral("model")));
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/models?offset=2")).json.value(QStringLiteral("models")).toArray().size(), 0);
        const LoopbackAnswer bad = m_api->send("GET", QStringLiteral("/api/models?limit=0"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(QStringLiteral("error")).toString(), QStringLiteral("limit must be a whole number from 1 to 100000"));
        QCOMPARE(m_api->send("GET", QStringLiteral("/api/models?offset=-1")).status, 400);
    }

    void setsWeightsAndAppliesThemToGptLoad()
    {
        QVERIFY(startWithTwoFormats());
        const QString group = kClaude + QStringLiteral("-anthropic");
        const QJsonObject body{{QStringLiteral("weights"),
                                QJsonArray{QJsonObject{{QStringLiteral("modelGroup"), group},
                                                       {QStringLiteral("siteGroup"), QStringLiteral("claude-site-anthropic")},
                                                       {QStringLiteral("weight"), 7}}}}};
        const LoopbackAnswer a = m_api->sendJson("PUT", QStringLiteral("/api/models/weights"), body);
        QVERIFY2(a.status == 200, a.body.constData());
        const QJsonObject data = a.json.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("models")).toArray(), QJsonArray{kClaude});
        QVERIFY(!data.contains(QStringLiteral("errors")));
        const auto l3 = m_api->fixture().instance(0)->group(group);
        QVERIFY(l3.has_value());
        QCOMPARE(l3->upstreams.size(), 1);
        QCOMPARE(l3->upstreams.first().weight, 7);

        // The view shows it as the operator's weight.
        const QJsonObject claude = modelEntry(m_api->send("GET", QStringLiteral("/api/models?q=claude")).json, kClaude);
        bool seen = false;
        for (const QJsonValue &v : claude.value(QStringLiteral("channels")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("modelGroup")).toString() != group)
                continue;
            seen = true;
            QCOMPARE(c.value(QStringLiteral("weight")).toInt(), 7);
            QCOMPARE(c.value(QStringLiteral("weightSource")).toString(), QStringLiteral("operator"));
        }
        QVERIFY(seen);

        // The same weight again changes nothing.
        const LoopbackAnswer again = m_api->sendJson("PUT", QStringLiteral("/api/models/weights"), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("changed")).toInt(), 0);
    }

    void badWeightRequestsAreRefusedAndChangeNothing()
    {
        QVERIFY(startWithTwoFormats());
        const auto put = [this](const QJsonValue &weights) {
            return m_api->sendJson("PUT", QStringLiteral("/api/models/weights"), QJsonObject{{QStringLiteral("weights"), weights}});
        };
        const auto entry = [](const QJsonValue &group, const QJsonValue &site, const QJsonValue &weight) {
            return QJsonObject{{QStringLiteral("modelGroup"), group}, {QStringLiteral("siteGroup"), site}, {QStringLiteral("weight"), weight}};
        };
        struct Bad
        {
            QJsonValue weights;
            int status;
            QString field;
        };
        const QList<Bad> bad{
            {QJsonArray{}, 400, QStringLiteral("weights")},
            {QStringLiteral("many"), 400, QStringLiteral("weights")},
            {QJsonArray{5}, 400, QStringLiteral("weights[0]")},
            {QJsonArray{entry(kClaude, QStringLiteral("relay-openai"), 0)}, 400, QStringLiteral("weights[0].weight")},
            {QJsonArray{entry(kClaude, QStringLiteral("relay-openai"), 1001)}, 400, QStringLiteral("weights[0].weight")},
            {QJsonArray{entry(kClaude, QStringLiteral("relay-openai"), 2.5)}, 400, QStringLiteral("weights[0].weight")},
            {QJsonArray{entry(kClaude, QStringLiteral("relay-openai"), QStringLiteral("3"))}, 400, QStringLiteral("weights[0].weight")},
            {QJsonArray{entry(3, QStringLiteral("relay-openai"), 3)}, 400, QStringLiteral("weights[0].modelGroup")},
            {QJsonArray{entry(kClaude, QString(), 3)}, 400, QStringLiteral("weights[0].siteGroup")},
            // The Anthropic site group is a member of the other format's group only.
            {QJsonArray{entry(kClaude, QStringLiteral("claude-site-anthropic"), 3)}, 404, QString()},
            {QJsonArray{entry(QStringLiteral("no-such-group"), QStringLiteral("relay-openai"), 3)}, 404, QString()},
        };
        for (const Bad &b : bad) {
            const LoopbackAnswer a = put(b.weights);
            QVERIFY2(a.status == b.status, qPrintable(QString::fromUtf8(QJsonDocument(QJsonArray{b.weights}).toJson() + a.body)));
            QCOMPARE(a.json.value(QStringLiteral("success")).toBool(true), false);
            if (!b.field.isEmpty())
                QVERIFY2(a.json.value(QStringLiteral("message")).toString().contains(b.field), a.body.constData());
        }
        const LoopbackAnswer broken = m_api->send("PUT", QStringLiteral("/api/models/weights"), "{not json");
        QCOMPARE(broken.status, 400);
        // Nothing was stored.
        for (const QJsonValue &m : m_api->send("GET", QStringLiteral("/api/models")).json.value(QStringLiteral("models")).toArray()) {
            for (const QJsonValue &c : m.toObject().value(QStringLiteral("channels")).toArray())
                QCOMPARE(c.toObject().value(QStringLiteral("weightSource")).toString(), QStringLiteral("default"));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiModels)
#include "tst_apimodels.moc"
