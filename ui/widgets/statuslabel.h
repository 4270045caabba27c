#pragma once

#include <QLabel>

namespace ul {

// A one-line (wrapping) result of the last action of a page: plain text, in the error colour
// when the action failed, so errors are shown in place next to what caused them.
class StatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLabel)

public:
    explicit StatusLabel(QWidget *parent = nullptr);

    void showStatus(const QString &text, bool error = false);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace ul
