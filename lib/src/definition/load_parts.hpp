// The parts of an instrument file, each read and checked by its own function (loader.cpp calls
// them in order). Every problem goes to the checker; nothing stops at the first.
#pragma once

#include <set>
#include <string>

#include "attachscore/instrument.hpp"
#include "definition/json_reader.hpp"

namespace attachscore::detail {

/// Names the output columns already taken, so scores, choices and categories never clash.
using column_names = std::set<std::string>;

void read_scale(checker& c, object_reader& top, response_scale& out);
void read_items(checker& c, object_reader& top, std::vector<item>& out);
void read_targets(checker& c, object_reader& top, std::vector<target>& out);
/// Reads /item_order (this file's numbering and the other orders in use); after read_items.
void read_item_order(checker& c, object_reader& top, instrument& inst);
/// Reads /scores into inst.scores, one score per target for item scores when there are targets.
void read_scores(checker& c, object_reader& top, instrument& inst, bool scale_ok,
                 column_names& columns);
void read_categories(checker& c, object_reader& top, instrument& inst, column_names& columns);
void read_profile(checker& c, object_reader& top, instrument& inst);
void read_norms(checker& c, object_reader& top, instrument& inst);

}  // namespace attachscore::detail
