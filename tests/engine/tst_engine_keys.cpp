// Proxy-key rotation through the engine facade against simulated gpt-load instances: every
// managed group and api.yaml move to the new keys, the old ones are gone, and the following
// reconciliation has nothing to do; a rotation stopped by failing updates is finished by the
// next one. Also POST /api/proxy-keys/rotate (core/api/routes_keys.cpp).
#include "core/engine/engine.h"
#include "core/sim/simcluster.h"
#include "tests/engine/simenginefixture.h"
#include "tests/support/inprocessapi.h"
#include "tests/support/testutil.h"

#include <QJsonArray>
#include <QTest>

using namespace ul;

class TestEngineKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimEngineFixture> m_sim;

    // Every proxy key of every group on every instance, with the group's name.
    QList<QPair<QString, QStringList>> groupProxyKeys() const
    {
        QList<QPair<QString, QStringList>> out;
        for (SimGptLoad *sim : m_sim->cluster().instances()) {
            for (const SimGroup &g : sim->groups())
                out.append({g.name, g.proxyKeys.split(QLatin1Char(','), Qt::SkipEmptyParts)});
        }
        return out;
    }

    bool poolHolds(const QString &key) const
    {
        for (SimGptLoad *sim : m_sim->cluster().instances()) {
            for (const SimGroup &g : sim->groups()) {
                for (const SimKey &k : sim->keys(g.name)) {
                    if (k.value == key)
                        return true;
                }
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        SimClusterOptions options;
        options.instanceCount = 2;
        SimAiSiteOptions site;
        site.name = QStringLiteral("relay");
        site.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("deepseek-chat")};
        site.validKeys = {QStringLiteral("sk-keys-test-000000000001")};
        options.sites = {site};
        m_sim = std::make_unique<test::SimEngineFixture>();
        QVERIFY(m_sim->start(options, "providers: []\napi_keys:\n  - api: sk-client\n"));

        QJsonObject request{{QStringLiteral("baseUrl"), QString(m_sim->cluster().site(0)->url() + QStringLiteral("/v1"))},
                            {QStringLiteral("apiKeys"), QJsonArray{QStringLiteral("sk-keys-test-000000000001")}},
                            {QStringLiteral("channelTypes"), QJsonArray{QStringLiteral("openai")}}};
        auto report = test::await(m_sim->engine().processAiSite(SiteRequest::fromJson(request).value()), 30000);
        QVERIFY(report.has_value());
        QVERIFY2(report->ok(), qPrintable(report->error().toString()));
    }

    void rejectsEmptyChoice()
    {
        auto result = test::await(m_sim->engine().rotateProxyKeys(false, false), 5000);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Validation);
    }

    void rotatesBothKeysEverywhere()
    {
        auto first = test::await(m_sim->engine().rotateProxyKeys(false, true), 30000);  // learn the current hop key
        QVERIFY(first.has_value());
        QVERIFY2(first->ok(), qPrintable(first->error().toString()));
        const ProxyKeys before = first->value();

        auto rotated = test::await(m_sim->engine().rotateProxyKeys(true, true), 30000);
        QVERIFY(rotated.has_value());
        QVERIFY2(rotated->ok(), qPrintable(rotated->error().toString()));
        const ProxyKeys after = rotated->value();
        QVERIFY(after.hop.startsWith(QStringLiteral("sk-")) && after.hop.size() == 51);
        QVERIFY(after.hop != before.hop);
        QVERIFY(after.gateway != before.gateway);

        int l1 = 0, modelGroups = 0;
        for (const auto &[name, keys] : groupProxyKeys()) {
            QVERIFY2(!keys.contains(before.hop) && !keys.contains(before.gateway), qPrintable(name));
            if (keys.contains(after.gateway)) {
                ++modelGroups;  // L3: the gateway key only
                QCOMPARE(keys, QStringList{after.gateway});
            } else {
                QVERIFY2(keys.contains(after.hop), qPrintable(name));
                ++l1;
            }
        }
        QVERIFY(modelGroups >= 2);
        QVERIFY(l1 >= 3);  // the site group and its L2 groups
        QVERIFY(poolHolds(after.hop));
        QVERIFY(!poolHolds(before.hop));

        const QByteArray yaml = test::readFile(m_sim->yamlPath());
        QVERIFY(yaml.contains(after.gateway.toUtf8()));
        QVERIFY(!yaml.contains(before.gateway.toUtf8()));
        QVERIFY(!yaml.contains(before.hop.toUtf8()));

        const QJsonObject previews = proxyKeyPreviews(after);
        QVERIFY(!previews.value(QStringLiteral("hopKeyPreview")).toString().contains(after.hop));
        QVERIFY(previews.value(QStringLiteral("gatewayKeyPreview")).toString().endsWith(after.gateway.right(4)));
    }

    // A rotation that cannot reach every group keeps the old key valid (nobody is locked out)
    // and remembers it; the next rotation takes it out everywhere.
    void interruptedRotationIsFinishedByTheNext()
    {
        auto current = test::await(m_sim->engine().rotateProxyKeys(false, true), 30000);
        QVERIFY(current.has_value());
        QVERIFY2(current->ok(), qPrintable(current->error().toString()));
        const QString oldHop = current->value().hop;

        SimGptLoad *holder = nullptr;  // the instance that carries the site's groups
        for (SimGptLoad *sim : m_sim->cluster().instances()) {
            if (!sim->groups().isEmpty())
                holder = sim;
        }
        QVERIFY(holder);
        const int refuseUpdates = holder->addFault(SimFaultRule::respond("PUT", QStringLiteral("/api/groups/*"), 500));
        auto interrupted = test::await(m_sim->engine().rotateProxyKeys(true, false), 30000);
        QVERIFY(interrupted.has_value());
        QVERIFY(!interrupted->ok());
        QVERIFY2(interrupted->error().message.contains(QLatin1String("next rotation")), qPrintable(interrupted->error().toString()));
        bool stillAccepted = false;
        for (const auto &[name, keys] : groupProxyKeys())
            stillAccepted = stillAccepted || keys.contains(oldHop);
        QVERIFY(stillAccepted);
        QVERIFY(poolHolds(oldHop));

        QVERIFY(holder->removeFault(refuseUpdates));
        auto finished = test::await(m_sim->engine().rotateProxyKeys(false, true), 30000);
        QVERIFY(finished.has_value());
        QVERIFY2(finished->ok(), qPrintable(finished->error().toString()));
        const QString newHop = finished->value().hop;
        QVERIFY(newHop != oldHop);
        for (const auto &[name, keys] : groupProxyKeys())
            QVERIFY2(!keys.contains(oldHop), qPrintable(name));
        QVERIFY(!poolHolds(oldHop));
        QVERIFY(poolHolds(newHop));
    }

    void reconcileAfterRotationChangesNothing()
    {
        const qint64 mutating = m_sim->mutatingCalls();
        auto result = test::await(m_sim->engine().initializeArchitecture(), 30000);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().toString()));
        QCOMPARE(m_sim->mutatingCalls(), mutating);
    }

    void routeAnswersPreviewsOnly()
    {
        test::InProcessApi api(m_sim->engine());
        const QString path = QStringLiteral("/api/proxy-keys/rotate");

        QCOMPARE(api.call("POST", path, "{}", {}).status, 400);  // neither key chosen
        QCOMPARE(api.call("POST", path, R"({"hop":"yes"})", {}).status, 400);

        const QByteArray yamlBefore = test::readFile(m_sim->yamlPath());
        const test::RouteAnswer answer = api.call("POST", path, R"({"gateway":true})", {});
        QCOMPARE(answer.status, 200);
        const QJsonObject &json = answer.json;
        QCOMPARE(json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject data = json.value(QStringLiteral("data")).toObject();
        const QString gatewayPreview = data.value(QStringLiteral("gatewayKeyPreview")).toString();
        QVERIFY(gatewayPreview.startsWith(QStringLiteral("sk-")));
        QVERIFY(gatewayPreview.size() < 20);  // masked, never the 51-character key
        QVERIFY(data.value(QStringLiteral("hopKeyPreview")).toString().size() < 20);
        const QByteArray yamlAfter = test::readFile(m_sim->yamlPath());
        QVERIFY(yamlAfter != yamlBefore);
        QVERIFY(yamlAfter.contains(gatewayPreview.right(4).toUtf8()));
    }

    void cleanupTestCase()
    {
        m_sim.reset();  // the engine before the cluster
    }
};

QTEST_GUILESS_MAIN(TestEngineKeys)
#include "tst_engine_keys.moc"
