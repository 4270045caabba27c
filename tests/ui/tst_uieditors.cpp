#include "core/engine/engine.h"
#include "tests/support/testutil.h"
#include "translations/catalog.h"
#include "ui/instances/instancefiledialog.h"
#include "core/instances/instancefileeditor.h"
#include "ui/layers/filterruleseditor.h"
#include "ui/layers/layersettingseditor.h"
#include "ui/models/filterpreviewmodel.h"
#include "ui/models/instancesmodel.h"
#include "ui/models/rulelistmodel.h"
#include "ui/models/settingsmodel.h"
#include "ui/apiservercontrol.h"
#include "ui/pages/apiserverbox.h"
#include "ui/pages/apitokenbox.h"
#include "ui/pages/healththresholdsdialog.h"
#include "ui/pages/instancespage.h"
#include "ui/common/accessiblenames.h"
#include "ui/common/sessionautostart.h"
#include "ui/common/standardbuttons.h"
#include "ui/pages/settingspage.h"
#include "ui/sites/addsitedialog.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QMultiMap>
#include <QKeySequence>
#include <QTabBar>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace ul;

namespace {

QPushButton *buttonWithText(const QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// The question a ui::confirm() left open over `parent`, or nullptr.
QMessageBox *questionOver(const QWidget *parent)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            button->click();
    }
}

EngineOptions engineOptions(const QString &instanceFile = QString())
{
    EngineOptions o;
    o.stateStorePath = QStringLiteral(":memory:");
    o.instancesFilePath = instanceFile;
    o.enableModelSync = false;
    o.enableChannelHealth = false;
    o.enableModelOptimizer = false;
    o.retryAttempts = 0;
    o.requestTimeoutMs = 2000;
    return o;
}

// Replaces a line edit's text the way typing does (textEdited is emitted).
void type(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(widget);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QJsonObject stored(Engine &engine)
{
    auto r = test::await(engine.storedSettings());
    if (!r || !r->ok())
        return {};
    return r->value();
}

// Stands in for the process's API server: answers what the test sets and counts the calls.
class FakeApiServer final : public ApiServerControl
{
public:
    ApiServerStatus status() const override { return m_status; }
    ApiServerStatus setRunning(bool running) override
    {
        calls.append(running);
        if (!running)
            m_status = ApiServerStatus{};
        else if (failWith.isEmpty())
            m_status = ApiServerStatus{true, QStringLiteral("http://127.0.0.1:3002"), QString()};
        else
            m_status = ApiServerStatus{false, QString(), failWith};
        return m_status;
    }

    QList<bool> calls;
    QString failWith;

private:
    ApiServerStatus m_status;
};

QJsonObject layerJson(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}


// The Alt+letter keys used twice in `window`: button and check box texts, the captions that
// hand their key to a field (labels with a buddy), group box titles and tab titles — each as
// "Alt+S: Save, Browse…". Widgets hidden in the window do not count.
QStringList mnemonicClashes(QWidget *window)
{
    QMultiMap<QString, QString> owners;
    const auto note = [&](QWidget *w, const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty() && w->isVisibleTo(window))
            owners.insert(key.toString(), text);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            note(b, b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            note(l, l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            note(g, g->title());
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                note(t, t->tabText(i));
        }
    }
    QStringList clashes;
    for (const QString &key : owners.uniqueKeys()) {
        if (owners.count(key) > 1)
            clashes << key + QStringLiteral(": ") + QStringList(owners.values(key)).join(QStringLiteral(", "));
    }
    return clashes;
}

} // namespace

class TestUiEditors : public QObject
{
    Q_OBJECT

private slots:
    void editorStartsEmptyForAMissingFile()
    {
        QTemporaryDir dir;
        InstanceFileEditor editor(dir.filePath(QStringLiteral("gptload-instances.json")));
        editor.load();
        QVERIFY(!editor.fileExists());
        QVERIFY(!editor.loadProblem());
        QVERIFY(editor.instances().isEmpty());
        QVERIFY(editor.validate().has_value());  // an empty list is not a valid file
        QCOMPARE(editor.addInstance(), 0);
        QCOMPARE(editor.instances().first().id, QStringLiteral("instance-1"));
        const auto problem = editor.validate();
        QVERIFY2(!problem, problem ? qPrintable(problem->reason) : "");
    }

