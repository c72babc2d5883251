// The class session: who may see what, the submissions, and the answer to every request.
#include <algorithm>
#include <cmath>
#include <mutex>
#include <random>
#include <stdexcept>

#include "attachscore/administration.hpp"
#include "attachscore/classroom.hpp"
#include "attachscore/html_report.hpp"
#include "attachscore/plots.hpp"
#include "attachscore/scorer.hpp"
#include "classroom/class_words.hpp"
#include "classroom/form_data.hpp"
#include "classroom/pages.hpp"
#include "classroom/session_state.hpp"

namespace attachscore {
namespace classroom {

// Unguessable text from the system's random source: `bytes` random bytes as hex.
std::string random_hex(std::size_t bytes) {
    std::random_device device;
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < bytes; i += 4) {
        auto v = device();
        for (int k = 0; k < 8 && out.size() < bytes * 2; ++k, v >>= 4)
            out += digits[v & 15];
    }
    return out;
}

// A code to read off a projector and type on a phone: no 0/O, 1/I/L.
std::string class_code() {
    static constexpr char letters[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    std::random_device device;
    std::string code;
    for (int i = 0; i < 6; ++i)
        code += letters[device() % (sizeof letters - 1)];
    return code;
}

http_response page(unsigned status, std::string body) {
    http_response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

http_response redirect(std::string to) {
    http_response r;
    r.status = 303;
    r.headers.emplace_back("Location", std::move(to));
    return r;
}

std::string upper(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

}  // namespace classroom

class_session::class_session(instrument inst, class_options options) {
    if (std::find(inst.languages.begin(), inst.languages.end(), options.language) ==
        inst.languages.end())
        throw std::invalid_argument(inst.short_name + " has no language \"" + options.language +
                                    "\"");
    if (!options.save.empty())
        if (auto why = answers_file_problem(options.save, inst); !why.empty())
            throw std::runtime_error(why);
    s_ = std::make_unique<state>(std::move(inst), std::move(options));
}

class_session::~class_session() = default;

const std::string& class_session::code() const noexcept {
    return s_->code;
}
const std::string& class_session::teacher_key() const noexcept {
    return s_->key;
}
const instrument& class_session::definition() const noexcept {
    return s_->inst;
}
std::size_t class_session::submissions() const {
    const std::lock_guard lock(s_->mutex);
    return s_->submissions.size();
}

http_response class_session::handle(const http_request& request) {
    return s_->handle(request);
}

http_response class_session::state::handle(const http_request& request) {
    const auto query_at = request.target.find('?');
    const std::string path = request.target.substr(0, query_at);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (!get && !post) {
        auto r = message(405, words().not_found, words().not_found_text);
        r.headers.emplace_back("Allow", "GET, POST");
        return r;
    }
    if (get && path == "/style.css") {
        http_response r{200, "text/css; charset=utf-8", classroom::stylesheet(), {}};
        return r;
    }
    if (get && path == "/app.js")
        return {200, "text/javascript; charset=utf-8", classroom::script(), {}};
    if (get && path == "/") {
        classroom::form_view view;
        if (query_at != std::string::npos) {
            const auto query = classroom::parse_form(request.target.substr(query_at + 1));
            if (const auto c = query.get("code"); c && query.ok()) view.code = classroom::upper(*c);
        }
        {
            const std::lock_guard lock(mutex);
            view.closed = closed;
        }
        return classroom::page(200, classroom::form_page(inst, options.language, view));
    }
    if (post && path == "/answers") return submit(request);
    if (get && path.rfind("/result/", 0) == 0) return result(std::string_view(path).substr(8));
    if (path == "/board") return board(request);
    if (get && path == "/board/state") return board_state(request);
    return message(404, words().not_found, words().not_found_text, true);
}

}  // namespace attachscore
