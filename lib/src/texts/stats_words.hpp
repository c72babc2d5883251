// The words of the statistics table for a terminal, in English and Spanish; {name} marks where
// a number goes.
#pragma once

#include <string>

namespace attachscore::detail {

struct stats_words {
    const char* lang;
    const char* title;  ///< {name} {rows} {share} {complete}
    const char* row;
    const char* rows;
    const char* blanks;  ///< {none} {one} {two} {few} {more} {k} {all}
    const char* score;
    const char* descriptive_columns;  ///< column names separated by |
    const char* listwise;
    const char* pairwise;
    const char* reliability_columns;
    const char* bootstrap;        ///< {n}
    const char* gap_too_few;      ///< {score} {rows} {k}
    const char* gap_no_variance;  ///< {score}
    const char* gap_constant;     ///< {score} {items}
    const char* gap_singular;     ///< {score}
    const char* heywood;          ///< {score}
    const char* items_listwise;   ///< {score} {rows}
    const char* items_pairwise;   ///< {score}
    const char* item;
    const char* item_columns;
    const char* flag_single;           ///< {item} {score} {r}
    const char* flag_single_reversed;  ///< {item}
    const char* flag_single_direct;
    const char* flag_group;  ///< {item} {score} {r}
    const char* flag_by;     ///< {item} {score} {by} {group} {r} {rows}
    const char* by_dropped;  ///< {max} {by}
    const char* correlations;
    const char* no_correlations;
    const char* careless;        ///< {flagged} {screened} {by}
    const char* by_run;          ///< {n} {run} {items}
    const char* by_evenodd;      ///< {n}
    const char* by_opposite;     ///< {n}
    const char* careless_means;  ///< {longstring} {irv}
    const char* no_evenodd;      ///< {name} {scales} {needed}
    const char* no_opposite;
    const char* methods;
};

[[nodiscard]] const stats_words& stats_words_for(const std::string& language);

}  // namespace attachscore::detail
