// What attachscore score says on standard error once the output is written: notes, warnings,
// hints, the counts by kind of problem, the first problems, and words that need a recode file.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>

#include "cli_support.hpp"
#include "commands.hpp"
#include "score_summary.hpp"

namespace attachscore::cli {

namespace {

using word_counts = std::vector<std::pair<std::string, std::size_t>>;

std::string listing(const word_counts& words) {
    std::string listed;
    const std::size_t shown = std::min<std::size_t>(words.size(), 5);
    for (std::size_t i = 0; i < shown; ++i)
        listed +=
            fmt::format("{}\"{}\" ({})", i ? ", " : "", printable(words[i].first), words[i].second);
    if (words.size() > shown) listed += fmt::format(" and {} more", words.size() - shown);
    return listed;
}

void print_missing_codes(const word_counts& codes, const std::string& prefix) {
    std::vector<std::string> names;
    for (const auto& [word, n] : codes)
        names.push_back(printable(word));
    eprint(
        "attachscore: {}cells such as {} look like a code for \"not answered\"; those rows are "
        "not scored now. If that is what the code means, score with --missing {}.\n",
        prefix, listing(codes), fmt::join(names, ","));
}

void print_words(const table_summary& s, const score_args& a, const instrument& inst,
                 const std::string& prefix) {
    word_counts codes, words;
    for (const auto& w : s.words)
        (missing_code(w.first) ? codes : words).push_back(w);
    if (!codes.empty()) print_missing_codes(codes, prefix);
    if (words.empty()) return;
    const std::string listed = listing(words);
    const std::string input = a.input == "-" ? "FILE" : a.input;
    const std::string& first = words.front().first;
    const bool comma_number = a.decimal == "point" && first.find(',') != std::string::npos &&
                              first.find_first_not_of("0123456789,-") == std::string::npos;
    if (comma_number) {
        eprint(
            "attachscore: {}answers such as \"{}\" are numbers with a decimal comma, which "
            "--decimal point refuses; leave out --decimal point (or give --decimal comma).\n",
            prefix, printable(first));
        return;
    }
    eprint(
        "attachscore: {}answers written as words that are not {}'s anchor labels: {}. Map "
        "them to numbers in a recode file, a CSV with the header answer,value and a line "
        "such as \"{},5\": 'attachscore recode-template {} {}' writes one with every word "
        "found; fill in the values and score with --recode FILE.\n",
        prefix, inst.short_name, listed, printable(first), inst.id, printable(input));
}

}  // namespace

void print_messages(const table_summary& s, const std::string& prefix) {
    for (const auto& note : s.notes)
        eprint("attachscore: {}note: {}.\n", prefix, printable(note));
    for (const auto& warning : s.warnings)
        eprint("attachscore: {}warning: {}.\n", prefix, printable(warning));
    for (const auto& hint : s.hints)
        eprint("attachscore: {}hint: {}\n", prefix, printable(hint));
}

int print_summary(const table_summary& s, const score_args& a, const instrument& inst,
                  const std::string& prefix) {
    const std::size_t not_valid = s.rows - s.rows_valid;
    std::string details;
    for (const auto& [kind, count] : s.problems)
        details += fmt::format("{}{} with {}", details.empty() ? "" : ", ", count, kind);
    std::string scale_note;
    if (const auto& sc = a.table.scoring.administered_scale;
        sc && (sc->min != inst.scale.min || sc->max != inst.scale.max))
        scale_note = fmt::format("; answers on {}–{}, not the published {}–{}, so no bands",
                                 sc->min, sc->max, inst.scale.min, inst.scale.max);
    eprint("attachscore: {}scored {} row{} of {} with {} (item columns {}{}): {} valid", prefix,
           s.rows, s.rows == 1 ? "" : "s", a.table.input_name, inst.short_name, s.column_pattern,
           scale_note, s.rows_valid);
    if (not_valid == 0)
        eprint(".\n");
    else
        eprint(", {} not valid: {}. The status column says why.\n", not_valid, details);
    if (s.skipped_empty > 0)
        eprint("attachscore: {}{} row{} with every item blank left out (--skip-empty).\n", prefix,
               s.skipped_empty, s.skipped_empty == 1 ? "" : "s");
    if (!s.first_problems.empty()) {
        eprint("attachscore: {}the first {}:\n", prefix,
               s.first_problems.size() == 1 ? "row not valid" : "rows not valid");
        for (const auto& p : s.first_problems)
            eprint("  {}\n", printable(p));
    }
    print_words(s, a, inst, prefix);
    return not_valid == 0 ? exit_ok : exit_rows_not_valid;
}

}  // namespace attachscore::cli
