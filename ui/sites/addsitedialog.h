#pragma once

#include "core/engine/job.h"
#include "core/onboarding/siterequest.h"
#include "ui/consolecontext.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ul {

class JobTracker;
class MessageBanner;
class StatusLabel;

// Onboards a site (or adds keys to one site group): the original's fields — base URL with a
// live preview of the site name, formats, keys (newline, comma or space separated, counted as
// typed), manual models and custom validation endpoints. "Show plan" works out what will be
// created (name preview, probe); "Onboard" runs the process-site job with its progress and a
// Cancel button, then shows the result in the interface language: a summary and the run's
// warnings (the dialog stays open so they can be read). Opened with open(); never blocks. While
// no gpt-load instance can take the site (none set up, the instance file broken, none healthy) a
// banner says so with a way to the Instances page, and Onboard waits; Show plan still works.
class AddSiteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSiteDialog)

public:
    enum class Mode { Create, UpdateKeys };

    explicit AddSiteDialog(const ConsoleContext &context, QWidget *parent = nullptr);
    // Update mode: the site group `targetChannel` of the site at `baseUrl` gets the keys.
    AddSiteDialog(const ConsoleContext &context, const QString &baseUrl, const QString &targetChannel, QWidget *parent = nullptr);
    ~AddSiteDialog() override;

    Mode mode() const { return m_mode; }

    // Form access (also for tests).
    void setBaseUrl(const QString &url);
    void setKeysText(const QString &text);
    void setModelsText(const QString &text);
    void setFormats(const QList<ChannelType> &types);
    void setValidationEndpoint(ChannelType type, const QString &path);
    // Fills the form from a process-ai-site body (baseUrl, apiKeys, channelTypes, siteName,
    // models); fields the body lacks are cleared.
    void fillFrom(const QJsonObject &request);
    // --demo: fills the form with the context's demo site `index`; -1 = the first one not
    // onboarded yet. Returns false when there is none.
    bool fillDemoSite(int index = -1);

    int keyCount() const;               // distinct keys in the box
    QString siteNamePreview() const;    // the live preview's text ("" until it answered)
    QString namePreviewText() const;    // the whole preview line (name, base URL used, warnings)
    QString planHtml() const;
    bool planReady() const { return m_planReady; }
    bool isRunning() const;
    QString statusText() const;
    bool lastRunSucceeded() const { return m_succeeded; }
    QStringList resultWarnings() const { return m_resultWarnings; }  // the last run's, translated
    MessageBanner *readinessBanner() const { return m_readiness; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *planButton() const { return m_planButton; }

    // The request the form describes (a validation error names the field).
    Result<SiteRequest> request() const;
    // A URL or keys typed and not onboarded yet (closing would lose them).
    bool hasUnsubmittedInput() const;

public slots:
    void showPlan();
    void apply();
    void cancelRun();
    // Esc, Close and the window's close button ask first while a run is under way (it goes on;
    // the Sites page reports its end) or when typed input would be lost.
    void reject() override;

signals:
    void planShown();
    // The engine queued the run: its job id, and the site (or site group) it is for. The run's
    // end is reported by whoever follows the job, so it does not depend on this dialog staying open.
    void runStarted(const QString &jobId, const QString &siteName);
    void onboardingFinished(bool success, const QString &siteName);
    // The readiness banner's button: the operator wants the Instances page (the dialog hides,
    // keeping its form for the next Add site).
    void instancesPageRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void build();
    void retranslate();
    void updateKeyCount();
    void requestNamePreview();
    void formChanged();
    void updateButtons();
    void growToContents();
    void setRunning(bool running);
    void jobFinished(const JobView &job);
    void showResult();
    QJsonObject requestJson() const;
    void updateDemoChoices();
    void updateReadiness();
    QString onboardingBlocker() const;

    ConsoleContext m_context;
    Mode m_mode = Mode::Create;
    QString m_targetChannel;

    MessageBanner *m_readiness = nullptr;
    QLabel *m_demoLabel = nullptr;
    QComboBox *m_demoSites = nullptr;  // --demo only
    QLabel *m_baseUrlLabel = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_namePreview = nullptr;
    QLabel *m_siteNameLabel = nullptr;
    QLineEdit *m_siteName = nullptr;
    QGroupBox *m_formatsBox = nullptr;
    QMap<ChannelType, QCheckBox *> m_formats;
    QMap<ChannelType, QLineEdit *> m_endpoints;
    QLabel *m_endpointsLabel = nullptr;
    QLabel *m_keysLabel = nullptr;
    QPlainTextEdit *m_keys = nullptr;
    QLabel *m_keyCount = nullptr;
    QLabel *m_modelsLabel = nullptr;
    QPlainTextEdit *m_models = nullptr;
    QLabel *m_modelCount = nullptr;
    QTextBrowser *m_plan = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    StatusLabel *m_status = nullptr;
    MessageBanner *m_warnings = nullptr;
    QPushButton *m_planButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    JobTracker *m_tracker = nullptr;
    QString m_previewText;
    std::optional<JobView> m_lastJob;  // the finished run shown, re-rendered on a language change
    QStringList m_resultWarnings;
    quint64 m_previewSerial = 0;
    quint64 m_planSerial = 0;
    bool m_planReady = false;
    bool m_starting = false;
    bool m_succeeded = false;
    bool m_submitted = false;  // the form as it is was onboarded successfully
    bool m_closeConfirmed = false;
    bool m_closeWhenStarted = false;  // closed before the job id came: close once it is handed on
};

} // namespace ul
