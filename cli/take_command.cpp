// attachscore take: one person (or, with --repeat, one after another) answers a questionnaire in
// the terminal, one item at a time, and sees their report; with --save the answers are appended
// to a CSV that `score` reads. Standard input is read a line at a time, so a script (or a test)
// can answer too. Nothing leaves the machine.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
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
    bool repeat = false;
};

// Text from the instrument or a wording file, safe to print: control characters (which could
// retitle or clear the terminal) are shown as \xNN; line breaks are kept.
std::string safe(std::string_view text) {
    std::string out;
    for (std::size_t at = 0; at <= text.size();) {
        const auto end = std::min(text.find('\n', at), text.size());
        out += printable(text.substr(at, end - at));
        if (end < text.size()) out += '\n';
        at = end + 1;
    }
    return out;
}

struct asking {
    const instrument& inst;
    const std::string& lang;
    answer_input& input;
    [[nodiscard]] std::string say(
        take_message m, std::initializer_list<std::pair<const char*, std::string>> v = {}) const {
        return take_text(m, lang, v);
    }
    [[nodiscard]] std::size_t width() const {
        return std::min<std::size_t>(input.size().width, 100);
    }
};

void show(const question& q, std::size_t total, const asking& a) {
    const auto width = a.width();
    fmt::print("\n{}\n",
               safe(a.say(take_message::question_heading, {{"i", std::to_string(q.number)},
                                                           {"n", std::to_string(total)},
                                                           {"name", a.inst.short_name},
                                                           {"item", std::to_string(q.item)}})));
    if (!q.target.empty())
        fmt::print("{}\n", safe(a.say(take_message::about, {{"target", q.target}})));
    fmt::print("{}\n", wrap_text(safe(q.text.empty() ? a.say(take_message::item_without_wording,
                                                             {{"item", std::to_string(q.item)}})
                                                     : q.text),
                                 0, width));
    // On one line when it fits ("1 = Strongly disagree   2   3 … 7 = Strongly agree"), else one
    // answer per line, each wrapped.
    std::string line;
    for (const auto& [key, label] : q.options)
        line += "  " + safe(key) + (label.empty() ? "" : " = " + safe(label)) + " ";
    if (line.size() <= width) {
        fmt::print("{}\n", line.substr(0, line.find_last_not_of(' ') + 1));
        return;
    }
    for (const auto& [key, label] : q.options)
        fmt::print("{}\n", wrap_text(fmt::format("{:>3}  {}", safe(key), safe(label)), 5, width));
}

std::string default_person(std::size_t number) {
    const std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "take-%Y%m%d-%H%M%S", std::localtime(&now));
    return number == 0 ? stamp : fmt::format("{}-{}", stamp, number);
}

// Whether every answer of every question is one character (a key), as on every built-in scale.
bool single_key_answers(const instrument& inst) {
    administration probe(inst, "en");
    for (; !probe.finished(); probe.skip())
        for (const auto& option : probe.current().options)
            if (option.first.size() != 1) return false;
    return true;
}

// Asks every question; false when the input ends before the last.
bool ask_all(administration& session, const asking& a) {
    while (!session.finished()) {
        show(session.current(), session.size(), a);
        fmt::print("{}", a.say(take_message::prompt));
        std::fflush(stdout);
        const auto typed = a.input.next();
        if (!typed) return false;
        if (*typed == "<") {
            if (!session.back()) fmt::print("{}\n", a.say(take_message::first_question));
        } else if (*typed == ">") {
            session.skip();
        } else if (auto why = session.answer(*typed); !why.empty()) {
            fmt::print("{}.\n", why);
        }
    }
    return true;
}

// On a terminal: a screenful at a time, so that the start of a long report stays readable.
void page(const std::string& text, const asking& a) {
    const auto height = a.input.size().height;
    if (height == 0 || !a.input.keys()) {
        fmt::print("{}", text);
        return;
    }
    std::size_t lines = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto end = std::min(text.find('\n', at), text.size() - 1);
        fmt::print("{}", text.substr(at, end - at + 1));
        at = end + 1;
        if (++lines == height - 2 && at < text.size()) {
            fmt::print("{}", a.say(take_message::more));
            std::fflush(stdout);
            if (!a.input.wait()) return;
            fmt::print("\r\x1b[2K");
            lines = 0;
        }
    }
}

void clear_screen(const answer_input& input) {
    // The previous person's answers and report, scrollback too.
    if (input.keys()) fmt::print("\x1b[H\x1b[2J\x1b[3J");
}

