#include "ui/common/pagewidgets.h"
#include "ui/pages/apitokenbox.h"

#include "ui/common/errortext.h"
#include "ui/common/uiformat.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QVBoxLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace ul {

ApiTokenBox::ApiTokenBox(const AppConfig &config, QWidget *parent)
    : QGroupBox(parent), m_config(config), m_value(new QLabel(this)), m_source(new QLabel(this)), m_note(new QLabel(this)),
      m_show(new QPushButton(this)), m_copy(new QPushButton(this)), m_regenerate(new QPushButton(this))
{
    QFont mono = m_value->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_value->setFont(mono);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    m_note->setWordWrap(true);
    m_show->setCheckable(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_regenerate);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_value);
    layout->addLayout(buttons);
    layout->addWidget(m_source);
    layout->addWidget(m_note);
    layout->addStretch(1);
    connect(m_show, &QPushButton::toggled, this, [this]() { retranslate(); });
    connect(m_copy, &QPushButton::clicked, this, &ApiTokenBox::copyToClipboard);
    connect(m_regenerate, &QPushButton::clicked, this, &ApiTokenBox::confirmRegenerate);
    readToken();
    retranslate();
}

QString ApiTokenBox::tokenFilePath() const
{
    return QDir(m_config.configDir()).absoluteFilePath(QStringLiteral("api-token"));
}

void ApiTokenBox::readToken()
{
    // Displaying never creates a token: one is generated only by the API server's start or by
    // Regenerate.
    m_token.reset();
    m_problem.reset();
    const ApiTokenInputs inputs = apiTokenInputs(m_config);
    const bool fromSettings = !inputs.environmentToken.trimmed().isEmpty() || !inputs.storedToken.trimmed().isEmpty();
    if (m_config.configDir().isEmpty() && !fromSettings)
        return;
    const QFileInfo file(tokenFilePath());
    if (!fromSettings && (!file.exists() || file.size() == 0))
        return;
    Result<ApiToken> token = resolveApiToken(inputs);
    if (token.ok())
        m_token = token.value();
    else
        m_problem = token.error();
}

QString ApiTokenBox::shownText() const
{
    return m_value->text();
}

void ApiTokenBox::retranslate()
{
    setTitle(tr("HTTP API token"));
    m_show->setText(m_show->isChecked() ? tr("Hide") : tr("Show"));
    m_copy->setText(tr("Copy"));
    m_regenerate->setText(tr("Regenerate…"));
    const bool fromFile = !m_token || m_token->source == ApiTokenSource::File || m_token->source == ApiTokenSource::Generated;
    m_copy->setEnabled(m_token.has_value());
    m_show->setEnabled(m_token.has_value());
    m_regenerate->setEnabled(fromFile && !m_config.configDir().isEmpty());
    if (m_problem) {
        m_value->setText(QString());
        m_source->setText(tr("The token cannot be read: %1").arg(ErrorText::translate(*m_problem)));
    } else if (!m_token) {
        m_value->setText(tr("(none yet)"));
        m_source->setText(tr("A token is generated into %1 when the HTTP API server first starts, or now with Regenerate.").arg(tokenFilePath()));
    } else {
        m_value->setText(m_show->isChecked() ? m_token->value : ui::maskSecret(m_token->value));
        switch (m_token->source) {
        case ApiTokenSource::Environment:
            m_source->setText(tr("From API_TOKEN (%1); change it there.").arg(configOriginName(m_config.origin(SettingKey::ApiToken))));
            break;
        case ApiTokenSource::StoredSetting:
            m_source->setText(tr("From the saved setting API_TOKEN; change it in the table below."));
            break;
        case ApiTokenSource::File:
        case ApiTokenSource::Generated:
            m_source->setText(tr("From %1 (owner-only file).").arg(m_token->filePath));
            break;
        }
    }
    m_note->setText(m_notice.isEmpty() ? tr("Clients of the HTTP API send it as \"Authorization: Bearer <token>\".") : m_notice);
}

void ApiTokenBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ApiTokenBox::copyToClipboard() const
{
    if (m_token)
        QGuiApplication::clipboard()->setText(m_token->value);
}

void ApiTokenBox::confirmRegenerate()
{
    ui::confirm(this, QMessageBox::Warning, tr("Regenerate API token"),
                tr("Write a new token to %1?\n\nClients using the current token are refused once uni-load's "
                   "HTTP API restarts with the new one.")
                    .arg(tokenFilePath()),
                tr("Regenerate"), true, [this]() {
                    const Status s = regenerate();
                    m_notice = s.ok() ? tr("A new token was written. This console's HTTP API server uses it at once; a running "
                                           "headless uni-load after a restart.")
                                      : tr("Not regenerated: %1").arg(ErrorText::translate(s.error()));
                    retranslate();
                });
}

Status ApiTokenBox::regenerate()
{
    if (m_config.configDir().isEmpty())
        return Error::make(ErrorKind::Unavailable, QStringLiteral("no config directory"));
    if (m_token && m_token->explicitlyConfigured())
        return Error::validation(QStringLiteral("API_TOKEN"), QStringLiteral("the token is set by API_TOKEN; change it there"));
    const QString path = tokenFilePath();
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error::io(QStringLiteral("cannot replace %1").arg(path));
    // With no token file and no configured token, resolving writes a fresh one (mode 0600).
    Result<ApiToken> token = resolveApiToken(ApiTokenInputs{QString(), QString(), m_config.configDir()});
    if (!token.ok())
        return token.error();
    m_token = token.value();
    m_problem.reset();
    retranslate();
    emit regenerated();
    return {};
}

} // namespace ul
