#pragma once

#include "core/common/result.h"
#include "core/uniapi/textdocument.h"

#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace ul::uniapi {

// How `providers` appears in the file (uniapi-config.md §6.4 step 3).
enum class ProvidersShape {
    Missing,    // no key: append `providers:` at the end
    Null,       // `providers:` with no value: insert entries below the key
    EmptyFlow,  // `providers: []`: drop the brackets, insert entries below
    Block,      // a block sequence: edit item by item
};

// One item of a block `providers` sequence and the lines it owns.
struct ProviderItem
{
    int index = 0;
    int startLine = 0;  // the line with the item's '-'
    int endLine = 0;    // exclusive; trailing blank and comment-only lines are left out
    YAML::Node node;
    QString name;       // value of `provider` when it is a scalar
    bool hasName = false;
};

struct ProvidersLayout
{
    ProvidersShape shape = ProvidersShape::Missing;
    int keyLine = -1;               // line of the `providers` key (Null, EmptyFlow, Block)
    QByteArray rewrittenKeyLine;    // Null/EmptyFlow: the key line without its value token
    bool keyLineNeedsRewrite = false;
    int appendLine = 0;             // Missing: where `providers:` is inserted
    int keyColumn = 0;              // column of the top-level keys
    int dashColumn = 2;             // column of the items' '-' (existing, or keyColumn + 2)
    bool blankBetweenItems = false; // existing items are separated by blank lines
    QList<ProviderItem> items;
};

// Finds `providers` in a parsed top-level mapping and maps every item to its line range.
// Refuses (Validation error) what it cannot edit safely as text: a non-empty flow sequence, a
// non-list value, or items whose lines cannot be located.
Result<ProvidersLayout> locateProviders(const TextDocument &doc, const YAML::Node &root);

} // namespace ul::uniapi
