// attachscore take: one person answers a questionnaire in the terminal, one item at a time, and
// sees their report; with --save the answers are appended to a CSV that `score` reads. Standard
// input is read a line at a time, so a script (or a test) can answer too. Nothing leaves the
// machine.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>

#include "answer_input.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "score_options.hpp"

namespace attachscore::cli {
namespace {

struct take_args {
    common_options common;
    std::string id, wording, lang = "en", save, person;
};

std::string detail_trim_lower(std::string text) {
    const auto first = text.find_first_not_of(" \t\r");
    const auto last = text.find_last_not_of(" \t\r");
    text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

void show(const question& q, std::size_t total, const instrument& inst, std::size_t width) {
    fmt::print("\nQuestion {} of {} ({} item {})\n", q.number, total, inst.short_name, q.item);
    if (!q.target.empty()) fmt::print("About: {}\n", q.target);
    fmt::print("{}\n", wrap_text(q.text.empty() ? "(item " + std::to_string(q.item) +
                                                      ": wording not supplied, see above)"
                                                : q.text,
                                 0, width));
    // On one line when it fits ("1 = Strongly disagree   2   3 … 7 = Strongly agree"), else one
    // answer per line.
    std::string line;
    for (const auto& [key, label] : q.options)
        line += "  " + key + (label.empty() ? "" : " = " + label) + " ";
    if (line.size() <= width) {
        fmt::print("{}\n", line.substr(0, line.find_last_not_of(' ') + 1));
        return;
    }
    for (const auto& [key, label] : q.options)
        fmt::print("  {:>2}  {}\n", key, label);
}

// Whether answers can be added to the file, said before the first question so that nobody
// answers for nothing.
bool can_save_to(const std::string& file, const instrument& inst) {
    const auto why = answers_file_problem(file, inst);
    if (why.empty()) return true;
    eprint("attachscore: {}. Nothing was saved.\n", why);
    return false;
}

bool save_answers(const std::string& file, const instrument& inst, const std::string& person,
                  std::span<const double> answers) {
    if (const auto why = append_answers(file, inst, person, answers); !why.empty()) {
        eprint("attachscore: {}. Nothing was saved.\n", why);
        return false;
    }
    eprint("attachscore: your answers were added to {} as respondent \"{}\".\n", file, person);
    return true;
}

std::string default_person() {
    const std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "take-%Y%m%d-%H%M%S", std::localtime(&now));
    return stamp;
}

// Whether every answer of every question is one character (a key), as on every built-in scale.
bool single_key_answers(const instrument& inst) {
    administration probe(inst, "en");
    for (; !probe.finished(); probe.skip())
        for (const auto& option : probe.current().options)
            if (option.first.size() != 1) return false;
    return true;
}

// Asks every question; false when the person quits (or input ends) before the last.
bool ask_all(administration& session, const instrument& inst, answer_input& input,
             std::size_t width) {
    while (!session.finished()) {
        show(session.current(), session.size(), inst, width);
        fmt::print("Your answer (b: back, s: skip, q: quit without saving): ");
        std::fflush(stdout);
        const auto typed = input.next();
        if (!typed || detail_trim_lower(*typed) == "q") return false;
        const auto key = detail_trim_lower(*typed);
        if (key == "b") {
            if (!session.back()) fmt::print("This is the first question.\n");
        } else if (key == "s") {
            session.skip();
        } else if (auto why = session.answer(*typed); !why.empty()) {
            fmt::print("{}.\n", why);
        }
    }
    return true;
}

int take_questionnaire(const take_args& a) {
    const auto inst = instrument_with_wording(a.common, a.id, a.lang, a.wording, "take");
    if (!inst || (!a.save.empty() && !can_save_to(a.save, *inst))) return exit_error;
    const std::size_t width = 80;
    answer_input input(single_key_answers(*inst));
    fmt::print("{}\n{}\n", inst->name,
               wrap_text(std::to_string(inst->answer_count()) + " questions. " +
                             (input.keys() ? "Press the number (or letter) of your answer."
                                           : "Type the number (or letter) of your answer and "
                                             "press Enter."),
                         0, width));
    if (a.wording.empty() && !inst->items.front().text)
        fmt::print("{}\n",
                   wrap_text("No wording was supplied, so items are shown by number. The "
                             "wording is published in " +
                                 inst->cite.authors + " (" + std::to_string(inst->cite.year) +
                                 "), " + inst->cite.source +
                                 "; copy it into a file with 'attachscore "
                                 "wording-template " +
                                 inst->id + "' and pass it with --wording.",
                             0, width));
    administration session(*inst, a.lang);
    if (!ask_all(session, *inst, input, width)) {
        fmt::print("\nStopped: nothing was saved.\n");
        return exit_ok;
    }
    const scorer sc(*inst);
    const auto scores = sc.score(session.answers());
    report_options ro;
    ro.language = a.lang;
    ro.width = width;
    ro.id = a.person;
    ro.answers = session.answers();
    fmt::print("\n{}", render_report(sc, scores, ro));
    if (a.save.empty()) return exit_ok;
    return save_answers(a.save, *inst, a.person.empty() ? default_person() : a.person,
                        session.answers())
               ? exit_ok
               : exit_error;
}

}  // namespace

int run_take(const std::vector<std::string>& args) {
    take_args a;
    po::options_description desc("Options");
    desc.add_options()("wording", po::value(&a.wording)->value_name("FILE"),
                       "the items' wording (item,text), copied from the published source; see "
                       "'attachscore wording-template'")(
        "lang", po::value(&a.lang)->value_name("CODE"), "language of texts and report: en or es")(
        "save", po::value(&a.save)->value_name("FILE"),
        "append the answers to this CSV (created with its header), which 'attachscore score' "
        "reads")("id", po::value(&a.person)->value_name("ID"),
                 "the respondent id saved with the answers (default: take- and the time)");
    add_common(desc, a.common);
    po::options_description all;
    all.add(desc);
    all.add_options()("instrument", po::value(&a.id));
    po::positional_options_description pos;
    pos.add("instrument", 1);
    if (auto code = parse(args, all, pos, "take")) return *code;
    if (a.common.help) {
        print_help("attachscore take ID [options]",
                   "Gives the questionnaire in the terminal, one item at a time: press the number\n"
                   "(or letter) of your answer; b goes back, s skips, q quits without saving.\n"
                   "Then shows your report. Answers never leave this computer. From a script or\n"
                   "a pipe, answers are read one per line.",
                   desc, "  attachscore take ecr-s --wording ecr-s-en.csv --save class.csv");
        return exit_ok;
    }
    if (a.id.empty()) {
        eprint(
            "attachscore take: name an instrument, e.g. 'attachscore take ecr-s --wording "
            "ecr-s-en.csv'.\n");
        return exit_error;
    }
    return take_questionnaire(a);
}

}  // namespace attachscore::cli
