// The settings page's proxy-key box (ui/pages/proxykeysbox.*): both buttons present, and a
// rotation without a running engine reports the failure in place instead of hanging busy.
#include "ui/pages/proxykeysbox.h"

#include <QPushButton>
#include <QTest>

using namespace ul;

class TestProxyKeysBox : public QObject
{
    Q_OBJECT

private slots:
    void offersBothRotations()
    {
        ProxyKeysBox box(nullptr);
        QStringList texts;
        for (QPushButton *b : box.findChildren<QPushButton *>())
            texts.append(b->text());
        QVERIFY(texts.contains(QStringLiteral("Rotate hop key…")));
        QVERIFY(texts.contains(QStringLiteral("Rotate gateway key…")));
    }

    void withoutEngineReportsFailure()
    {
        ProxyKeysBox box(nullptr);
        box.rotate(true, false);
        QVERIFY(!box.isBusy());
        QVERIFY(box.statusText().startsWith(QStringLiteral("Rotation failed")));
        for (QPushButton *b : box.findChildren<QPushButton *>())
            QVERIFY(b->isEnabled());
    }
};

QTEST_MAIN(TestProxyKeysBox)
#include "tst_proxykeysbox.moc"
