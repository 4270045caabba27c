#pragma once

#include "core/common/configfileio.h"
#include "core/common/result.h"

#include <QString>

namespace ul::uniapi {

// Writes `bytes` through QSaveFile; on any failure nothing is committed and the old file stays.
// A failed commit suggests the in-place mode (a bind-mounted target cannot be renamed over),
// which is ul::writeInPlace() (core/common/configfileio.h) with the code UNIAPI_WRITE_FAILED.
Status writeAtomically(ConfigFileIo &io, const QString &path, const QByteArray &bytes);

} // namespace ul::uniapi
