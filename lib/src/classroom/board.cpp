// The teacher's side: the board, its buttons, and the printable class summary.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <mutex>
#include <sstream>

#include "attachscore/administration.hpp"
#include "attachscore/classroom.hpp"
#include "attachscore/html_report.hpp"
#include "attachscore/plots.hpp"
#include "classroom/class_words.hpp"
#include "classroom/form_data.hpp"
#include "classroom/pages.hpp"
#include "classroom/session_state.hpp"

namespace attachscore {
namespace {

std::string two_decimals(double v, const std::string& lang) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    if (lang == "es")
        for (auto& c : s)
            if (c == '.') c = ',';
    return s;
}

}  // namespace

// Any board cookie with the key: a cookie of the same name planted by a page on another port of
// this computer (cookies ignore ports) must not lock the teacher out.
bool class_session::state::teacher(const http_request& request) const {
    const auto values = classroom::cookie_values(request.cookie, "board");
    return std::any_of(values.begin(), values.end(),
                       [&](std::string_view v) { return classroom::same_secret(v, key); });
}

http_response class_session::state::board(const http_request& request) {
    const auto query_at = request.target.find('?');
    if (request.method != "POST" && query_at != std::string::npos) {
        const auto query = classroom::parse_form(request.target.substr(query_at + 1));
        const auto given = query.get("key");
        if (!query.ok() || !given || !classroom::same_secret(*given, key))
            return message(403, words().board_title, words().board_key);
        // The key goes into a cookie, so that the projected address does not show it.
        auto r = classroom::redirect("/board");
        r.headers.emplace_back("Set-Cookie",
                               "board=" + key + "; Path=/board; HttpOnly; SameSite=Strict");
        return r;
    }
    if (!teacher(request)) return message(403, words().board_title, words().board_key);
    if (request.method == "POST") return board_action(request);
    return classroom::page(200, classroom::board_page(inst, options.language, board_view()));
}

// A teacher's button: only from the board itself (its origin and the token in its form), since
// the cookie alone is sent with a form posted from any page of the same host.
http_response class_session::state::board_action(const http_request& request) {
    const auto form = classroom::parse_form(request.body);
    const auto action = form.get("action");
    const auto token = form.get("form");
    if (!classroom::same_origin(request))
        return message(403, words().board_title, words().other_page);
    if (!token || !classroom::same_secret(*token, form_key))
        return message(403, words().board_title, token ? words().stale_board : words().other_page);
    if (!classroom::is_form(request.content_type) || !form.ok() || !action)
        return message(
            400, words().board_title,
            classroom::fill(words().bad_form, {{"why", form.ok() ? "no action" : form.problem}}));
    if (*action == "remove") return remove_last(form.get("last").value_or(""));
    const std::lock_guard lock(mutex);
    if (*action == "hide" || *action == "show")
        hidden = *action == "hide";
    else if (*action == "close" || *action == "open")
        closed = *action == "close";
    else
        return message(400, words().board_title,
                       classroom::fill(words().bad_form, {{"why", "an unknown action"}}));
    return classroom::redirect("/board");
}

// Only the answer the board named: pressing twice, or after a new answer came, removes nothing.
http_response class_session::state::remove_last(std::string_view id) {
    std::string problem;
    {
        const std::lock_guard lock(mutex);
        if (submissions.empty() || submissions.back().id != id)
            return classroom::redirect("/board");
        auto last = std::move(submissions.back());
        submissions.pop_back();
        if (file) problem = save_all();
        if (!problem.empty()) {
            submissions.push_back(std::move(last));
        } else {
            by_token.erase(last.token);
            if (!last.device.empty()) by_device.erase(last.device);
        }
        save_problem = problem;
    }
    if (!problem.empty() && options.on_problem) options.on_problem(problem);
    return classroom::redirect("/board");
}

// What the board shows, in a few bytes: the board's script reloads the page when it changes.
http_response class_session::state::board_state(const http_request& request) const {
    if (!teacher(request)) return message(403, words().board_title, words().board_key);
    const std::lock_guard lock(mutex);
    return {200,
            "text/plain; charset=utf-8",
            std::to_string(submissions.size()) + (hidden ? " hidden" : " shown") +
                (closed ? " closed" : " open") + (save_problem.empty() ? "" : " unsaved"),
            {}};
}

