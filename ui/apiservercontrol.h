#pragma once

#include <QString>

namespace ul {

// The process's HTTP API server as the console sees it (the settings page's switch). The process
// shell implements it; tests use a fake. UI thread.
struct ApiServerStatus
{
    bool running = false;
    QString url;    // http://host:port while running
    QString error;  // why the last start failed
};

class ApiServerControl
{
public:
    virtual ~ApiServerControl() = default;
    virtual ApiServerStatus status() const = 0;
    // Starts or stops the server now and answers the status after it.
    virtual ApiServerStatus setRunning(bool running) = 0;
};

} // namespace ul
