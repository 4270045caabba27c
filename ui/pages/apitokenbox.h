#pragma once

#include "core/config/appconfig.h"
#include "core/config/apitoken.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;

namespace ul {

// The HTTP API token (uni-load-behaviour.md §22.3): shown masked, copied to the clipboard, or
// regenerated into <config dir>/api-token when the token comes from that file. A token set
// through API_TOKEN or the saved settings is changed there instead.
class ApiTokenBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTokenBox)

public:
    explicit ApiTokenBox(const AppConfig &config, QWidget *parent = nullptr);

    std::optional<ApiToken> token() const { return m_token; }
    QString shownText() const;
    // Writes a new token file now (what the Regenerate button does after confirmation).
    Status regenerate();
    void copyToClipboard() const;

signals:
    // A new token file was written: a running API server must start again to use it.
    void regenerated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void readToken();
    void retranslate();
    void confirmRegenerate();
    QString tokenFilePath() const;

    AppConfig m_config;
    std::optional<ApiToken> m_token;
    std::optional<Error> m_problem;  // shown in the interface language of the moment
    QString m_notice;
    QLabel *m_value;
    QLabel *m_source;
    QLabel *m_note;
    QPushButton *m_show;
    QPushButton *m_copy;
    QPushButton *m_regenerate;
};

} // namespace ul
