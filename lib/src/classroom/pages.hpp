// The class's pages as HTML: every text escaped, no inline style or script (the pages' security
// policy allows only /style.css and /app.js), forms that work without JavaScript.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "attachscore/instrument.hpp"

namespace attachscore::classroom {

/// What the students' form shows: the values typed so far, the questions to mark, messages.
struct form_view {
    std::string code;
    std::map<std::size_t, std::string> values;  ///< by question (1-based)
    std::vector<std::size_t> marked;            ///< questions without a valid answer
    std::vector<std::string> messages;
    bool closed = false;  ///< answers are no longer taken: said before anyone answers
};

struct board_view {
    std::string code;
    std::size_t answers = 0, min_points = 5;
    bool hidden = false, closed = false;
    std::string plane;                  ///< SVG, empty until min_points answers
    std::string means;                  ///< a sentence, empty until min_points answers
    std::string histograms;             ///< SVGs, empty until min_points answers
    std::string caption;                ///< what the points and corner names are
    std::string disclaimer;             ///< the instrument's, in the page's language
    std::string join_address, join_qr;  ///< what students open, and it as an SVG QR code
    std::string save_problem;           ///< why answers are not being saved, or empty
    std::string last_id;                ///< of the answer the teacher may remove, or empty
    std::string form_key;               ///< sent back by the teacher's buttons
};

[[nodiscard]] std::string form_page(const instrument& inst, const std::string& lang,
                                    const form_view& view);
/// `notes`: sentences shown above the result (the id it was saved as, a replaced answer).
[[nodiscard]] std::string result_page(const instrument& inst, const std::string& lang,
                                      const std::string& card, const std::string& plane,
                                      const std::vector<std::string>& notes);
[[nodiscard]] std::string board_page(const instrument& inst, const std::string& lang,
                                     const board_view& view);
/// `framing`: the instrument's disclaimer, shown at the foot as on every page.
[[nodiscard]] std::string message_page(const std::string& lang, const std::string& title,
                                       const std::string& text, bool link_back,
                                       const std::string& framing);
[[nodiscard]] std::string stylesheet();
[[nodiscard]] const char* script();

/// Replaces each {name} in `pattern` by its value (plain text).
[[nodiscard]] std::string fill(std::string pattern,
                               std::initializer_list<std::pair<const char*, std::string>> values);

}  // namespace attachscore::classroom
