#pragma once

#include <QString>
#include <QtGlobal>

namespace ul::test {

// Collects every message the process logs, as "category: message" lines, from construction to
// destruction (from any thread), then puts the previous message handler back. For tests that
// check what reaches the log (secrets must not); one capture at a time.
class LogCapture final
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    // Everything captured so far, one message a line.
    QString text() const;

private:
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace ul::test
