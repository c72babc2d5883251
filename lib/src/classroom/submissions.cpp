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

// The sentence of a save that failed, or "" (the board and the terminal show it).
std::string first_message(const diagnostics& problems) {
    return problems.empty() ? std::string() : problems.front().message;
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
        // Exactly as the buttons send it: "4", not "4.0", "0004" or " 4".
        const auto offered_keys = session.current().options;
        const bool offered = std::any_of(offered_keys.begin(), offered_keys.end(),
                                         [&](const auto& o) { return o.first == *value; });
        if (!offered || !session.answer(*value).empty()) {
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
    if (!classroom::same_origin(request))
        return message(403, words().refused, words().other_form, true);
    if (!classroom::is_form(request.content_type))
        return message(415, words().refused,
                       classroom::fill(words().bad_form, {{"why", "not a form"}}), true);
    const auto form = classroom::parse_form(request.body);
    if (!form.ok())
        return message(400, words().refused,
                       classroom::fill(words().bad_form, {{"why", form.problem}}), true);
    const std::size_t total = inst.answer_count();
    for (const auto& [name, value] : form.fields) {
        const bool question = name.size() > 1 && name[0] == 'q' &&
                              name.find_first_not_of("0123456789", 1) == std::string::npos &&
                              name.size() < 6 && std::stoul(name.substr(1)) >= 1 &&
                              std::stoul(name.substr(1)) <= total && name[1] != '0';
        if (name != "code" && !question)
            return message(
                400, words().refused,
                classroom::fill(
                    words().bad_form,
                    {{"why", "a field \"" + name + "\" that the questionnaire does not have"}}),
                true);
    }
    classroom::form_view view;
    view.code = form.get("code") ? classroom::upper(*form.get("code")) : "";
    auto answers = read_answers(form, view);
    const bool right_code = classroom::same_secret(view.code, code);
    if (!right_code)
        view.messages.insert(view.messages.begin(),
                             view.code.empty() ? words().no_code : words().wrong_code);
    if (!answers || !right_code)
        return classroom::page(right_code ? 422 : 403,
                               classroom::form_page(inst, options.language, view));
    return record(std::move(*answers), request, view);
}

// The form again, with what was typed and why it was not kept.
http_response class_session::state::refused(classroom::form_view& view, unsigned status,
                                            const std::string& why) {
    view.messages.insert(view.messages.begin(), why);
    return classroom::page(status, classroom::form_page(inst, options.language, view));
}

http_response class_session::state::record(std::vector<double> answers, const http_request& request,
                                           classroom::form_view& view) {
    const std::string device = classroom::cookie_value(request.cookie, "device");
    std::string problem;  // told to the teacher once the lock is let go
    http_response response;
    {
        const std::lock_guard lock(mutex);
        if (closed) return message(403, words().closed, words().closed_text, true);
        if (!limit.take(request.client, std::chrono::steady_clock::now())) {
            auto r = refused(view, 429, words().rate_limited);
            r.headers.emplace_back("Retry-After", "60");
            return r;
        }
        const auto known = device.size() == 32 ? by_device.find(device) : by_device.end();
        if (known != by_device.end()) {  // this device again: its answer changes
            auto& one = submissions[known->second];
            auto before = std::exchange(one.answers, std::move(answers));
            if (file) problem = save_all();
            if (problem.empty()) {
                sc.score(one.answers, one.scores);
                response = classroom::redirect("/result/" + one.token + "?changed=1");
            } else {
                one.answers = std::move(before);
            }
        } else if (submissions.size() >= options.max_submissions) {
            return message(503, words().full, words().full);
        } else {
            char id[32];
            std::snprintf(id, sizeof id, "web-%04zu", next_number);
            if (file) problem = first_message(file->append(id, answers));
            if (problem.empty()) {
                ++next_number;
                submission one{id, std::move(answers), sc.make_result(), classroom::random_hex(16),
                               device};
                sc.score(one.answers, one.scores);
                by_token.emplace(one.token, submissions.size());
                if (device.size() == 32) by_device.emplace(device, submissions.size());
                response = classroom::redirect("/result/" + one.token);
                submissions.push_back(std::move(one));
            }
        }
        save_problem = problem;  // the board says so until an answer is saved again
    }
    if (problem.empty()) return response;
    if (options.on_problem) options.on_problem(problem);
    // Nothing is shown that was not saved; the student's page names no path.
    return refused(view, 503, words().not_saved);
}

std::string class_session::state::save_all() {
    std::vector<answers_file::row> all;
    all.reserve(submissions.size());
    for (const auto& one : submissions)
        all.push_back({one.id, one.answers});
    return first_message(file->rewrite(all));
}

http_response class_session::state::result(std::string_view token, bool changed) const {
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
    std::vector<std::string> notes;
    if (changed) notes.emplace_back(words().changed);
    if (file) notes.push_back(classroom::fill(words().saved_as, {{"id", one.id}}));
    return classroom::page(200, classroom::result_page(inst, options.language, card, plane, notes));
}

}  // namespace attachscore
