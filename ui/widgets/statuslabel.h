#pragma once

#include <QLabel>

#include <functional>

namespace ul {

// A one-line (wrapping) result of the last action of a page: plain text, in the error colour
// when the action failed, so errors are shown in place next to what caused them.
// Given as a function, the text is composed again when the language changes, so a live switch
// of the language leaves no sentence of the old one behind.
class StatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLabel)

public:
    using Text = std::function<QString()>;

    explicit StatusLabel(QWidget *parent = nullptr);

    void showStatus(Text text, bool error = false);
    // For text that is not ours to translate (a name, a message composed elsewhere).
    void showStatus(const QString &text, bool error = false);
    void clearStatus() { showStatus(QString()); }
    bool isError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Text m_text;
    bool m_error = false;
};

} // namespace ul
