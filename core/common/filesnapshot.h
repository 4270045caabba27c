#pragma once

#include <QByteArray>

namespace ul {

// The state of a configuration file (api.yaml, the instance file) when it was read: the bytes
// and a hash, to detect a concurrent edit before writing (uniapi-config.md §6.8 step 3).
struct FileSnapshot
{
    bool exists = false;
    QByteArray bytes;
    QByteArray hash;  // SHA-256 of the bytes; empty when the file does not exist

    static FileSnapshot missing() { return {}; }
    static FileSnapshot of(const QByteArray &bytes);
    bool sameAs(const FileSnapshot &other) const { return exists == other.exists && hash == other.hash; }
};

} // namespace ul
