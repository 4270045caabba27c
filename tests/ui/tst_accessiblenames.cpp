// Names a screen reader can say (ui/common/accessiblenames): caption labels become buddies and
// names of their fields, views take the title they sit under, explicit names are kept, given
// names follow a language change; the shared pieces that describe what colour shows; and the
// keyboard: its row kept across model resets, its focus kept by dismissed notifications and
// given back to buttons that were busy.
#include "ui/common/accessiblenames.h"
#include "ui/common/focuskeeper.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/treestate.h"
#include "ui/models/valuetablemodel.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/notificationarea.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace ul;

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void captionsNameTheirFieldsAndViewsTheirTitles()
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("Window"));
        auto *layout = new QVBoxLayout(&window);
        auto *form = new QFormLayout;
        auto *urlLabel = new QLabel(QStringLiteral("&URL:"));
        auto *url = new QLineEdit;
        auto *tokenLabel = new QLabel(QStringLiteral("Admin token:"));
        auto *tokenRow = new QHBoxLayout;  // a field with a button beside it
        auto *token = new QLineEdit;
        tokenRow->addWidget(token);
        form->addRow(urlLabel, url);
        form->addRow(tokenLabel, tokenRow);
        layout->addLayout(form);
        auto *row = new QHBoxLayout;
        auto *timeoutLabel = new QLabel(QStringLiteral("超时："));
        auto *timeout = new QSpinBox;
        auto *note = new QLabel(QStringLiteral("a sentence, not a caption"));
        auto *notNamed = new QSpinBox;
        row->addWidget(timeoutLabel);
        row->addWidget(timeout);
        row->addWidget(note);
        row->addWidget(notNamed);
        layout->addLayout(row);
        auto *filter = new QLineEdit;
        filter->setPlaceholderText(QStringLiteral("Filter by name…"));
        layout->addWidget(filter);
        auto *box = new QGroupBox(QStringLiteral("&History"));
        auto *inBox = new QTableView(box);
        (new QVBoxLayout(box))->addWidget(inBox);
        layout->addWidget(box);
        auto *loose = new QTableView;
        auto *named = new QTableView;
        named->setAccessibleName(QStringLiteral("Chosen by the page"));
        layout->addWidget(loose);
        layout->addWidget(named);

        ui::nameFieldsAndViews(&window);
        QCOMPARE(url->accessibleName(), QStringLiteral("URL"));
        QCOMPARE(urlLabel->buddy(), url);
        QCOMPARE(token->accessibleName(), QStringLiteral("Admin token"));
        QCOMPARE(tokenLabel->buddy(), token);
        QCOMPARE(timeout->accessibleName(), QStringLiteral("超时"));
        QCOMPARE(timeoutLabel->buddy(), timeout);
        QVERIFY(notNamed->accessibleName().isEmpty());
        QVERIFY(!note->buddy());
        QCOMPARE(filter->accessibleName(), QStringLiteral("Filter by name"));
        QCOMPARE(inBox->accessibleName(), QStringLiteral("History"));
        QCOMPARE(loose->accessibleName(), QStringLiteral("Window"));
        QCOMPARE(named->accessibleName(), QStringLiteral("Chosen by the page"));

        // After a language change the given names follow the captions; chosen ones stay.
        urlLabel->setText(QStringLiteral("地址(&U)："));
        box->setTitle(QStringLiteral("历史"));
        ui::nameFieldsAndViews(&window);
        QCOMPARE(url->accessibleName(), QStringLiteral("地址"));
        QCOMPARE(inBox->accessibleName(), QStringLiteral("历史"));
        QCOMPARE(named->accessibleName(), QStringLiteral("Chosen by the page"));
    }

    // The namer names a window as it is shown.
    void windowsAreNamedWhenShown()
    {
        ui::AccessibleNamer namer;
        qApp->installEventFilter(&namer);
        QWidget window;
        auto *form = new QFormLayout(&window);
        auto *field = new QLineEdit;
        form->addRow(new QLabel(QStringLiteral("Name:")), field);
        QVERIFY(field->accessibleName().isEmpty());
        window.show();
        QCOMPARE(field->accessibleName(), QStringLiteral("Name"));
        qApp->removeEventFilter(&namer);
    }

    // What colour and icons show is said in words too.
    void coloursAreDescribed()
    {
        QLabel status;
        ui::showStatusText(&status, QStringLiteral("Could not save"), true, nullptr);
        QCOMPARE(status.accessibleDescription(), QStringLiteral("Error"));
        ui::showStatusText(&status, QStringLiteral("Saved"), false, nullptr);
        QVERIFY(status.accessibleDescription().isEmpty());

        MessageBanner banner;
        banner.showMessage(MessageBanner::Kind::Warning, QStringLiteral("The file is readable by others"));
        QCOMPARE(banner.accessibleName(), QStringLiteral("Warning"));
        QCOMPARE(banner.accessibleDescription(), QStringLiteral("The file is readable by others"));

        using Model = ValueTableModel<QString>;
        Model model([](const QString &s) { return s; },
                    {Model::ColumnSpec([]() { return QStringLiteral("Model"); }, [](const QString &s) { return QVariant(s); })
                         .withTooltip([](const QString &s) { return QVariant(s + QStringLiteral(" matches a high-cost pattern")); })});
        model.setRows({QStringLiteral("gpt-4o")});
        QCOMPARE(model.index(0, 0).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("gpt-4o matches a high-cost pattern"));
    }

    // A snapshot that adds a row resets the table: the operator's row stays current.
    void currentRowSurvivesAReset()
    {
        using Model = ValueTableModel<QString>;
        Model model([](const QString &s) { return s; },
                    {Model::ColumnSpec([]() { return QStringLiteral("Name"); }, [](const QString &s) { return QVariant(s); })});
        model.setRows({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QTableView view;
        view.setModel(&model);
        ui::keepCurrentRow(&view, Model::KeyRole);
        ui::makeCurrentRow(&view, model.index(1, 0));
        QCOMPARE(view.currentIndex().row(), 1);

        model.setRows({QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(view.currentIndex().data().toString(), QStringLiteral("b"));
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view.selectionModel()->selectedRows().constFirst().data().toString(), QStringLiteral("b"));

        model.setRows({QStringLiteral("a"), QStringLiteral("c")});  // its row is gone
        QVERIFY(!view.selectionModel()->hasSelection());
    }

    // Dismissing the focused notification moves the keyboard to the next one, then past the area.
    void dismissingKeepsTheKeyboardInTheWindow()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *area = new NotificationArea;
        auto *below = new QLineEdit;
        layout->addWidget(area);
        layout->addWidget(below);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        area->addNotification({ConsoleNotification::Severity::Warning, QStringLiteral("first"), QStringLiteral("a"), now});
        area->addNotification({ConsoleNotification::Severity::Error, QStringLiteral("second"), QStringLiteral("b"), now.addSecs(1)});
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto closers = [area]() {
            QList<QToolButton *> out;
            for (QToolButton *b : area->findChildren<QToolButton *>()) {
                if (b->isVisible())
                    out << b;
            }
            return out;
        };
        QCOMPARE(closers().size(), 2);
        closers().first()->setFocus();
        closers().first()->click();
        QTRY_COMPARE(closers().size(), 1);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() == closers().first());
        closers().first()->click();
        QTRY_VERIFY(area->isHidden());
        QTRY_COMPARE(QApplication::focusWidget(), below);
    }

    // A button that disables itself while busy gets the focus back when it is done, unless the
    // operator moved on meanwhile.
    void busyButtonsGetTheirFocusBack()
    {
        ui::FocusKeeper keeper;
        qApp->installEventFilter(&keeper);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *refresh = new QPushButton(QStringLiteral("Refresh"));
        auto *table = new QTableView;
        auto *other = new QLineEdit;
        layout->addWidget(refresh);
        layout->addWidget(table);
        layout->addWidget(other);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        refresh->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), refresh);
        refresh->setEnabled(false);
        QCOMPARE(QApplication::focusWidget(), table);  // where Qt puts it
        QTest::qWait(1);
        refresh->setEnabled(true);
        QCOMPARE(QApplication::focusWidget(), refresh);

        refresh->setEnabled(false);
        QTest::qWait(1);
        other->setFocus();  // the operator goes elsewhere while it works
        QTRY_COMPARE(QApplication::focusWidget(), other);
        refresh->setEnabled(true);
        QCOMPARE(QApplication::focusWidget(), other);
        qApp->removeEventFilter(&keeper);
    }

    // A tree cleared and rebuilt keeps what was open and where the cursor was; new items keep
    // what the rebuild gave them.
    void rebuiltTreeKeepsItsState()
    {
        QTreeWidget tree;
        const auto build = [&tree](const QStringList &models) {
            tree.clear();
            for (const QString &m : models) {
                auto *top = new QTreeWidgetItem(&tree, QStringList{m});
                auto *l3 = new QTreeWidgetItem(top, QStringList{QStringLiteral("L3 ") + m});
                new QTreeWidgetItem(l3, QStringList{QStringLiteral("L2")});
                top->setExpanded(true);  // the rebuild's default
                l3->setExpanded(true);
            }
        };
        build({QStringLiteral("a"), QStringLiteral("b")});
        tree.topLevelItem(0)->setExpanded(false);  // the operator closes a, goes into b's L3
        tree.setCurrentItem(tree.topLevelItem(1)->child(0));

        const ui::TreeState state = ui::TreeState::of(&tree);
        build({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        state.restore(&tree);
        QVERIFY(!tree.topLevelItem(0)->isExpanded());
        QVERIFY(tree.topLevelItem(1)->isExpanded());
        QVERIFY(tree.topLevelItem(2)->isExpanded());  // new: as built
        QCOMPARE(tree.currentItem(), tree.topLevelItem(1)->child(0));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
