// The class session's state, shared by the request handlers (session.cpp, submissions.cpp).
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/classroom.hpp"
#include "attachscore/scorer.hpp"
#include "classroom/class_words.hpp"
#include "classroom/form_data.hpp"
#include "classroom/pages.hpp"

namespace attachscore {
namespace classroom {

/// `bytes` random bytes from the system's random source, as hex.
[[nodiscard]] std::string random_hex(std::size_t bytes);
/// A code to read off a projector and type on a phone (no 0/O, 1/I/L).
[[nodiscard]] std::string class_code();
[[nodiscard]] http_response page(unsigned status, std::string body);
[[nodiscard]] http_response redirect(std::string to);
[[nodiscard]] std::string upper(std::string_view text);

}  // namespace classroom

struct class_session::state {
    state(instrument i, class_options o)
        : inst(std::move(i)),
          options(std::move(o)),
          sc(inst),
          code(classroom::class_code()),
          key(classroom::random_hex(16)) {}

    struct submission {
        std::vector<double> answers;
        respondent_scores scores;
    };

    instrument inst;
    class_options options;
    scorer sc;
    std::string code, key;
    mutable std::mutex mutex;
    std::vector<submission> submissions;
    std::map<std::string, std::size_t, std::less<>> by_token;
    bool hidden = false, closed = false;

    http_response handle(const http_request& request);
    http_response submit(const http_request& request);
    http_response record(std::vector<double> answers);
    std::optional<std::vector<double>> read_answers(const classroom::form_data& form,
                                                    classroom::form_view& view) const;
    [[nodiscard]] classroom::board_view board_view() const;
    http_response result(std::string_view token) const;
    http_response board(const http_request& request);
    http_response board_state(const http_request& request) const;
    [[nodiscard]] bool teacher(const http_request& request) const;
    [[nodiscard]] http_response message(unsigned status, const std::string& title,
                                        const std::string& text, bool back = false) const {
        return classroom::page(status,
                               classroom::message_page(options.language, title, text, back));
    }
    [[nodiscard]] const classroom::class_words& words() const {
        return classroom::class_words_for(options.language);
    }
};

}  // namespace attachscore
