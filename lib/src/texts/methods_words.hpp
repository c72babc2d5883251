// The words of the methods paragraph, per language, and its parts: what was done to the data,
// how reliability was estimated, and the screening (missing answers, careless responding, items
// that run against their scale).
#pragma once

#include <string>
#include <vector>

#include "attachscore/stats.hpp"

namespace attachscore::detail {

struct methods_words {
    const char* score;  ///< {label} {how} {n} {m} {sd} {rel}
    const char* from_scores;
    const char* one_item;
    const char* mean_of;
    const char* sum_of;
    const char* when_all;
    const char* when_at_least;
    const char* alpha_ci;  ///< {alpha} {low} {high}
    const char* omega;
    const char* omega_improper;
    const char* constant_item;
    const char* constant_items;
    const char* over_complete;
    const char* over_pairwise;
    const char* too_few_rows;
    const char* no_variance;
    const char* and_;
    const char* et_al;
    const char* list_and;
    const char* scale;        ///< {given} {published} {flip}
    const char* missing_one;  ///< {codes}
    const char* missing_many;
    const char* reversed_all;   ///< {k}
    const char* reversed_some;  ///< {items}
    const char* keys_declared;
    const char* order;  ///< {order}
    const char* columns_named;
    const char* recoded;   ///< {k}
    const char* rows_all;  ///< {rows}
    const char* rows_two;
    const char* rows_one;
    const char* rows_some;      ///< {rows} {scored} {why}
    const char* why_outside;    ///< {rows} {values}
    const char* value_count;    ///< {n} {value}
    const char* why_not_whole;  ///< {rows}
    const char* why_not_choice;
    const char* why_unreadable;
    const char* why_values;
    const char* why_too_few;
    const char* listwise;
    const char* pairwise;
    const char* missing_share;  ///< {share} {complete} {complete_share}
    const char* careless;       ///< {signs} {flagged} {share}
    const char* sign_run;       ///< {run} {items}
    const char* sign_evenodd;   ///< {scales}
    const char* sign_opposite;  ///< {scales}
    const char* evenodd_not;    ///< {scales} {needed} {items}
    const char* given_answers;
    const char* item_flag_one;   ///< {items}
    const char* item_flag_many;  ///< {items}
    const char* group_flag;      ///< {score} {r}
    const char* or_;
};

[[nodiscard]] const methods_words& methods_words_for(const std::string& language);

/// What was done to the data: the administered scale, missing codes, items taken as already
/// reversed, the item order, recoded words, and the rows not scored with why.
[[nodiscard]] std::vector<std::string> data_sentences(const instrument& inst,
                                                      const table_statistics& st,
                                                      const std::string& language);
/// How reliability was estimated (listwise or pairwise; Feldt; omega's model).
[[nodiscard]] std::string reliability_method(const table_statistics& st,
                                             const std::string& language);
/// Missing answers, careless responding (only the indices computed), items flagged.
[[nodiscard]] std::vector<std::string> screening_sentences(const instrument& inst,
                                                           const table_statistics& st, int digits,
                                                           const std::string& language);

}  // namespace attachscore::detail