std::string class_session::state::rows_csv() const {
    std::string csv = answers_csv_header(inst);
    for (const auto& one : submissions)
        csv += answers_csv_row(inst, one.id, one.answers);
    return csv;
}

// The class on one printed page: the plane, histograms, means, SDs, reliability and framing.
http_response class_session::state::summary(const http_request& request) const {
    if (!teacher(request)) return message(403, words().board_title, words().board_key);
    std::istringstream in;
    {
        const std::lock_guard lock(mutex);
        if (hidden || submissions.size() < options.min_points)
            return message(200, words().summary,
                           classroom::fill(words().summary_waiting,
                                           {{"min", std::to_string(options.min_points)}}));
        in.str(rows_csv());
    }
    table_options to;
    to.id_column = "id";
    to.language = options.language;
    html_report_options ro;
    ro.summary = true;
    auto made = make_html_report(inst, in, to, ro);
    if (!made) return message(500, words().board_title, made.errors().front().message);
    auto r = classroom::page(200, std::move(made.value().html));
    // The report page is self-contained: its style is inline, and it loads nothing.
    r.headers.emplace_back("Content-Security-Policy",
                           "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
                           "form-action 'none'; frame-ancestors 'none'");
    return r;
}

classroom::board_view class_session::state::board_view() const {
    const std::lock_guard lock(mutex);
    classroom::board_view v;
    v.code = code;
    v.answers = submissions.size();
    v.min_points = options.min_points;
    v.hidden = hidden;
    v.closed = closed;
    v.join_address = options.join_address;
    v.join_qr = join_qr;
    v.save_problem = save_problem;
    v.form_key = form_key;
    if (!submissions.empty()) v.last_id = submissions.back().id;
    const auto& lang = options.language;
    v.disclaimer = framing();
    if (hidden || v.answers < v.min_points) return v;
    std::vector<std::vector<double>> values(inst.scores.size());
    for (const auto& one : submissions)
        for (std::size_t s = 0; s < inst.scores.size(); ++s) {
            const auto& sv = one.scores.scores()[s];
            values[s].push_back(sv.status == score_status::valid
                                    ? sv.value
                                    : std::numeric_limits<double>::quiet_NaN());
        }
    if (const auto layout = plane_layout_for(inst, lang)) {
        const auto x = *inst.score_index(inst.profile->inputs[0]);
        const auto y = *inst.score_index(inst.profile->inputs[1]);
        std::vector<plane_point> points;  // no labels: nobody is named on the board
        for (std::size_t i = 0; i < values[x].size(); ++i)
            if (std::isfinite(values[x][i]) && std::isfinite(values[y][i]))
                points.push_back({values[x][i], values[y][i], "", false});
        // In order of the values, not of arrival: the page's source does not tell who came when.
        std::sort(points.begin(), points.end(), [](const plane_point& a, const plane_point& b) {
            return a.x != b.x ? a.x < b.x : a.y < b.y;
        });
        v.plane = plane_svg(points, *layout, inst.short_name);
        v.caption =
            classroom::fill(words().board_caption, {{"xcut", two_decimals(layout->x_cut, lang)},
                                                    {"ycut", two_decimals(layout->y_cut, lang)}});
    }
    std::string means;
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        const auto& def = inst.scores[s];
        if (!def.target.empty()) continue;
        double sum = 0;
        std::size_t n = 0;
        for (double value : values[s])
            if (std::isfinite(value)) sum += value, ++n;
        const auto& label = def.label.count(lang) ? def.label.at(lang) : def.label.at("en");
        if (n > 0)
            means += (means.empty() ? "" : "; ") + label + " " +
                     two_decimals(sum / static_cast<double>(n), lang);
        v.histograms += "<figure>\n" +
                        histogram_svg(values[s], def.lowest, def.highest, label, 12, lang) +
                        "</figure>\n";
    }
    if (!means.empty())  // none when no answer has a valid score (an edited save file)
        v.means = classroom::fill(words().means, {{"n", std::to_string(v.answers)}}) + means + ".";
    return v;
}

}  // namespace attachscore
