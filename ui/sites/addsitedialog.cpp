#include "ui/sites/addsitedialog.h"

#include "core/engine/engine.h"
#include "core/sites/apikeys.h"
#include "ui/common/enginetext.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/setupstate.h"
#include "ui/common/statetext.h"
#include "core/engine/demosites.h"
#include "ui/sites/entrylist.h"
#include "ui/sites/siteplan.h"
#include "ui/widgets/jobtracker.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statuslabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ul {

namespace {
const QList<ChannelType> kFormats{ChannelType::OpenAI, ChannelType::Anthropic, ChannelType::Gemini};
}

AddSiteDialog::AddSiteDialog(const ConsoleContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    build();
}

AddSiteDialog::AddSiteDialog(const ConsoleContext &context, const QString &baseUrl, const QString &targetChannel, QWidget *parent)
    : QDialog(parent), m_context(context), m_mode(Mode::UpdateKeys), m_targetChannel(targetChannel)
{
    build();
    m_baseUrl->setText(baseUrl);
    m_baseUrl->setReadOnly(true);
    // Read-only, and looking it: the window's background instead of an input field's.
    QPalette palette = m_baseUrl->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_baseUrl->setPalette(palette);
}

AddSiteDialog::~AddSiteDialog() = default;

void AddSiteDialog::build()
{
    m_baseUrlLabel = new QLabel(this);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_namePreview = new QLabel(this);
    m_namePreview->setObjectName(QStringLiteral("siteNamePreview"));
    m_namePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_siteNameLabel = new QLabel(this);
    m_siteName = new QLineEdit(this);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_formatsBox = new QGroupBox(this);
    auto *formats = new QFormLayout(m_formatsBox);
    for (ChannelType type : kFormats) {
        auto *box = new QCheckBox(m_formatsBox);
        auto *endpoint = new QLineEdit(m_formatsBox);
        endpoint->setPlaceholderText(type == ChannelType::OpenAI ? QStringLiteral("/v1/chat/completions") : QString());
        box->setChecked(type == ChannelType::OpenAI);
        m_formats.insert(type, box);
        m_endpoints.insert(type, endpoint);
        formats->addRow(box, endpoint);
        connect(box, &QCheckBox::toggled, this, &AddSiteDialog::formChanged);
        connect(endpoint, &QLineEdit::textChanged, this, &AddSiteDialog::formChanged);
    }
    m_endpointsLabel = new QLabel(m_formatsBox);
    m_endpointsLabel->setWordWrap(true);
    formats->addRow(m_endpointsLabel);

    m_keysLabel = new QLabel(this);
    m_keys = new QPlainTextEdit(this);
    m_keys->setTabChangesFocus(true);
    m_keys->setMinimumHeight(60);
    m_keyCount = new QLabel(this);
    m_modelsLabel = new QLabel(this);
    m_models = new QPlainTextEdit(this);
    m_models->setTabChangesFocus(true);
    m_models->setMaximumHeight(70);
    m_modelCount = new QLabel(this);

    m_plan = new QTextBrowser(this);
    // Small minimums: the dialog must fit a 720-pixel screen (1080p at 150 %) with its buttons;
    // the plan takes the room there is.
    m_plan->setMinimumHeight(80);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_step = new QLabel(this);
    m_step->setWordWrap(true);
    m_status = new StatusLabel(this);
    m_warnings = new MessageBanner(this);
    m_readiness = new MessageBanner(this);
    connect(m_readiness, &MessageBanner::actionTriggered, this, [this]() {
        // Hidden, not closed: Add site brings the typed URL and keys back once an instance is set up.
        hide();
        emit instancesPageRequested();
    });
    if (m_context.engine)
        connect(m_context.engine, &Engine::snapshotChanged, this, &AddSiteDialog::updateReadiness);

    auto *form = new QFormLayout;
    if (m_mode == Mode::Create && !m_context.demoSites.isEmpty()) {
        // The demo's simulated sites, so a newcomer can onboard one without knowing its port
        // and key; the first entry is a prompt.
        m_demoLabel = new QLabel(this);
        m_demoSites = new QComboBox(this);
        form->addRow(m_demoLabel, m_demoSites);
        connect(m_demoSites, &QComboBox::activated, this, [this](int row) {
            if (row > 0)
                fillDemoSite(row - 1);
        });
        if (m_context.engine)
            connect(m_context.engine, &Engine::snapshotChanged, this, &AddSiteDialog::updateDemoChoices);
    }
    // Alt+<the label's letter> goes to its field (addRow with a QLabel sets no buddy).
    for (const auto &[label, field] : {std::pair<QLabel *, QWidget *>{m_baseUrlLabel, m_baseUrl}, {m_siteNameLabel, m_siteName},
                                       {m_keysLabel, m_keys}, {m_modelsLabel, m_models}})
        label->setBuddy(field);
    if (m_demoLabel)
        m_demoLabel->setBuddy(m_demoSites);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(QString(), m_namePreview);
    form->addRow(m_siteNameLabel, m_siteName);
    form->addRow(m_formatsBox);
    form->addRow(m_keysLabel, m_keys);
    form->addRow(QString(), m_keyCount);
    form->addRow(m_modelsLabel, m_models);
    form->addRow(QString(), m_modelCount);

    auto *buttons = new QDialogButtonBox(this);
    m_planButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_applyButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setVisible(false);
    connect(m_planButton, &QPushButton::clicked, this, &AddSiteDialog::showPlan);
    connect(m_applyButton, &QPushButton::clicked, this, &AddSiteDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &AddSiteDialog::cancelRun);
    connect(m_closeButton, &QPushButton::clicked, this, &AddSiteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readiness);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_status);
    layout->addWidget(m_warnings);
    layout->addWidget(buttons);
    ui::orderTabsAsLaidOut(this);
    // The form starts where the typing does (the demo's list above it is a shortcut).
    if (m_mode == Mode::UpdateKeys)
        m_keys->setFocus();
    else
        m_baseUrl->setFocus();

    const bool update = m_mode == Mode::UpdateKeys;
    m_siteNameLabel->setVisible(!update);
    m_siteName->setVisible(!update);
    m_formatsBox->setVisible(!update);
    m_modelsLabel->setVisible(!update);
    m_models->setVisible(!update);
    m_modelCount->setVisible(!update);
    m_planButton->setVisible(!update);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &AddSiteDialog::requestNamePreview);
    connect(m_baseUrl, &QLineEdit::textChanged, this, [this]() {
        formChanged();
        if (m_mode == Mode::Create)
            m_previewTimer->start();
    });
    connect(m_siteName, &QLineEdit::textChanged, this, [this]() {
        formChanged();
        m_previewTimer->start();
    });
    connect(m_keys, &QPlainTextEdit::textChanged, this, [this]() {
        updateKeyCount();
        formChanged();
    });
    connect(m_models, &QPlainTextEdit::textChanged, this, [this]() {
        updateKeyCount();
        formChanged();
    });

    m_tracker = new JobTracker(m_context.engine, this);
    connect(m_tracker, &JobTracker::progress, this, [this](int done, int total, const QString &step) {
        m_progress->setRange(0, total > 0 ? total : 0);
        m_progress->setValue(done);
        m_step->setText(step);
    });
    connect(m_tracker, &JobTracker::finished, this, &AddSiteDialog::jobFinished);
    connect(m_tracker, &JobTracker::cancelFailed, this,
            [this](const QString &message) { m_status->showStatus([message] { return tr("Could not cancel: %1").arg(ErrorText::translate(message)); }, true); });

    ui::resizeWithinScreen(this, QSize(640, 720));
    retranslate();
    updateKeyCount();
    formChanged();
}

