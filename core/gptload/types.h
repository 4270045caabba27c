#pragma once

// Every value type of the gpt-load client, in one include.

#include "core/gptload/envelope.h"
#include "core/gptload/grouptypes.h"
#include "core/gptload/keytypes.h"
#include "core/gptload/logtypes.h"
#include "core/gptload/secrettext.h"
#include "core/gptload/stattypes.h"
#include "core/gptload/systemtypes.h"
