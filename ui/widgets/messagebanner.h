#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ul {

// A coloured strip above a page's content: an error, a warning or a hint, with an optional
// action button (e.g. "Edit instance file…"). Hidden while it has no message.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = QString());
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace ul
