#pragma once

#include "core/sim/simhttp.h"

#include <functional>
#include <memory>

namespace ul {

struct SimPendingAnswer;

// What happens instead of delivering an answer (fault injection after processing).
enum class SimDrop { Hang, Reset, Close };

// Answers one request, now or later. Copies share the same pending answer; only the first
// action counts. Every action is a no-op once the client has disconnected, so a handler may keep
// a responder in a timer or a network callback without checking anything.
class SimResponder
{
public:
    SimResponder() = default;

    void respond(const SimHttpResponse &response) const;
    // Deliberately never answers (the client waits until it gives up).
    void hang() const {}
    // Aborts the connection with a TCP reset (SO_LINGER 0).
    void reset() const;
    // Closes the connection without writing an answer (a FIN after earlier answers).
    void close() const;

    // Delivers the eventual answer `ms` later (adds up when called repeatedly).
    void delayAnswer(int ms) const;
    // The eventual answer is replaced by a hang, reset or close (the request is still handled).
    void dropAnswer(SimDrop how) const;

    bool isConnected() const;
    bool isAnswered() const;   // respond, reset or close already happened (or is scheduled)
    // Runs once when the request is answered, reset, closed, or its connection goes away.
    // Runs immediately when that already happened.
    void onFinished(std::function<void()> callback) const;

private:
    friend class SimHttpConnection;
    explicit SimResponder(std::shared_ptr<SimPendingAnswer> slot) : m_slot(std::move(slot)) {}

    std::shared_ptr<SimPendingAnswer> m_slot;
};

} // namespace ul