void AddSiteDialog::retranslate()
{
    const bool update = m_mode == Mode::UpdateKeys;
    setWindowTitle(update ? tr("Add keys to %1").arg(m_targetChannel) : tr("Add site"));
    if (m_demoLabel) {
        m_demoLabel->setText(tr("Demo &sites:"));
        updateDemoChoices();
    }
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_siteNameLabel->setText(tr("Site &name (optional):"));
    m_siteName->setPlaceholderText(tr("computed from the URL"));
    m_formatsBox->setTitle(tr("Formats and custom validation endpoints"));
    m_endpointsLabel->setText(tr("An empty endpoint uses the format's default path."));
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it) {
        it.value()->setText(StateText::format(channelTypeName(it.key())));
        // The endpoint field sits beside its format's check box, which names nothing else.
        m_endpoints.value(it.key())->setAccessibleName(tr("%1 validation endpoint").arg(it.value()->text()));
    }
    m_keysLabel->setText(tr("API &keys:"));
    m_keys->setPlaceholderText(tr("One key per line, or separated by commas or spaces"));
    m_modelsLabel->setText(tr("Manual &models:"));
    m_models->setPlaceholderText(tr("Optional: skip discovery and use these models"));
    m_planButton->setText(tr("Show &plan"));
    m_applyButton->setText(update ? tr("&Add keys") : tr("&Onboard"));
    m_cancelButton->setText(tr("Cancel &run"));
    m_closeButton->setText(tr("Close"));
    if (m_previewText.isEmpty() && m_mode == Mode::Create)
        m_namePreview->setText(tr("Site name: type a base URL"));
    if (m_lastJob)
        showResult();
    updateReadiness();
    if (!m_planReady && !isRunning())
        m_plan->setHtml(update ? tr("<p>The keys are added to <b>%1</b>; its models are discovered again and the layers "
                                    "reconciled.</p>")
                                     .arg(m_targetChannel.toHtmlEscaped())
                               : tr("<p>Fill in the site, then <b>Show plan</b> to see what will be created.</p>"));
    updateKeyCount();
}

void AddSiteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool AddSiteDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToContents();
    return handled;
}

void AddSiteDialog::growToContents()
{
    // A window's minimum height ignores word-wrapped text (height for width): a long error or a
    // list of warnings would squeeze the form instead, so the dialog grows by what the wrapped
    // lines need beyond their one-line minimum (the rest keeps its minimum, not its preferred size).
    QLayout *l = layout();
    if (!l || !l->hasHeightForWidth())
        return;
    const int contentWidth = l->contentsRect().width();
    int extra = 0;
    for (int i = 0; i < l->count(); ++i) {
        const QLayoutItem *item = l->itemAt(i);
        // The wrapped texts under the form (status, step, warnings); a nested layout's height
        // for width is its preferred height, which the form does not need.
        if (item->widget() && item->hasHeightForWidth() && !item->isEmpty())
            extra += std::max(0, item->heightForWidth(contentWidth) - item->minimumSize().height());
    }
    const int wanted = l->totalMinimumSize().height() + extra;
    if (wanted > height())
        resize(width(), wanted);
}

void AddSiteDialog::setBaseUrl(const QString &url)
{
    m_baseUrl->setText(url);
}

void AddSiteDialog::setKeysText(const QString &text)
{
    m_keys->setPlainText(text);
}

void AddSiteDialog::setModelsText(const QString &text)
{
    m_models->setPlainText(text);
}

void AddSiteDialog::setFormats(const QList<ChannelType> &types)
{
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it)
        it.value()->setChecked(types.contains(it.key()));
}

void AddSiteDialog::setValidationEndpoint(ChannelType type, const QString &path)
{
    if (QLineEdit *edit = m_endpoints.value(type))
        edit->setText(path);
}