    // A file that breaks a rule is shown as far as it can be read, but never saved over: the
    // operator fixes it by hand (what the editor could not read would be lost).
    void editorShowsButNeverSavesOverAnInvalidFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        const QByteArray json = "[{\"id\":\"a\",\"name\":\"A\",\"url\":\"http://a:3001\",\"token\":\"sk-admin-aaaaaaaa\","
                                "\"priority\":1,\"x_note\":\"kept\"},"
                                "{\"id\":\"a\",\"name\":\"B\",\"url\":\"http://b:3001\",\"priority\":2}]";
        QVERIFY(test::writeFile(path, json));
        InstanceFileEditor editor(path);
        editor.load();
        QVERIFY(editor.loadProblem().has_value());
        QCOMPARE(editor.instances().size(), 2);
        QCOMPARE(editor.instances().first().token, QStringLiteral("sk-admin-aaaaaaaa"));
        QCOMPARE(editor.instances().first().extra.value(QStringLiteral("x_note")).toString(), QStringLiteral("kept"));

        InstanceConfig fixed = editor.instances().at(1);
        fixed.id = QStringLiteral("b");
        editor.replaceInstance(1, fixed);
        QVERIFY(!editor.validate().has_value());
        const Status saved = editor.save();
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("INSTANCE_FILE_INVALID"));
        QCOMPARE(test::readFile(path), json);

        // The dialog shows it read-only.
        InstanceFileDialog dialog(path);
        QVERIFY(!dialog.canSave());
        QVERIFY(!dialog.field(QStringLiteral("name"))->isEnabled());
        dialog.addInstance();
        QCOMPARE(dialog.editor().instances().size(), 2);
        QVERIFY(!dialog.save());
        QCOMPARE(test::readFile(path), json);
    }

    // The file's problems are the core's English texts: the dialog shows them in the interface
    // language, as the dashboard's banner does.
    void editorShowsFileProblemsTranslated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        QVERIFY(test::writeFile(path, "[{\"id\":\"a\",\"name\":\"A\",\"url\":\"http://a:3001\"},"
                                      "{\"id\":\"a\",\"name\":\"B\",\"url\":\"http://b:3001\",\"priority\":2}]"));
        QTranslator chinese;
        QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });
        InstanceFileDialog dialog(path);
        auto *banner = dialog.findChild<MessageBanner *>();
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QStringLiteral("缺少必填字段")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("文本编辑器")), qPrintable(banner->text()));
        QVERIFY2(dialog.problemText().contains(QStringLiteral("无法加载")), qPrintable(dialog.problemText()));
        QVERIFY2(!dialog.problemText().contains(QStringLiteral("Cannot")), qPrintable(dialog.problemText()));
    }

    // The instances page's banner names the field with the language's own colon.
    void instanceFileBannerUsesTheLanguagesColon()
    {
        QTranslator chinese;
        QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });
        EngineSnapshot snapshot;
        snapshot.ready = true;
        snapshot.instanceFile.errorField = QStringLiteral("[0].priority");
        snapshot.instanceFile.errorReason = QStringLiteral("required field is missing");
        InstancesPage page{ConsoleContext()};
        page.showSnapshot(snapshot);
        auto *banner = page.findChild<MessageBanner *>();
        QVERIFY(banner);
        QVERIFY2(banner->text().endsWith(QStringLiteral("[0].priority：缺少必填字段")), qPrintable(banner->text()));
    }

    // Standard dialog buttons follow the interface language without Qt's own catalogue.
    void standardButtonsAreTranslated()
    {
        QTranslator chinese;
        QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close | QDialogButtonBox::Save);
        ui::StandardButtons::translate(&box);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("关闭"));
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("保存(&S)"));  // Alt+S
    }

    // Alt+letter reaches each field and button of the dialogs with forms, in both languages.
    void dialogMnemonicsAreUnique()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        QVERIFY(test::writeFile(path, "[{\"id\":\"a\",\"name\":\"A\",\"url\":\"http://a:3001\"}]"));
        QTranslator chinese;
        QVERIFY(i18n::loadApplicationCatalog(chinese, QStringLiteral("zh_CN")));
        for (const bool inChinese : {false, true}) {
            if (inChinese)
                QCoreApplication::installTranslator(&chinese);
            const auto restore = qScopeGuard([&chinese]() { QCoreApplication::removeTranslator(&chinese); });
            InstanceFileDialog instances(path);
            ui::nameFieldsAndViews(&instances);  // what the console's namer does when a window shows
            QCOMPARE(mnemonicClashes(&instances), QStringList());
            for (const QString &name : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("token"),
                                        QStringLiteral("priority"), QStringLiteral("ca_certificate"), QStringLiteral("upstream_addresses")}) {
                const QList<QLabel *> labels = instances.findChildren<QLabel *>();
                const auto caption = std::find_if(labels.begin(), labels.end(),
                                                  [&](const QLabel *l) { return l->buddy() == instances.field(name); });
                QVERIFY2(caption != labels.end() && !QKeySequence::mnemonic((*caption)->text()).isEmpty(), qPrintable(name));
            }
            AddSiteDialog site{ConsoleContext()};
            ui::nameFieldsAndViews(&site);
            QCOMPARE(mnemonicClashes(&site), QStringList());
            HealthThresholdsDialog thresholds{ConsoleContext()};
            QCOMPARE(mnemonicClashes(&thresholds), QStringList());
            for (QAbstractSpinBox *box : thresholds.findChildren<QAbstractSpinBox *>())
                QVERIFY2(!box->accessibleName().contains(QLatin1Char('&')), qPrintable(box->accessibleName()));
        }
    }

    // Esc (reject) discards nothing silently: with edits the editor asks first.
    void instanceEditorAsksBeforeDiscardingEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        QVERIFY(test::writeFile(path, "[{\"id\":\"a\",\"name\":\"A\",\"url\":\"http://a:3001\",\"priority\":1}]"));
        {
            InstanceFileDialog untouched(path);
            untouched.open();
            untouched.reject();
            QVERIFY(!untouched.isVisible());  // nothing typed: closes at once
        }
        InstanceFileDialog dialog(path);
        dialog.open();
        dialog.selectInstance(QStringLiteral("a"));
        auto *token = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("token")));
        QVERIFY(token);
        QTest::keyClicks(token, QStringLiteral("secret-admin-token"));
        QVERIFY(dialog.hasEdits());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QMessageBox *box = questionOver(&dialog);
        QVERIFY(box);
        // Return answers with the default button, Cancel: a reflexive Esc, Return loses nothing.
        QVERIFY(box->defaultButton());
        QCOMPARE(box->defaultButton()->text(), QStringLiteral("Cancel"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!questionOver(&dialog));
        QVERIFY(dialog.isVisible());
        QCOMPARE(token->text(), QStringLiteral("secret-admin-token"));
        dialog.reject();
        box = questionOver(&dialog);
        QVERIFY(box);
        clickButton(box, QStringLiteral("Discard"));
        QVERIFY(!dialog.isVisible());
    }

    void addSiteDialogAsksBeforeDiscardingTypedKeys()
    {
        AddSiteDialog dialog{ConsoleContext()};
        dialog.open();
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        dialog.open();
        dialog.setKeysText(QStringLiteral("sk-typed-key"));
        QVERIFY(dialog.hasUnsubmittedInput());
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QMessageBox *box = questionOver(&dialog);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Nothing has been onboarded")), qPrintable(box->text()));
        clickButton(box, QStringLiteral("Discard"));
        QVERIFY(!dialog.isVisible());
    }

    // 1080p at 150 % leaves about 650 pixels under a panel and a title bar: the dialog, with
    // its buttons, fits (its own minimum, not its first size, is what cannot shrink).
    void addSiteDialogFitsASmallScreen()
    {
        AddSiteDialog dialog{ConsoleContext()};
        dialog.open();
        QVERIFY2(dialog.minimumSizeHint().height() <= 640, qPrintable(QString::number(dialog.minimumSizeHint().height())));
        QVERIFY(dialog.minimumSizeHint().width() <= 640);
        // Alt+letter reaches the buttons and, through their labels, the fields.
        QCOMPARE(dialog.applyButton()->text(), QStringLiteral("&Onboard"));
        QCOMPARE(dialog.planButton()->text(), QStringLiteral("Show &plan"));
        int labelled = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&'))) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                ++labelled;
            }
        }
        QVERIFY(labelled >= 4);
    }

    void splitField()
    {
        QCOMPARE(InstanceFileEditor::splitField(QStringLiteral("[2].url")), std::make_pair(2, QStringLiteral("url")));
        QCOMPARE(InstanceFileEditor::splitField(QStringLiteral("[0].upstream_addresses[1]")),
                 std::make_pair(0, QStringLiteral("upstream_addresses")));
        QCOMPARE(InstanceFileEditor::splitField(QString()).first, -1);
    }

    void instanceEditorValidatesSavesAndReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gptload-instances.json"));
        Engine engine(engineOptions(path));
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);
        QVERIFY(engine.snapshot().instanceFile.hasError());  // no file yet

        ConsoleContext context;
        context.engine = &engine;
        InstancesPage page(context);
        connect(&engine, &Engine::snapshotChanged, &page, &InstancesPage::showSnapshot);
        page.showSnapshot(engine.snapshot());
        QCOMPARE(page.instanceFilePath(), path);

        page.performAction(QStringLiteral("add"));
        InstanceFileDialog *dialog = page.editorDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->editor().instances().size(), 1);

        type(dialog->field(QStringLiteral("id")), QStringLiteral("local"));
        type(dialog->field(QStringLiteral("name")), QStringLiteral("Local gpt-load"));
        type(dialog->field(QStringLiteral("url")), QStringLiteral("ftp://127.0.0.1:1"));
        QVERIFY(!dialog->canSave());
        // Named as the form labels it, and told on the field itself (tinted, focus ring kept).
        QVERIFY2(dialog->problemText().contains(QStringLiteral(", URL: ")), qPrintable(dialog->problemText()));
        QVERIFY(!dialog->field(QStringLiteral("url"))->accessibleDescription().isEmpty());
        QVERIFY(dialog->field(QStringLiteral("url"))->styleSheet().isEmpty());
        QVERIFY(!dialog->save());
        QVERIFY(!QFile::exists(path));

        type(dialog->field(QStringLiteral("url")), QStringLiteral("http://127.0.0.1:1"));
        type(dialog->field(QStringLiteral("token")), QStringLiteral("sk-admin-0123456789"));
        QVERIFY2(dialog->canSave(), qPrintable(dialog->problemText()));
        QVERIFY(dialog->field(QStringLiteral("url"))->accessibleDescription().isEmpty());
        QVERIFY(dialog->save());

        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const InstanceFileLoad written = loadInstanceFile(path);
        QVERIFY(written.ok());
        QCOMPARE(written.instances.first().id, QStringLiteral("local"));
        QCOMPARE(written.instances.first().token, QStringLiteral("sk-admin-0123456789"));

        // The engine reloaded the file: the instance shows up and the file error is gone.
        QTRY_COMPARE(engine.snapshot().instances.size(), 1);
        QVERIFY(!engine.snapshot().instanceFile.hasError());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QTRY_VERIFY2(page.statusText().contains(QStringLiteral("Saved 1 instance")), qPrintable(page.statusText()));

        // Editing again starts from the file; a second instance with the same URL is refused.
        page.performAction(QStringLiteral("edit-file"));
        QTRY_VERIFY(page.editorDialog());
        dialog = page.editorDialog();
        QCOMPARE(dialog->editor().instances().size(), 1);
        dialog->addInstance();
        type(dialog->field(QStringLiteral("url")), QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(!dialog->canSave());
        type(dialog->field(QStringLiteral("url")), QStringLiteral("http://127.0.0.1:2"));
        QVERIFY2(dialog->canSave(), qPrintable(dialog->problemText()));
        QVERIFY(dialog->save());
        QTRY_COMPARE(engine.snapshot().instances.size(), 2);
        engine.shutdown();
    }

    void filterRulesSaveAndReload()
    {
        Engine engine(engineOptions());
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);

        FilterRulesEditor editor(&engine);
        QTRY_VERIFY(editor.isLoaded());
        QCOMPARE(editor.rules(), FilterRules::defaults());
        QVERIFY(!editor.isDirty());
        QPushButton *reset = buttonWithText(&editor, QStringLiteral("Reset to defaults"));
        QVERIFY(reset && !reset->isEnabled());  // the form shows the defaults already

        QVERIFY(editor.listModel(FilterRulesEditor::List::Blacklist)->addEntry(QStringLiteral("forbidden")));
        RuleListModel *white = editor.listModel(FilterRulesEditor::List::Whitelist);
        QVERIFY(white->setData(white->index(0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(editor.isDirty());
        QVERIFY(reset->isEnabled());

        // The preview follows the edited (unsaved) rules.
        editor.setPreviewModels({QStringLiteral("deepseek-chat"), QStringLiteral("deepseek-forbidden-x"), QStringLiteral("gpt-4o")});
        FilterPreviewModel *preview = editor.previewModel();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->index(0, FilterPreviewModel::Verdict).data().toString(), QStringLiteral("Kept"));
        QCOMPARE(preview->index(1, FilterPreviewModel::Reason).data().toString(), QStringLiteral("Blacklisted"));
        QCOMPARE(preview->index(1, FilterPreviewModel::Entry).data().toString(), QStringLiteral("forbidden"));
        QCOMPARE(preview->index(2, FilterPreviewModel::Reason).data().toString(), QStringLiteral("Not whitelisted"));  // gpt- is off

        const FilterRules edited = editor.rules();
        QVERIFY(editor.save());
        QTRY_VERIFY(!editor.isBusy());
        QVERIFY2(!editor.isDirty(), qPrintable(editor.statusText()));
        QCOMPARE(stored(engine).value(QStringLiteral("filterRules")).toObject(), edited.toJson());

        FilterRulesEditor reloaded(&engine);
        QTRY_VERIFY(reloaded.isLoaded());
        QCOMPARE(reloaded.rules(), edited);

        reloaded.resetToDefaults();
        QVERIFY(reloaded.isDirty());
        QCOMPARE(reloaded.rules(), FilterRules::defaults());
        engine.shutdown();
    }

    void invalidRulesAreNotSaved()
    {
        Engine engine(engineOptions());
        engine.start();
        FilterRulesEditor editor(&engine);
        QTRY_VERIFY(editor.isLoaded());
        FilterRules rules = FilterRules::defaults();
        rules.blacklist.append({QString(201, QLatin1Char('x')), true});
        editor.setRules(rules, true);
        QVERIFY(!editor.save());
        QVERIFY2(editor.statusText().startsWith(QStringLiteral("Not saved")), qPrintable(editor.statusText()));
        QVERIFY(!stored(engine).contains(QStringLiteral("filterRules")));
        // A whitelist with every prefix off, the stage on: every model would be dropped.
        FilterRules noPrefix = FilterRules::defaults();
        for (RuleEntry &entry : noPrefix.whitelist)
            entry.enabled = false;
        editor.setRules(noPrefix, true);
        QVERIFY(!editor.save());
        QVERIFY2(editor.statusText().contains(QStringLiteral("every model would be dropped")), qPrintable(editor.statusText()));
        QVERIFY(!stored(engine).contains(QStringLiteral("filterRules")));
        engine.shutdown();
    }

    void layerSettingsSaveAndReload()
    {
        Engine engine(engineOptions());
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);

        LayerSettingsEditor editor(&engine);
        QTRY_VERIFY(editor.isLoaded());
        QCOMPARE(editor.settings(), LayerSettingsSet::defaults());
        QCOMPARE(editor.retriesBox(Layer::Aggregate)->value(), 9);
        QCOMPARE(editor.retriesBox(Layer::SiteGroup)->value(), -1);  // "gpt-load default"

        editor.thresholdBox(Layer::ModelChannel)->setValue(5);
        editor.intervalBox(Layer::SiteGroup)->setValue(120);
        editor.retriesBox(Layer::SiteGroup)->setValue(4);
        editor.retriesBox(Layer::Aggregate)->setValue(-1);
        QVERIFY(editor.isDirty());
        QVERIFY(editor.save());
        QTRY_VERIFY(!editor.isBusy());
        QVERIFY2(!editor.isDirty(), qPrintable(editor.statusText()));

        const QJsonObject expected =
            layerJson("{\"l1\":{\"blacklistThreshold\":99,\"keyValidationIntervalMinutes\":120,\"maxRetries\":4},"
                      "\"l2\":{\"blacklistThreshold\":5,\"keyValidationIntervalMinutes\":10080,\"maxRetries\":null},"
                      "\"l3\":{\"blacklistThreshold\":50,\"keyValidationIntervalMinutes\":30,\"maxRetries\":null}}");
        QCOMPARE(stored(engine).value(QStringLiteral("layerSettings")).toObject(), expected);

        LayerSettingsEditor reloaded(&engine);
        QTRY_VERIFY(reloaded.isLoaded());
        QCOMPARE(reloaded.settings(), editor.settings());
        QCOMPARE(reloaded.intervalBox(Layer::SiteGroup)->value(), 120);
        QCOMPARE(reloaded.retriesBox(Layer::Aggregate)->value(), -1);
        engine.shutdown();
    }

    void settingsPageSavesValidValuesOnly()
    {
        QTemporaryDir dir;
        Engine engine(engineOptions());
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);
        ConsoleContext context;
        context.engine = &engine;
        context.config = AppConfig(dir.path(), dir.path());
        context.config.setOverride(SettingKey::Port, QStringLiteral("4000"), ConfigOrigin::Environment);
        SettingsPage page(context);

        page.editSetting(SettingKey::ModelSyncInterval, QStringLiteral("abc"));
        QVERIFY(!page.saveSelected());
        QVERIFY2(page.editorStatus().startsWith(QStringLiteral("Invalid")), qPrintable(page.editorStatus()));

        page.editSetting(SettingKey::ModelSyncInterval, QStringLiteral("12h"));
        QVERIFY(page.saveSelected());
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(stored(engine).value(QStringLiteral("env.MODEL_SYNC_INTERVAL")).toString(), QStringLiteral("12h"));
        QVERIFY(page.model()->needsRestart(SettingKey::ModelSyncInterval));
        QCOMPARE(page.editorStatus(), QStringLiteral("Saved; restart uni-load to apply it."));
        QCOMPARE(page.model()->statusText(SettingKey::ModelSyncInterval), QStringLiteral("Restart needed"));

        page.editSetting(SettingKey::Port, QStringLiteral("3005"));
        QVERIFY(page.saveSelected());
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.editorStatus(), QStringLiteral("Saved, but PORT is set in environment, which takes precedence."));
        QCOMPARE(page.model()->statusText(SettingKey::Port), QStringLiteral("Overridden by environment; the saved value is not used"));

        page.editSetting(SettingKey::ModelSyncInterval, QString());
        page.clearSelected();
        QTRY_VERIFY(!page.isBusy());
        QVERIFY(!stored(engine).contains(QStringLiteral("env.MODEL_SYNC_INTERVAL")));
        QVERIFY(!page.model()->needsRestart(SettingKey::ModelSyncInterval));

        page.startMinimizedBox()->setChecked(true);
        QTRY_VERIFY(stored(engine).value(QStringLiteral("ui.startMinimized")).toBool());
        engine.shutdown();
    }

    // "Start with the desktop session" writes and removes the XDG autostart entry.
    void sessionAutostartWritesAndRemovesTheEntry()
    {
        if (!SessionAutostart::isSupported())
            QSKIP("no session autostart entries on this platform");
        QStandardPaths::setTestModeEnabled(true);  // ~/.qttest/config, not the user's own
        const QString path = SessionAutostart::entryPath();
        QFile::remove(path);
        ConsoleContext context;
        SettingsPage page(context);
        QVERIFY(!page.sessionAutostartBox()->isChecked());

        page.sessionAutostartBox()->setChecked(true);
        QFile entry(path);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        entry.close();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains(QByteArray("\nExec=" + QCoreApplication::applicationFilePath().toUtf8() + " --minimized\n")));
        SettingsPage reopened(context);
        QVERIFY(reopened.sessionAutostartBox()->isChecked());

        page.sessionAutostartBox()->setChecked(false);
        QVERIFY(!QFile::exists(path));

        // A console started on other directories (--config-dir, or a deployment's working
        // directory) autostarts on them too; the standard ones need no argument.
        context.config.setDirectories(QStringLiteral("/srv/my deploy"), QStringLiteral("/srv/data"));
        SettingsPage elsewhere(context);
        elsewhere.sessionAutostartBox()->setChecked(true);
        const QByteArray expectedExec = "\nExec=" + QCoreApplication::applicationFilePath().toUtf8()
                                        + " --minimized --config-dir \"/srv/my deploy\" --data-dir /srv/data\n";
        QVERIFY2(ul::test::readFile(path).contains(expectedExec), ul::test::readFile(path).constData());
        elsewhere.sessionAutostartBox()->setChecked(false);
        QVERIFY(SessionAutostart::directoryArguments(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                    .isEmpty());
        QStandardPaths::setTestModeEnabled(false);

        // A path with a space is quoted as the Desktop Entry spec says.
        QVERIFY(SessionAutostart::entryText(QStringLiteral("/opt/my apps/uni-load")).contains("\nExec=\"/opt/my apps/uni-load\" --minimized\n"));
    }

    void apiServerSwitchStartsStopsAndSaves()
    {
        QTemporaryDir dir;
        Engine engine(engineOptions());
        engine.start();
        QTRY_VERIFY(engine.snapshot().ready);
        FakeApiServer server;
        ConsoleContext context;
        context.engine = &engine;
        context.config = AppConfig(dir.path(), dir.path());
        context.apiServer = &server;
        SettingsPage page(context);
        ApiServerBox *box = page.serverBox();
        QVERIFY(box);
        QVERIFY(!box->enableBox()->isChecked());
        QVERIFY(server.calls.isEmpty());

        box->enableBox()->setChecked(true);
        QCOMPARE(server.calls, QList<bool>{true});
        QVERIFY2(box->stateText().contains(QStringLiteral("http://127.0.0.1:3002")), qPrintable(box->stateText()));
        QTRY_COMPARE(stored(engine).value(QStringLiteral("env.DESKTOP_API_SERVER")).toString(), QStringLiteral("true"));
        QTRY_VERIFY(page.model()->savedValue(SettingKey::DesktopApiServer).has_value());

        // A new token restarts a running server so it takes effect.
        QVERIFY(page.tokenBox()->regenerate().ok());
        QCOMPARE(server.calls, (QList<bool>{true, false, true}));

        box->enableBox()->setChecked(false);
        QCOMPARE(server.calls.constLast(), false);
        QTRY_COMPARE(stored(engine).value(QStringLiteral("env.DESKTOP_API_SERVER")).toString(), QStringLiteral("false"));

        // A start that fails says why, in place.
        server.failWith = QStringLiteral("The address is already in use");
        box->enableBox()->setChecked(true);
        QVERIFY2(box->stateText().contains(QStringLiteral("already in use")), qPrintable(box->stateText()));
        QVERIFY(box->enableBox()->isChecked());
        engine.shutdown();

        // Without a control (tests, screenshots of other builds) there is no switch.
        ConsoleContext bare;
        bare.config = AppConfig(dir.path(), dir.path());
        SettingsPage plain(bare);
        QVERIFY(!plain.serverBox());
    }

    void apiTokenRegenerates()
    {
        QTemporaryDir dir;
        AppConfig config(dir.path(), dir.path());
        ApiTokenBox box(config);
        QVERIFY(!box.token());  // displaying never creates one
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("api-token"))));
        QVERIFY(box.regenerate().ok());
        QVERIFY(box.token());
        const QString first = box.token()->value;
        QCOMPARE(first.size(), 43);
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("api-token"))).trimmed(), first.toLatin1());
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("api-token"))) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(!box.shownText().contains(first));
        QVERIFY(box.regenerate().ok());
        QVERIFY(box.token()->value != first);

        // Asked first, and Return does not lock the clients out: Cancel is the default.
        const QString second = box.token()->value;
        QPushButton *regenerate = nullptr;
        for (QPushButton *b : box.findChildren<QPushButton *>())
            regenerate = b->text().startsWith(QStringLiteral("Regenerate")) ? b : regenerate;
        QVERIFY(regenerate);
        regenerate->click();
        QMessageBox *question = box.findChild<QMessageBox *>();
        QVERIFY(question && question->isVisible());
        QCOMPARE(question->defaultButton()->text(), QStringLiteral("Cancel"));
        QTest::keyClick(question, Qt::Key_Return);
        QCOMPARE(box.token()->value, second);

        AppConfig fromEnvironment(dir.path(), dir.path());
        fromEnvironment.setOverride(SettingKey::ApiToken, QStringLiteral("operator-chosen-token-123"), ConfigOrigin::Environment);
        ApiTokenBox configured(fromEnvironment);
        QCOMPARE(configured.token()->source, ApiTokenSource::Environment);
        QVERIFY(!configured.regenerate().ok());
    }
};

QTEST_MAIN(TestUiEditors)
#include "tst_uieditors.moc"
