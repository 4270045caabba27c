#include "core/gptload/secrettext.h"

#include "core/common/redactor.h"

namespace ul {

QString SecretText::masked() const
{
    return m_value.contains(QLatin1Char(',')) ? Redactor::maskList(m_value) : Redactor::mask(m_value);
}

} // namespace ul
