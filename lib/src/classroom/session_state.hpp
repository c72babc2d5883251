// The class session's state, shared by the request handlers (session.cpp, submissions.cpp,
// board.cpp).
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/administration.hpp"
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
/// Equal texts, compared in a time that does not depend on where they differ.
[[nodiscard]] bool same_secret(std::string_view a, std::string_view b);
/// The values of every cookie of that name in a Cookie header, in order.
[[nodiscard]] std::vector<std::string_view> cookie_values(std::string_view header,
                                                          std::string_view name);
/// The value of the first cookie of that name in a Cookie header, or empty.
[[nodiscard]] std::string cookie_value(std::string_view header, std::string_view name);
/// Whether a body is a form as browsers post it (application/x-www-form-urlencoded).
[[nodiscard]] inline bool is_form(std::string_view content_type) {
    return content_type.rfind("application/x-www-form-urlencoded", 0) == 0;
}
/// Whether a state-changing request comes from the session's own pages: Sec-Fetch-Site, when
/// sent, says same-origin; else an Origin header, when sent and not "null", names the host the
/// request was sent to (SameSite cookies alone do not tell another port of the same host apart).
[[nodiscard]] bool same_origin(const http_request& request);

/// Whether a Host header names this computer by number (IPv4, [IPv6]), as localhost, or by a
/// .local name; empty (HTTP/1.0) too.
[[nodiscard]] bool addressed_by_number(std::string_view host);

/// Answers allowed from one client address: a bucket of `burst` that refills at `rate` a second.
class address_limit {
  public:
    address_limit(std::size_t burst, double rate)
        : burst_(static_cast<double>(burst)), rate_(rate) {}
    /// Takes one from the address's bucket; false when it is empty.
    bool take(const std::string& address, std::chrono::steady_clock::time_point now);

  private:
    struct bucket {
        double left;
        std::chrono::steady_clock::time_point at;
    };
    double burst_, rate_;
    std::map<std::string, bucket, std::less<>> buckets_;
};

}  // namespace classroom

struct class_session::state {
    state(instrument i, class_options o);

    struct submission {
        std::string id;  ///< as saved: web-0001, … (or the id a row of the save file had)
        std::vector<double> answers;
        respondent_scores scores;
        std::string token;   ///< of the result page; empty for rows the save file held
        std::string device;  ///< the device's cookie; empty for rows the save file held
    };

    instrument inst;
    class_options options;
    scorer sc;
    std::string code, key;
    std::string form_key;  ///< in the board's form: a button pressed on another page lacks it
    mutable std::mutex mutex;
    std::optional<answers_file> file;
    std::vector<submission> submissions;
    std::map<std::string, std::size_t, std::less<>> by_token, by_device;
    std::size_t next_number = 1;  ///< of the next web-NNNN id
    classroom::address_limit limit;
    std::string save_problem;  ///< why the last answer could not be saved; empty once one is
    std::string join_qr;       ///< the join address as an SVG QR code
    bool hidden = false, closed = false;

    void load(answers_file opened);
    http_response handle(const http_request& request);
    http_response submit(const http_request& request);
    /// Keeps one answer (a device's earlier one replaced); the result's address, or the form
    /// again with why not.
    http_response record(std::vector<double> answers, const http_request& request,
                         classroom::form_view& view);
    /// The save file after a changed or removed answer; empty on success, else why not.
    std::string save_all();
    std::optional<std::vector<double>> read_answers(const classroom::form_data& form,
                                                    classroom::form_view& view) const;
    [[nodiscard]] classroom::board_view board_view() const;
    http_response result(std::string_view token, bool changed) const;
    http_response board(const http_request& request);
    http_response board_action(const http_request& request);
    http_response remove_last(std::string_view id);  ///< when `id` is still the last
    http_response refused(classroom::form_view& view, unsigned status, const std::string& why);
    http_response board_state(const http_request& request) const;
    http_response summary(const http_request& request) const;
    [[nodiscard]] bool teacher(const http_request& request) const;
    [[nodiscard]] std::string rows_csv() const;  ///< every submission, as the save file has them
    [[nodiscard]] http_response message(unsigned status, const std::string& title,
                                        const std::string& text, bool back = false) const {
        return classroom::page(
            status, classroom::message_page(options.language, title, text, back, framing()));
    }
    [[nodiscard]] const classroom::class_words& words() const {
        return classroom::class_words_for(options.language);
    }
    [[nodiscard]] const std::string& framing() const;  ///< the instrument's disclaimer
};

}  // namespace attachscore
