// The class session: who may see what, the submissions, and the answer to every request.
#include <arpa/inet.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <random>
#include <stdexcept>
#include <vector>

#include "attachscore/administration.hpp"
#include "attachscore/classroom.hpp"
#include "attachscore/html_report.hpp"
#include "attachscore/plots.hpp"
#include "attachscore/scorer.hpp"
#include "classroom/class_words.hpp"
#include "classroom/form_data.hpp"
#include "classroom/pages.hpp"
#include "classroom/qr_svg.hpp"
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

bool same_secret(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::vector<std::string_view> cookie_values(std::string_view header, std::string_view name) {
    std::vector<std::string_view> found;
    for (std::size_t at = 0; at < header.size();) {
        auto end = header.find(';', at);
        if (end == std::string_view::npos) end = header.size();
        auto part = header.substr(at, end - at);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        if (part.size() > name.size() && part.substr(0, name.size()) == name &&
            part[name.size()] == '=')
            found.push_back(part.substr(name.size() + 1));
        at = end + 1;
    }
    return found;
}

std::string cookie_value(std::string_view header, std::string_view name) {
    const auto all = cookie_values(header, name);
    return all.empty() ? std::string() : std::string(all.front());
}

bool same_origin(const http_request& request) {
    // Browsers that send Sec-Fetch-Site say it outright; with the pages' no-referrer policy a
    // form's Origin is "null", which tells nothing (the board's form token still does).
    if (!request.fetch_site.empty()) return request.fetch_site == "same-origin";
    if (request.origin.empty() || request.origin == "null") return true;
    return request.origin == "http://" + request.host ||
           request.origin == "https://" + request.host;
}

bool addressed_by_number(std::string_view host) {
    if (host.empty()) return true;  // HTTP/1.0 sends none
    if (host.front() == '[') return host.find(']') != std::string_view::npos;  // IPv6 literal
    const auto name = std::string(host.substr(0, host.rfind(':')));
    in_addr v4{};
    if (::inet_pton(AF_INET, name.c_str(), &v4) == 1) return true;
    const auto lower_name = upper(name);
    return lower_name == "LOCALHOST" ||
           (lower_name.size() > 6 && lower_name.compare(lower_name.size() - 6, 6, ".LOCAL") == 0);
}

bool address_limit::take(const std::string& address, std::chrono::steady_clock::time_point now) {
    auto [at, added] = buckets_.try_emplace(address, bucket{burst_, now});
    auto& b = at->second;
    if (!added) {
        const std::chrono::duration<double> passed = now - b.at;
        b.left = std::min(burst_, b.left + passed.count() * rate_);
        b.at = now;
    }
    if (b.left < 1) return false;
    b.left -= 1;
    return true;
}

}  // namespace classroom

class_session::state::state(instrument i, class_options o)
    : inst(std::move(i)),
      options(std::move(o)),
      sc(inst),
      code(classroom::class_code()),
      key(classroom::random_hex(16)),
      form_key(classroom::random_hex(16)),
      limit(options.burst_per_address, options.per_address_per_second) {}

// The rows a save file held: on the board again, and the next id after the highest web-NNNN.
void class_session::state::load(answers_file opened) {
    for (const auto& row : opened.rows()) {
        submission one{row.id, row.answers, sc.make_result(), {}, {}};
        sc.score(one.answers, one.scores);
        submissions.push_back(std::move(one));
        if (row.id.size() > 4 && row.id.rfind("web-", 0) == 0 &&
            row.id.find_first_not_of("0123456789", 4) == std::string::npos && row.id.size() < 14)
            next_number = std::max(next_number, std::stoul(row.id.substr(4)) + 1);
    }
    file = std::move(opened);
}

const std::string& class_session::state::framing() const {
    static const std::string none;
    for (const auto* lang : {&options.language, &inst.languages.front()})
        if (const auto at = inst.disclaimer.find(*lang); at != inst.disclaimer.end())
            return at->second;
    return none;
}

class_session::class_session(instrument inst, class_options options) {
    if (std::find(inst.languages.begin(), inst.languages.end(), options.language) ==
        inst.languages.end())
        throw std::invalid_argument(inst.short_name + " has no language \"" + options.language +
                                    "\"");
    s_ = std::make_unique<state>(std::move(inst), std::move(options));
    if (!s_->options.save.empty()) {
        auto opened = answers_file::open(s_->options.save, s_->inst);
        if (!opened) throw std::runtime_error(opened.errors().front().message);
        s_->load(std::move(opened).value());
    }
    join_at(s_->options.join_address);
}

void class_session::join_at(std::string address) {
    s_->options.join_address = std::move(address);
    const auto& a = s_->options.join_address;
    // Scanned, the code is typed in already; read off the board, the short address is enough.
    s_->join_qr =
        a.empty()
            ? std::string()
            : classroom::qr_svg(a.find('?') == std::string::npos ? a + "?code=" + s_->code : a, a);
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
    // Reached by the number the session printed (or localhost, or a .local name): a page of
    // another site whose name was pointed at this computer (DNS rebinding) is not served.
    if (!classroom::addressed_by_number(request.host))
        return message(421, words().not_found, words().not_found_text);
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
        auto r = classroom::page(200, classroom::form_page(inst, options.language, view));
        // One answer per device, which it can change: the device's cookie says which.
        if (classroom::cookie_value(request.cookie, "device").size() != 32)
            r.headers.emplace_back("Set-Cookie", "device=" + classroom::random_hex(16) +
                                                     "; Path=/; HttpOnly; SameSite=Lax; "
                                                     "Max-Age=43200");
        return r;
    }
    if (post && path == "/answers") return submit(request);
    if (get && path.rfind("/result/", 0) == 0)
        return result(
            std::string_view(path).substr(8),
            query_at != std::string::npos && request.target.substr(query_at + 1) == "changed=1");
    if (path == "/board") return board(request);
    if (get && path == "/board/state") return board_state(request);
    if (get && path == "/board/summary") return summary(request);
    return message(404, words().not_found, words().not_found_text, true);
}

}  // namespace attachscore
