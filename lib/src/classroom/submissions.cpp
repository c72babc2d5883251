// Students' answers in, results and the board out.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <mutex>
#include <random>

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
namespace {

bool is_form(const std::string& content_type) {
    return content_type.rfind("application/x-www-form-urlencoded", 0) == 0;
}

// Equal texts, compared in a time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::string cookie_value(std::string_view header, std::string_view name) {
    for (std::size_t at = 0; at < header.size();) {
        auto end = header.find(';', at);
        if (end == std::string_view::npos) end = header.size();
        auto part = header.substr(at, end - at);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        if (part.size() > name.size() && part.substr(0, name.size()) == name &&
            part[name.size()] == '=')
            return std::string(part.substr(name.size() + 1));
        at = end + 1;
    }
    return {};
}

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

// Reads the form into a view of what was typed; the answers when every question has a valid one.
std::optional<std::vector<double>> class_session::state::read_answers(
    const classroom::form_data& form, classroom::form_view& view) const {
    administration session(inst, options.language);
    const auto total = session.size();
    std::vector<std::size_t> unanswered;
    for (std::size_t n = 1; n <= total; ++n) {
        const auto value = form.get("q" + std::to_string(n));
        if (!value || value->empty()) {
            unanswered.push_back(n);
            session.skip();
            continue;
        }
        view.values[n] = std::string(*value);
        if (!session.answer(*value).empty()) {
            view.marked.push_back(n);
            view.messages.push_back(classroom::fill(words().invalid, {{"i", std::to_string(n)}}));
            session.skip();
        }
    }
    if (!unanswered.empty()) {
        std::string list;
        for (auto n : unanswered)
            list += (list.empty() ? "" : ", ") + std::to_string(n);
        std::string needed =
            classroom::fill(classroom::count_text(unanswered.size(), words().still_needed_one,
                                                  words().still_needed),
                            {{"list", list}});
        if (!view.values.empty()) needed += std::string(" ") + words().kept;
        view.messages.insert(view.messages.begin(), needed);
        view.marked.insert(view.marked.end(), unanswered.begin(), unanswered.end());
    }
    if (!view.marked.empty()) return std::nullopt;
    return std::vector<double>(session.answers().begin(), session.answers().end());
}

http_response class_session::state::submit(const http_request& request) {
    if (!is_form(request.content_type))
        return message(415, words().not_found,
                       classroom::fill(words().bad_form, {{"why", "not a form"}}), true);
    const auto form = classroom::parse_form(request.body);
    if (!form.ok())
        return message(400, words().not_found,
                       classroom::fill(words().bad_form, {{"why", form.problem}}), true);
    const std::size_t total = inst.answer_count();
    for (const auto& [name, value] : form.fields) {
        const bool question = name.size() > 1 && name[0] == 'q' &&
                              name.find_first_not_of("0123456789", 1) == std::string::npos &&
                              name.size() < 6 && std::stoul(name.substr(1)) >= 1 &&
                              std::stoul(name.substr(1)) <= total && name[1] != '0';
        if (name != "code" && !question)
            return message(
                400, words().not_found,
                classroom::fill(
                    words().bad_form,
                    {{"why", "a field \"" + name + "\" that the questionnaire does not have"}}),
                true);
    }
    classroom::form_view view;
    view.code = form.get("code") ? classroom::upper(*form.get("code")) : "";
    auto answers = read_answers(form, view);
    const bool right_code = same_secret(view.code, code);
    if (!right_code)
        view.messages.insert(view.messages.begin(),
                             view.code.empty() ? words().no_code : words().wrong_code);
    if (!answers || !right_code)
        return classroom::page(right_code ? 422 : 403,
                               classroom::form_page(inst, options.language, view));
    return record(std::move(*answers));
}

