// The C API's handles, shared by its source files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attachscore/attachscore.h"
#include "attachscore/checks.hpp"
#include "attachscore/scorer.hpp"

struct attachscore_instrument {
    explicit attachscore_instrument(attachscore::instrument inst,
                                    attachscore::scoring_options options = {})
        : sc(std::move(inst), std::move(options)) {
        for (std::size_t c = 0; c < sc.definition().categories.size(); ++c)
            if (sc.category_enabled(c)) categories.push_back(c);
        const auto& cite = sc.definition().cite;
        citation = cite.authors + " (" + std::to_string(cite.year) + "). " + cite.title + ". " +
                   cite.source + (cite.doi.empty() ? "" : ". https://doi.org/" + cite.doi);
    }
    attachscore::scorer sc;
    std::vector<std::size_t> categories;  ///< the rules computed by default
    std::string citation;
    attachscore::check_settings settings;  ///< what attachscore_instrument_configure settled
    std::string language = "en";           ///< of the findings' and reasons' texts
    /// The norm set and group of the "norms" and "norm_group" options (attachscore_norm_batch).
    std::optional<attachscore::norm_set> norms;
    const attachscore::norm_group* norm_group = nullptr;  ///< within norms
};

struct attachscore_result {
    explicit attachscore_result(const attachscore_instrument& i)
        : inst(&i),
          scores(i.sc.make_result()),
          reasons(i.sc.definition().scores.size()),
          categories(i.categories.size()) {}
    const attachscore_instrument* inst;
    attachscore::respondent_scores scores;
    bool scored = false;  ///< until the first attachscore_score, nothing is valid
    // Texts made on request, kept until the next respondent (their capacity is reused).
    std::vector<std::string> reasons;
    std::vector<std::string> categories;
};

namespace attachscore::c_api {

/// Finds the norm set (one of the instrument's, or a norm file) and the group the "norms" and
/// "norm_group" options name, into inst; the sentence of what does not fit, or "".
[[nodiscard]] std::string configure_norms(attachscore_instrument& inst, const std::string& norms,
                                          const std::string& group, const scoring_options& scoring);

}  // namespace attachscore::c_api