void AddSiteDialog::fillFrom(const QJsonObject &request)
{
    const auto list = [&request](const char *key) {
        QStringList out;
        for (const QJsonValue &v : request.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    m_baseUrl->setText(request.value(QStringLiteral("baseUrl")).toString());
    m_siteName->setText(request.value(QStringLiteral("siteName")).toString());
    QList<ChannelType> types;
    for (const QString &name : list("channelTypes")) {
        if (const std::optional<ChannelType> type = parseChannelType(name))
            types << *type;
    }
    setFormats(types);
    for (QLineEdit *endpoint : std::as_const(m_endpoints))
        endpoint->clear();
    m_keys->setPlainText(list("apiKeys").join(QLatin1Char('\n')));
    m_models->setPlainText(list("models").join(QLatin1Char('\n')));
}

bool AddSiteDialog::fillDemoSite(int index)
{
    if (index < 0 && m_context.engine)
        index = DemoSites::firstToAdd(m_context.demoSites, m_context.engine->snapshot());
    if (index < 0 || index >= m_context.demoSites.size() || m_mode != Mode::Create)
        return false;
    fillFrom(m_context.demoSites.at(index));
    if (m_demoSites)
        m_demoSites->setCurrentIndex(index + 1);
    return true;
}

void AddSiteDialog::updateDemoChoices()
{
    // Texts are set in place: this runs on every snapshot and must not disturb an open popup.
    const QList<QJsonObject> &sites = m_context.demoSites;
    while (m_demoSites->count() < sites.size() + 1)
        m_demoSites->addItem(QString());
    m_demoSites->setItemText(0, tr("Fill in one of the demo's simulated sites…"));
    for (int i = 0; i < sites.size(); ++i) {
        const QString format = StateText::format(sites.at(i).value(QStringLiteral("channelTypes")).toArray().first().toString());
        const QString url = sites.at(i).value(QStringLiteral("baseUrl")).toString();
        const bool onboarded = m_context.engine && DemoSites::isOnboarded(sites.at(i), m_context.engine->snapshot());
        m_demoSites->setItemText(i + 1, onboarded ? tr("%1 site at %2 (onboarded)").arg(format, url)
                                                                  : tr("%1 site at %2").arg(format, url));
    }
}

int AddSiteDialog::keyCount() const
{
    return parseApiKeysText(m_keys->toPlainText()).count();
}

QString AddSiteDialog::siteNamePreview() const
{
    return m_previewText;
}

QString AddSiteDialog::namePreviewText() const
{
    return m_namePreview->text();
}

QString AddSiteDialog::planHtml() const
{
    return m_plan->toHtml();
}

bool AddSiteDialog::isRunning() const
{
    return m_starting || m_tracker->isActive();
}

QString AddSiteDialog::statusText() const
{
    return m_status->text();
}

void AddSiteDialog::updateKeyCount()
{
    // The engine's own parsing (newlines, spaces, commas and semicolons), so the count shown is
    // the count sent.
    const ParsedApiKeys keys = parseApiKeysText(m_keys->toPlainText());
    QString text = tr("%n key(s)", nullptr, keys.count());
    if (keys.duplicates > 0)
        text += QStringLiteral(" · ") + tr("%n repeated, ignored", nullptr, keys.duplicates);
    m_keyCount->setText(text);
    const EntryList models = EntryList::parse(m_models->toPlainText());
    m_modelCount->setText(models.entries.isEmpty() ? tr("No manual models: they are discovered")
                                                   : tr("%n manual model(s)", nullptr, static_cast<int>(models.entries.size())));
}

void AddSiteDialog::formChanged()
{
    m_submitted = false;
    // A plan describes the form it was made for.
    if (m_planReady) {
        m_planReady = false;
        m_plan->setHtml(tr("<p>The form changed: <b>Show plan</b> again.</p>"));
    }
    ++m_planSerial;
    updateButtons();
}

void AddSiteDialog::updateButtons()
{
    const bool running = isRunning();
    const QString blocker = onboardingBlocker();
    m_planButton->setEnabled(!running && !m_baseUrl->text().trimmed().isEmpty());
    // Onboarding would fail after the form is filled in: it waits for an instance that can take it.
    m_applyButton->setEnabled(!running && !m_baseUrl->text().trimmed().isEmpty() && keyCount() > 0 && blocker.isEmpty());
    m_applyButton->setToolTip(blocker);
}

QString AddSiteDialog::onboardingBlocker() const
{
    return m_context.engine ? SetupState::onboardingBlocker(m_context.engine->snapshot()) : QString();
}

void AddSiteDialog::updateReadiness()
{
    const QString blocker = onboardingBlocker();
    if (blocker.isEmpty())
        m_readiness->clear();
    else
        m_readiness->showMessage(MessageBanner::Kind::Warning, blocker, tr("Go to Instances"));
    updateButtons();
}

void AddSiteDialog::requestNamePreview()
{
    const QString url = m_baseUrl->text().trimmed();
    const quint64 serial = ++m_previewSerial;
    if (url.isEmpty() || !m_context.engine) {
        m_previewText.clear();
        m_namePreview->setText(tr("Site name: type a base URL"));
        return;
    }
    deliverTo(m_context.engine->previewSiteName(url, m_siteName->text().trimmed()), this,
              [this, serial, url](const Result<SiteNamePreview> &result) {
                  if (serial != m_previewSerial)
                      return;  // the URL changed since
                  if (!result.ok()) {
                      m_previewText.clear();
                      m_namePreview->setText(tr("Site name: %1").arg(ErrorText::translate(result.error())));
                      return;
                  }
                  m_previewText = result->siteName;
                  QString text = tr("Site name: %1").arg(result->siteName);
                  if (result->existingSite)
                      text += QStringLiteral(" — ") + tr("already onboarded; it will be updated");
                  else if (result->disambiguated)
                      text += QStringLiteral(" — ") + tr("changed to avoid a clash");
                  // The URL requests go to when it differs from what was typed (a trailing
                  // slash or /v1 dropped, the host lower-cased), so "/v1/v1" surprises nobody.
                  if (!result->normalizedBaseUrl.isEmpty() && result->normalizedBaseUrl != url)
                      text += QLatin1Char('\n') + tr("Base URL used: %1").arg(result->normalizedBaseUrl);
                  if (!result->warning.isEmpty())
                      text += QLatin1Char('\n') + ErrorText::translateKnown(result->warning);
                  m_namePreview->setText(text);
              });
}

QJsonObject AddSiteDialog::requestJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("baseUrl"), m_baseUrl->text().trimmed());
    json.insert(QStringLiteral("apiKeys"), QJsonArray::fromStringList(parseApiKeysText(m_keys->toPlainText()).keys));
    if (m_mode == Mode::UpdateKeys) {
        json.insert(QStringLiteral("operationType"), QStringLiteral("update"));
        json.insert(QStringLiteral("targetChannelName"), m_targetChannel);
        return json;
    }
    QJsonArray types;
    QJsonObject endpoints;
    for (ChannelType type : kFormats) {
        if (!m_formats.value(type)->isChecked())
            continue;
        types.append(channelTypeName(type));
        if (const QString path = m_endpoints.value(type)->text().trimmed(); !path.isEmpty())
            endpoints.insert(channelTypeName(type), path);
    }
    json.insert(QStringLiteral("channelTypes"), types);
    if (!endpoints.isEmpty())
        json.insert(QStringLiteral("customValidationEndpoints"), endpoints);
    if (const QStringList models = EntryList::parse(m_models->toPlainText()).entries; !models.isEmpty())
        json.insert(QStringLiteral("models"), QJsonArray::fromStringList(models));
    if (const QString name = m_siteName->text().trimmed(); !name.isEmpty())
        json.insert(QStringLiteral("siteName"), name);
    return json;
}

