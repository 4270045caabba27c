// Base URL normalisation, model-list URLs, site names and site-name disambiguation
// (uni-load-behaviour.md §6.1, §7.1, §7.4).
#include "core/sites/baseurl.h"
#include "core/sites/sitename.h"

#include <QTest>

using namespace ul;
using namespace Qt::StringLiterals;

class TestSitesUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalizesBaseUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("stripped");

        QTest::newRow("plain") << "https://api.deepseek.com" << "https://api.deepseek.com" << "";
        QTest::newRow("trailing slash") << "https://api.example.com/" << "https://api.example.com" << "";
        QTest::newRow("several slashes") << "https://api.example.com///" << "https://api.example.com" << "";
        QTest::newRow("/v1") << "https://api.example.com/v1" << "https://api.example.com" << "v1";
        QTest::newRow("/v1/") << "https://api.example.com/v1/" << "https://api.example.com" << "v1";
        QTest::newRow("/V1BETA") << "https://generativelanguage.googleapis.com/V1BETA"
                                 << "https://generativelanguage.googleapis.com" << "V1BETA";
        QTest::newRow("/v1beta/") << "https://x.com/proxy/v1beta/" << "https://x.com/proxy" << "v1beta";
        QTest::newRow("openrouter") << "https://openrouter.ai/api/v1" << "https://openrouter.ai/api" << "v1";
        QTest::newRow("only one segment") << "https://x.com/v1/v1" << "https://x.com/v1" << "v1";
        QTest::newRow("whitespace") << "  \thttps://api.deepseek.com/v1 \n" << "https://api.deepseek.com" << "v1";
        QTest::newRow("case of scheme and host") << "HTTPS://API.DeepSeek.COM/Path/V1" << "https://api.deepseek.com/Path"
                                                 << "V1";
        QTest::newRow("port") << "http://localhost:3000/v1" << "http://localhost:3000" << "v1";
        QTest::newRow("ip") << "http://127.0.0.1:8000" << "http://127.0.0.1:8000" << "";
        QTest::newRow("ipv6") << "http://[::1]:8000/v1" << "http://[::1]:8000" << "v1";
        QTest::newRow("v1 inside path kept") << "https://x.com/v1/openai" << "https://x.com/v1/openai" << "";
        QTest::newRow("segment only ends in v1") << "https://x.com/apiv1" << "https://x.com/apiv1" << "";
        // Without a scheme https is meant, as the original reads it.
        QTest::newRow("no scheme") << "api.example.com" << "https://api.example.com" << "";
        QTest::newRow("no scheme, port and /v1") << "localhost:3000/v1" << "https://localhost:3000" << "v1";
    }
    void normalizesBaseUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QString, stripped);
        const Result<NormalizedBaseUrl> result = normalizeBaseUrl(input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->url, normalized);
        QCOMPARE(result->strippedSegment, stripped);
        QCOMPARE(result->versionStripped(), !stripped.isEmpty());
        QVERIFY(result->warning.isEmpty());
    }

    void rejectsBadBaseUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");

        QTest::newRow("empty") << "" << "BASE_URL_EMPTY";
        QTest::newRow("blank") << "   " << "BASE_URL_EMPTY";
        QTest::newRow("ftp") << "ftp://example.com" << "BASE_URL_SCHEME";
        QTest::newRow("garbage") << "not a url" << "BASE_URL_INVALID";
        QTest::newRow("symbols") << ":::///" << "BASE_URL_SCHEME";
        QTest::newRow("broken ipv6") << "http://[::1" << "BASE_URL_INVALID";
        QTest::newRow("no host") << "http://" << "BASE_URL_NO_HOST";
        QTest::newRow("no host, path") << "https:///v1" << "BASE_URL_NO_HOST";
        QTest::newRow("credentials") << "https://user:sk-secret-123456@api.x.com" << "BASE_URL_CREDENTIALS";
        QTest::newRow("query") << "https://api.x.com/v1?key=AIzaSECRETSECRET" << "BASE_URL_QUERY";
        QTest::newRow("fragment") << "https://api.x.com/#x" << "BASE_URL_QUERY";
        QTest::newRow("port 0") << "http://api.x.com:0" << "BASE_URL_INVALID";
        QTest::newRow("huge path") << QString(QStringLiteral("https://api.x.com/") + QString(5000, QLatin1Char('a'))) << "BASE_URL_INVALID";
        QTest::newRow("paas v4") << "https://open.bigmodel.cn/api/paas/v4" << "BASE_URL_VERSION_PATH";
        QTest::newRow("v2/") << "https://api.x.com/v2/" << "BASE_URL_VERSION_PATH";
        QTest::newRow("v1alpha") << "https://api.x.com/v1alpha" << "BASE_URL_VERSION_PATH";
        QTest::newRow("v1beta1") << "https://api.x.com/v1beta1" << "BASE_URL_VERSION_PATH";
    }
    void rejectsBadBaseUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const Result<NormalizedBaseUrl> result = normalizeBaseUrl(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Validation);
        QCOMPARE(result.error().field, QStringLiteral("baseUrl"));
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
        // The input may carry a key: it is never echoed.
        QVERIFY(!result.error().message.contains(QLatin1String("SECRET"), Qt::CaseInsensitive));
    }

    void otherVersionSegmentCanBeAWarning()
    {
        const Result<NormalizedBaseUrl> result =
            normalizeBaseUrl(QStringLiteral("https://open.bigmodel.cn/api/paas/v4/"), VersionSegmentPolicy::Warn);
        QVERIFY(result.ok());
        QCOMPARE(result->url, QStringLiteral("https://open.bigmodel.cn/api/paas/v4"));
        QVERIFY(!result->versionStripped());
        QVERIFY(result->warning.contains(QLatin1String("v4")));
        QVERIFY(result->warning.contains(QLatin1String("cannot be proxied")));
    }

    void buildsModelListUrl_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<QString>("url");

        QTest::newRow("openai") << "https://api.deepseek.com" << "openai" << "" << "https://api.deepseek.com/v1/models";
        QTest::newRow("openai ignores cursor") << "https://x.com/api" << "openai" << "abc" << "https://x.com/api/v1/models";
        QTest::newRow("anthropic") << "https://api.anthropic.com" << "anthropic" << ""
                                   << "https://api.anthropic.com/v1/models?limit=1000";
        QTest::newRow("anthropic page 2") << "https://api.anthropic.com" << "anthropic" << "claude-3-5-haiku-20241022"
                                          << "https://api.anthropic.com/v1/models?limit=1000&after_id=claude-3-5-haiku-20241022";
        QTest::newRow("gemini") << "https://generativelanguage.googleapis.com" << "gemini" << ""
                                << "https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000";
        QTest::newRow("gemini token encoded") << "https://g.example" << "gemini" << "Ab+c/d="
                                              << "https://g.example/v1beta/models?pageSize=1000&pageToken=Ab%2Bc%2Fd%3D";
        QTest::newRow("proxy base") << "http://localhost:3001/proxy/api-x-com-openai" << "openai" << ""
                                    << "http://localhost:3001/proxy/api-x-com-openai/v1/models";
        QTest::newRow("trailing slash tolerated") << "https://x.com/" << "openai" << "" << "https://x.com/v1/models";
    }
    void buildsModelListUrl()
    {
        QFETCH(QString, base);
        QFETCH(QString, type);
        QFETCH(QString, cursor);
        QFETCH(QString, url);
        const QUrl built = modelListUrl(base, *parseChannelType(type), cursor);
        QCOMPARE(built.toString(QUrl::FullyEncoded), url);
    }

    void siteNameFromUrlTable_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");

        // §6.1 table
        QTest::newRow("deepseek /v1") << "https://api.deepseek.com/v1" << "api-deepseek-com";
        QTest::newRow("ip and port") << "http://127.0.0.1:8000" << "127-0-0-1";
        QTest::newRow("localhost") << "http://localhost:3000" << "localhost";
        // rules
        QTest::newRow("no scheme") << "api.deepseek.com" << "api-deepseek-com";
        QTest::newRow("no scheme, port") << "localhost:3000/" << "localhost";
        QTest::newRow("uppercase") << "https://API.Example.COM/" << "api-example-com";
        QTest::newRow("path ignored") << "https://openrouter.ai/api/v1" << "openrouter-ai";
        QTest::newRow("short gets -ai") << "http://ai" << "ai-ai";
        QTest::newRow("ipv6") << "http://[::1]:8000" << "1-ai";
        QTest::newRow("hyphens collapse") << "https://my--site.example" << "my-site-example";
        QTest::newRow("idn as ace") << QStringLiteral("https://b\u00fccher.example") << "xn-bcher-kva-example";  // "--" collapses like any other
    }
    void siteNameFromUrlTable()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        const Result<QString> result = siteNameFromUrl(url);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(*result, name);
        QVERIFY(isValidSiteName(*result) || result->contains(QLatin1String("--")));
    }

    void siteNameIsCappedAt90()
    {
        // 63 + '.' + 25 + '.' + 10: the slug's 90th character is '-', which is trimmed.
        const QString host = QString(63, QLatin1Char('a')) + QLatin1Char('.') + QString(25, QLatin1Char('b'))
            + QLatin1Char('.') + QString(10, QLatin1Char('c'));
        const Result<QString> name = siteNameFromUrl(QStringLiteral("https://") + host);
        QVERIFY(name.ok());
        QCOMPARE(name->size(), 89);
        QCOMPARE(*name, QString(63, QLatin1Char('a')) + QLatin1Char('-') + QString(25, QLatin1Char('b')));

        const QString longer = QString(60, QLatin1Char('a')) + QLatin1Char('.') + QString(60, QLatin1Char('b')) + QStringLiteral(".com");
        const Result<QString> capped = siteNameFromUrl(QStringLiteral("https://") + longer);
        QVERIFY(capped.ok());
        QCOMPARE(capped->size(), kMaxSiteNameLength);
        // Every L1 name fits gpt-load's 100 characters.
        QVERIFY(capped->size() + QStringLiteral("-anthropic").size() <= 100);
    }

    void siteNameFromInvalidUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << "";
        QTest::newRow("scheme only") << "http://";
        QTest::newRow("ftp") << "ftp://example.com";
        QTest::newRow("broken") << "http://[::1";
    }
    void siteNameFromInvalidUrl()
    {
        QFETCH(QString, url);
        const Result<QString> result = siteNameFromUrl(url);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("baseUrl"));
    }

    void validSiteNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("typical") << "api-deepseek-com" << true;
        QTest::newRow("digits") << "127-0-0-1" << true;
        QTest::newRow("three") << "abc" << true;
        QTest::newRow("two") << "ab" << false;
        QTest::newRow("upper") << "Api" << false;
        QTest::newRow("dot") << "api.x" << false;
        QTest::newRow("underscore") << "my_site" << false;
        QTest::newRow("leading dash") << "-abc" << false;
        QTest::newRow("trailing dash") << "abc-" << false;
        QTest::newRow("double dash") << "a--b" << false;
        QTest::newRow("90") << QString(90, QLatin1Char('a')) << true;
        QTest::newRow("91") << QString(91, QLatin1Char('a')) << false;
    }
    void validSiteNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidSiteName(name), valid);
    }

    void disambiguation_data()
    {
        QTest::addColumn<QString>("computed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QStringList>("existing");  // name, url, name, url, …
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("existingSite");

        const QString l3000 = QStringLiteral("http://localhost:3000");
        const QString l4000 = QStringLiteral("http://localhost:4000");

        QTest::newRow("free") << "localhost" << l3000 << "" << QStringList{} << "localhost" << "computed" << false;
        QTest::newRow("same url") << "localhost" << l3000 << "" << QStringList{u"localhost"_s, l3000} << "localhost"
                                  << "computed" << true;
        QTest::newRow("other port") << "localhost" << l4000 << "" << QStringList{u"localhost"_s, l3000} << "localhost-4000"
                                    << "host-port" << false;
        QTest::newRow("requested name") << "localhost" << l4000 << "my-local" << QStringList{u"localhost"_s, l3000}
                                        << "my-local" << "requested" << false;
        QTest::newRow("requested name lowercased") << "localhost" << l4000 << " My-Local " << QStringList{u"localhost"_s, l3000}
                                                   << "my-local" << "requested" << false;
        QTest::newRow("requested invalid") << "localhost" << l4000 << "a" << QStringList{u"localhost"_s, l3000}
                                           << "localhost-4000" << "host-port" << false;
        QTest::newRow("requested is the preview name") << "localhost" << l4000 << "localhost"
                                                       << QStringList{u"localhost"_s, l3000} << "localhost-4000"
                                                       << "host-port" << false;
        QTest::newRow("requested taken") << "localhost" << l4000 << "mine"
                                         << QStringList{u"localhost"_s, l3000, u"mine"_s, u"https://elsewhere.example"_s}
                                         << "localhost-4000" << "host-port" << false;
        QTest::newRow("host-port taken: path slug")
            << "localhost" << "http://localhost:4000/api" << ""
            << QStringList{u"localhost"_s, l3000, u"localhost-4000"_s, u"http://localhost:4000/other"_s} << "localhost-4000-api"
            << "path" << false;
        QTest::newRow("no port: path slug") << "api-x-com" << "https://api.x.com/anthropic" << ""
                                            << QStringList{u"api-x-com"_s, u"https://api.x.com/openai"_s}
                                            << "api-x-com-anthropic" << "path" << false;
        QTest::newRow("long path slug cut to 24")
            << "api-x-com" << "https://api.x.com/a-very-long-path-segment-name-here" << ""
            << QStringList{u"api-x-com"_s, u"https://api.x.com"_s} << "api-x-com-a-very-long-path-segment" << "path" << false;
        QTest::newRow("nested path slug") << "api-x-com" << "https://api.x.com/v2/Open_AI" << ""
                                          << QStringList{u"api-x-com"_s, u"https://api.x.com"_s} << "api-x-com-v2-open-ai"
                                          << "path" << false;
        QTest::newRow("scheme only differs: numbered") << "api-x-com" << "http://api.x.com" << ""
                                                       << QStringList{u"api-x-com"_s, u"https://api.x.com"_s} << "api-x-com-2"
                                                       << "numbered" << false;
        QTest::newRow("next free number") << "api-x-com" << "http://api.x.com" << ""
                                          << QStringList{u"api-x-com"_s, u"https://api.x.com"_s, u"api-x-com-2"_s, u"https://o.example"_s}
                                          << "api-x-com-3" << "numbered" << false;
        QTest::newRow("numbered after path")
            << "api-x-com" << "https://api.x.com/b" << ""
            << QStringList{u"api-x-com"_s, u"https://api.x.com/a"_s, u"api-x-com-b"_s, u"https://o.example"_s} << "api-x-com-b-2"
            << "numbered" << false;
        QTest::newRow("url known under another name") << "localhost" << l4000 << ""
                                                      << QStringList{u"localhost"_s, l3000, u"localhost-4000"_s, l4000}
                                                      << "localhost-4000" << "existing" << true;
        QTest::newRow("url known, computed name free") << "localhost" << l4000 << "other-name"
                                                       << QStringList{u"localhost-4000"_s, l4000} << "localhost-4000"
                                                       << "existing" << true;
    }
    void disambiguation()
    {
        QFETCH(QString, computed);
        QFETCH(QString, url);
        QFETCH(QString, requested);
        QFETCH(QStringList, existing);
        QFETCH(QString, name);
        QFETCH(QString, source);
        QFETCH(bool, existingSite);

        SiteUrlIndex index;
        for (qsizetype i = 0; i + 1 < existing.size(); i += 2)
            index.insert(existing.at(i), existing.at(i + 1));
        const SiteNameChoice choice = chooseSiteName(computed, url, requested, index);
        QCOMPARE(choice.name, name);
        QCOMPARE(sourceName(choice.source), source);
        QCOMPARE(choice.disambiguated, name != computed);
        QCOMPARE(choice.existingSite, existingSite);
        QVERIFY(isValidSiteName(choice.name));
    }

    void disambiguatedNamesStayWithin90()
    {
        const QString computed = QString(90, QLatin1Char('h'));
        const QString url = QStringLiteral("https://") + computed + QStringLiteral(":8443/some/long/path/for/slug");
        SiteUrlIndex index{{computed, QStringLiteral("https://elsewhere.example")}};

        SiteNameChoice choice = chooseSiteName(computed, url, QString(), index);
        QCOMPARE(choice.source, SiteNameSource::HostAndPort);
        QCOMPARE(choice.name.size(), 90);
        QVERIFY(choice.name.endsWith(QLatin1String("h-8443")));  // the host is shortened, not the port
        QVERIFY(isValidSiteName(choice.name));

        index.insert(choice.name, QStringLiteral("https://another.example"));
        choice = chooseSiteName(computed, url, QString(), index);
        QCOMPARE(choice.source, SiteNameSource::PathSlug);
        QVERIFY(choice.name.size() <= 90);
        QVERIFY(choice.name.endsWith(QLatin1String("h-8443-some-long-path-for-slug")));
        QVERIFY(isValidSiteName(choice.name));

        index.insert(choice.name, QStringLiteral("https://third.example"));
        choice = chooseSiteName(computed, url, QString(), index);
        QCOMPARE(choice.source, SiteNameSource::Numbered);
        QVERIFY(choice.name.size() <= 90);
        QVERIFY(choice.name.endsWith(QLatin1String("-8443-some-long-path-for-sl-2")));
        QVERIFY(isValidSiteName(choice.name));
    }

private:
    static QString sourceName(SiteNameSource source)
    {
        switch (source) {
        case SiteNameSource::Computed: return QStringLiteral("computed");
        case SiteNameSource::ExistingSite: return QStringLiteral("existing");
        case SiteNameSource::Requested: return QStringLiteral("requested");
        case SiteNameSource::HostAndPort: return QStringLiteral("host-port");
        case SiteNameSource::PathSlug: return QStringLiteral("path");
        case SiteNameSource::Numbered: return QStringLiteral("numbered");
        }
        return QString();
    }
};

QTEST_GUILESS_MAIN(TestSitesUrl)
#include "tst_sites_url.moc"
