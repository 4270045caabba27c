#pragma once

#include "core/common/channeltype.h"
#include "core/store/records.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace ul {

// A model served in several formats gets one L3 group per format: a gpt-load group proxies one
// format, so an OpenAI-format L3 cannot carry an Anthropic site's traffic. uni-api then spreads
// the model over the providers of those groups.
//
// The names of `model`'s L3 groups, one per format in `formats` (its preferred format T(M)
// first). `plainName` is the model's group name (assignModelGroupNames); `records` are the
// model's recorded L3 groups. A format that has a group keeps its name (the plain-named one when
// there are two); a format new to the model takes the plain name when no kept group holds it,
// else `<plain>-<format>`. A name held by a group of this model whose format went away is reused
// (that group changes format, its provider keeps its name). A name another model owns is never
// taken: that format gets no entry and the caller reports it. `owners` (group name → model) gets
// the names given.
QMap<ChannelType, QString> nameModelGroupsByFormat(const QString &model, const QString &plainName,
                                                   const QList<ChannelType> &formats,
                                                   const QList<const L3Record *> &records,
                                                   QHash<QString, QString> &owners);

} // namespace ul