void introduce(const take_args& a, const asking& ask) {
    const auto width = ask.width();
    const auto n = std::to_string(ask.inst.answer_count());
    fmt::print(
        "{}\n{}\n", safe(ask.inst.name),
        wrap_text(ask.say(ask.input.keys() ? take_message::intro_keys : take_message::intro_lines,
                          {{"n", n}}),
                  0, width));
    if (a.wording.empty() && !ask.inst.items.front().text) {
        const auto& c = ask.inst.cite;
        fmt::print(
            "{}\n",
            wrap_text(safe(ask.say(
                          take_message::no_wording,
                          {{"cite", c.authors + " (" + std::to_string(c.year) + "), " + c.source},
                           {"template", "'attachscore wording-template " + ask.inst.id + "'"},
                           {"flag", "--wording"}})),
                      0, width));
    }
}

// One person: the questions, the report, the saved row. False when the input ended.
bool one_person(const take_args& a, const asking& ask, std::optional<answers_file>& file,
                const std::string& person, bool& failed) {
    clear_screen(ask.input);
    introduce(a, ask);
    administration session(ask.inst, a.lang);
    if (!ask_all(session, ask)) {
        fmt::print("\n{}\n", ask.say(take_message::stopped));
        return false;
    }
    const scorer sc(ask.inst);
    const auto scores = sc.score(session.answers());
    report_options ro;
    ro.language = a.lang;
    ro.width = ask.width();
    ro.id = person;
    ro.answers = session.answers();
    page("\n" + safe(render_report(sc, scores, ro)), ask);
    if (!file) return true;
    if (const auto why = file->append(person, session.answers()); !why.empty()) {
        eprint("attachscore: {}\n",
               ask.say(take_message::row_not_saved, {{"why", why.front().message}}));
        failed = true;
        return false;
    }
    // Not wrapped: the path stays whole for copying.
    eprint("attachscore: {}\n",
           ask.say(take_message::saved, {{"file", a.save}, {"id", printable(person)}}));
    return true;
}

int take_questionnaire(const take_args& a) {
    const auto inst = instrument_with_wording(a.common, a.id, a.lang, a.wording, "take");
    if (!inst) return exit_error;
    if (a.repeat && !a.person.empty()) {
        eprint(
            "attachscore take: --id names one person; --repeat asks one after another, each "
            "saved with an id of their own: give one or the other.\n");
        return exit_error;
    }
    // The file is opened before the first question, so that nobody answers for nothing.
    std::optional<answers_file> file;
    bool created = false;
    if (!a.save.empty()) {
        std::error_code ec;
        created = !std::filesystem::exists(a.save, ec);
        auto opened = answers_file::open(a.save, *inst);
        if (!opened) {
            eprint("attachscore: {}\n", take_text(take_message::not_saved, a.lang,
                                                  {{"why", opened.errors().front().message}}));
            return exit_error;
        }
        file = std::move(opened).value();
        const auto& rows = file->rows();
        if (!a.person.empty() && std::any_of(rows.begin(), rows.end(),
                                             [&](const auto& r) { return r.id == a.person; })) {
            eprint(
                "attachscore take: {} already holds respondent \"{}\"; give another --id (each "
                "person once, so that 'report --respondent' finds one).\n",
                a.save, printable(a.person));
            return exit_error;
        }
    }
    answer_input input(single_key_answers(*inst));
    const asking ask{*inst, a.lang, input};
    bool failed = false;
    std::size_t saved = 0;
    for (std::size_t n = a.repeat ? 1 : 0;; ++n) {
        const auto person = a.person.empty() ? default_person(n) : a.person;
        if (!one_person(a, ask, file, person, failed)) break;
        ++saved;
        if (!a.repeat) break;
        fmt::print("\n{}\n", wrap_text(ask.say(take_message::next_person), 0, ask.width()));
        std::fflush(stdout);
        if (!input.wait()) break;
    }
    // A file made for this run and left without answers is not left behind.
    if (file && created && saved == 0 && !failed && file->rows().empty()) {
        file.reset();
        std::filesystem::remove(a.save);
    }
    return failed ? exit_error : exit_ok;
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
                 "the respondent id saved with the answers (default: take- and the time)")(
        "repeat", po::bool_switch(&a.repeat),
        "one person after another (a class at one computer): the screen is cleared between "
        "them; Ctrl-C ends");
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
                   "(or letter) of your answer; < (or Backspace, or the left arrow) goes back, >\n"
                   "(or the right arrow) skips, Ctrl-C stops without saving. Then shows your\n"
                   "report. Answers never leave this computer. From a script or a pipe, answers\n"
                   "are read one per line.",
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