Result<SiteRequest> AddSiteDialog::request() const
{
    return SiteRequest::fromJson(requestJson());
}

void AddSiteDialog::showPlan()
{
    Result<SiteRequest> req = request();
    if (!req.ok()) {
        m_status->showStatus([error = req.error()] { return tr("Check the form: %1").arg(ErrorText::translate(error)); }, true);
        return;
    }
    if (!m_context.engine)
        return;
    const quint64 serial = m_planSerial;
    m_status->showStatus([] { return tr("Working out the plan…"); });
    m_planButton->setEnabled(false);
    Engine *engine = m_context.engine;
    const SiteRequest r = req.value();
    deliverTo(engine->previewSiteName(r.baseUrl, r.siteName), this, [this, engine, r, serial](const Result<SiteNamePreview> &name) {
        if (serial != m_planSerial)
            return;
        if (!name.ok()) {
            m_planButton->setEnabled(true);
            m_status->showStatus([error = name.error()] { return tr("No plan: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        const auto finish = [this, r, preview = name.value(), serial](const std::optional<ProbeReport> &probe, const QString &probeError) {
            if (serial != m_planSerial)
                return;
            const SitePlan plan = SitePlanner::plan(r, preview, probe, probeError, m_context.engine->snapshot());
            m_plan->setHtml(plan.toHtml());
            m_planReady = true;
            m_planButton->setEnabled(!isRunning());
            m_status->showStatus([] { return tr("Plan ready: nothing has been changed yet."); });
            emit planShown();
        };
        if (r.usesManualModels()) {
            finish(std::nullopt, QString());
            return;
        }
        ProbeRequest probe;
        probe.baseUrl = r.baseUrl;
        probe.apiKey = r.apiKeys.value(0);
        // An Anthropic- or Gemini-only site is probed its own way (its key header).
        if (const QList<ChannelType> types = r.effectiveChannelTypes(); !types.contains(ChannelType::OpenAI))
            probe.channelType = types.first();
        deliverTo(engine->probeApi(probe), this, [finish](const Result<ProbeReport> &report) {
            if (report.ok())
                finish(report.value(), QString());
            else
                finish(std::nullopt, ErrorText::translate(report.error()));
        });
    });
}

void AddSiteDialog::apply()
{
    if (isRunning() || !m_context.engine)
        return;
    // The last run's warnings go whatever happens next: they describe a run, not this form.
    m_lastJob.reset();
    m_resultWarnings.clear();
    m_warnings->clear();
    Result<SiteRequest> req = request();
    if (!req.ok()) {
        m_status->showStatus([error = req.error()] { return tr("Check the form: %1").arg(ErrorText::translate(error)); }, true);
        return;
    }
    m_succeeded = false;
    m_starting = true;
    setRunning(true);
    m_status->showStatus([updateKeys = m_mode == Mode::UpdateKeys] { return updateKeys ? tr("Adding keys…") : tr("Onboarding…"); });
    deliverTo(m_context.engine->startProcessAiSite(req.value()), this, [this](const Result<QString> &jobId) {
        m_starting = false;
        if (!jobId.ok()) {
            m_closeWhenStarted = false;  // stay open: the refusal is what there is to read
            setRunning(false);
            m_status->showStatus([error = jobId.error()] { return tr("Not started: %1").arg(ErrorText::translate(error)); }, true);
            return;
        }
        m_tracker->track(jobId.value());
        emit runStarted(jobId.value(), m_mode == Mode::UpdateKeys ? m_targetChannel : m_previewText);
        if (m_closeWhenStarted)
            QDialog::reject();
    });
}

bool AddSiteDialog::hasUnsubmittedInput() const
{
    if (m_submitted)
        return false;
    return keyCount() > 0 || (m_mode == Mode::Create && !m_baseUrl->text().trimmed().isEmpty());
}

void AddSiteDialog::reject()
{
    if (m_closeConfirmed || (!isRunning() && !hasUnsubmittedInput())) {
        QDialog::reject();
        return;
    }
    const auto close = [this]() {
        m_closeConfirmed = true;
        // Whoever follows the run needs its job id: until the engine answered, stay open.
        if (m_starting)
            m_closeWhenStarted = true;
        else
            QDialog::reject();
    };
    if (isRunning()) {
        ui::confirm(this, QMessageBox::Question, tr("Close while running"),
                    tr("The run goes on without this window; the Sites page shows how it ends. Use Cancel run to stop it "
                       "instead."),
                    tr("Close"), false, close);
        return;
    }
    ui::confirm(this, QMessageBox::Question, tr("Discard input"),
                m_mode == Mode::UpdateKeys ? tr("Discard the keys you entered? They have not been added.")
                                           : tr("Discard the site and keys you entered? Nothing has been onboarded."),
                tr("Discard"), true, close);
}

void AddSiteDialog::cancelRun()
{
    if (!m_tracker->isActive())
        return;
    m_status->showStatus([] { return tr("Cancelling after the current step…"); });
    m_tracker->cancel();
}

void AddSiteDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
    m_cancelButton->setVisible(running);
    m_step->clear();
    m_baseUrl->setEnabled(!running);
    m_siteName->setEnabled(!running);
    if (m_demoSites)
        m_demoSites->setEnabled(!running);
    m_keys->setReadOnly(running);
    m_models->setReadOnly(running);
    m_formatsBox->setEnabled(!running);
    // The form stays as it was, so does a plan shown for it (it tells what the run does).
    updateButtons();
}

void AddSiteDialog::jobFinished(const JobView &job)
{
    setRunning(false);
    if (m_planReady) {
        // What the plan said would be created now (partly) exists.
        m_planReady = false;
        ++m_planSerial;
        m_plan->setHtml(tr("<p>The run has ended: <b>Show plan</b> again to see what another run would change.</p>"));
    }
    m_lastJob = job;
    showResult();
    // The job's result is the report's JSON ({success, message, data:{siteName, …}}).
    QString siteName = job.result.value(QStringLiteral("data")).toObject().value(QStringLiteral("siteName")).toString();
    if (siteName.isEmpty())
        siteName = job.result.value(QStringLiteral("siteName")).toString();
    if (m_mode == Mode::Create)
        requestNamePreview();  // the name now belongs to an onboarded site
    if (job.state == QLatin1String("done")) {
        m_succeeded = true;
        m_submitted = true;
        emit onboardingFinished(true, siteName.isEmpty() ? m_previewText : siteName);
    } else {
        emit onboardingFinished(false, siteName);
    }
}

void AddSiteDialog::showResult()
{
    const JobView &job = *m_lastJob;
    // A failed run's error details carry the warnings gathered up to the failure.
    const QJsonObject data = job.state == QLatin1String("done") ? job.result.value(QStringLiteral("data")).toObject() : job.errorDetails;
    if (job.state == QLatin1String("done"))
        m_status->showStatus([data] { return data.isEmpty() ? tr("Done.") : tr("Done: %1").arg(EngineText::onboardingSummary(data)); });
    else if (job.state == QLatin1String("cancelled"))
        m_status->showStatus([] { return tr("Cancelled. What was created so far stays and is completed by running it again."); }, true);
    else
        m_status->showStatus([error = job.error, code = job.errorCode] { return tr("Failed: %1").arg(ErrorText::translate(error, code)); }, true);

    m_resultWarnings = EngineText::onboardingWarnings(data);
    if (m_resultWarnings.isEmpty()) {
        m_warnings->clear();
        return;
    }
    QString items;
    for (const QString &w : m_resultWarnings)
        items += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
    m_warnings->showMessage(MessageBanner::Kind::Warning,
                            QStringLiteral("<b>%1</b><ul style=\"margin:0\">%2</ul>").arg(tr("Warnings:").toHtmlEscaped(), items));
}

} // namespace ul