http_response class_session::state::record(std::vector<double> answers) {
    const std::lock_guard lock(mutex);
    if (closed) return message(403, words().closed, words().closed_text, true);
    if (submissions.size() >= options.max_submissions)
        return message(503, words().full, words().full);
    char id[32];
    std::snprintf(id, sizeof id, "web-%04zu", submissions.size() + 1);
    if (!options.save.empty())
        if (auto why = append_answers(options.save, inst, id, answers); !why.empty())
            return message(500, why, why, true);  // not kept: nothing is shown that was not saved
    submission one{std::move(answers), sc.make_result()};
    sc.score(one.answers, one.scores);
    std::string token = classroom::random_hex(16);
    by_token.emplace(token, submissions.size());
    submissions.push_back(std::move(one));
    return classroom::redirect("/result/" + token);
}

http_response class_session::state::result(std::string_view token) const {
    const std::lock_guard lock(mutex);
    const auto found = by_token.find(token);
    if (found == by_token.end()) return message(404, words().not_found, words().no_result, true);
    const auto& one = submissions[found->second];
    report_options ro;
    ro.language = options.language;
    const std::string card = render_report_html(sc, one.scores, ro);
    std::string plane;
    if (const auto layout = plane_layout_for(inst, options.language)) {
        const auto x = *inst.score_index(inst.profile->inputs[0]);
        const auto y = *inst.score_index(inst.profile->inputs[1]);
        const auto& v = one.scores.scores();
        if (v[x].status == score_status::valid && v[y].status == score_status::valid) {
            const plane_point point{v[x].value, v[y].value, "", true};
            plane = plane_svg({&point, 1}, *layout, inst.short_name);
        }
    }
    return classroom::page(200, classroom::result_page(inst, options.language, card, plane));
}

bool class_session::state::teacher(const http_request& request) const {
    return same_secret(cookie_value(request.cookie, "board"), key);
}

http_response class_session::state::board(const http_request& request) {
    const auto query_at = request.target.find('?');
    if (request.method != "POST" && query_at != std::string::npos) {
        const auto query = classroom::parse_form(request.target.substr(query_at + 1));
        const auto given = query.get("key");
        if (!query.ok() || !given || !same_secret(*given, key))
            return message(403, words().board_title, words().board_key);
        // The key goes into a cookie, so that the projected address does not show it.
        auto r = classroom::redirect("/board");
        r.headers.emplace_back("Set-Cookie",
                               "board=" + key + "; Path=/board; HttpOnly; SameSite=Strict");
        return r;
    }
    if (!teacher(request)) return message(403, words().board_title, words().board_key);
    if (request.method == "POST") {
        const auto form = classroom::parse_form(request.body);
        const auto action = form.get("action");
        if (!is_form(request.content_type) || !form.ok() || !action)
            return message(400, words().board_title,
                           classroom::fill(words().bad_form,
                                           {{"why", form.ok() ? "no action" : form.problem}}));
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
    return classroom::page(200, classroom::board_page(inst, options.language, board_view()));
}

// What the board shows, in a few bytes: the board's script reloads the page when it changes.
http_response class_session::state::board_state(const http_request& request) const {
    if (!teacher(request)) return message(403, words().board_title, words().board_key);
    const std::lock_guard lock(mutex);
    return {200,
            "text/plain; charset=utf-8",
            std::to_string(submissions.size()) + (hidden ? " hidden" : " shown") +
                (closed ? " closed" : " open"),
            {}};
}

classroom::board_view class_session::state::board_view() const {
    const std::lock_guard lock(mutex);
    classroom::board_view v;
    v.code = code;
    v.answers = submissions.size();
    v.min_points = options.min_points;
    v.hidden = hidden;
    v.closed = closed;
    const auto& lang = options.language;
    v.disclaimer =
        inst.disclaimer.count(lang) ? inst.disclaimer.at(lang) : inst.disclaimer.at("en");
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
    v.means = classroom::fill(words().means, {{"n", std::to_string(v.answers)}}) + means + ".";
    return v;
}

}  // namespace attachscore
