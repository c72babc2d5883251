#include "score_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "cli_support.hpp"
#include "commands.hpp"
#include "flag_words.hpp"

namespace attachscore::cli {
namespace {

// "1-5" or "-3-3" → a scale; nullopt when malformed or not increasing.
std::optional<scale_bounds> parse_scale(const std::string& text) {
    const auto dash = text.find('-', 1);
    if (dash == std::string::npos) return std::nullopt;
    scale_bounds s;
    const auto read = [](std::string_view part, int& out) {
        if (!part.empty() && part.front() == '+') return false;
        const auto res = std::from_chars(part.data(), part.data() + part.size(), out);
        return res.ec == std::errc() && res.ptr == part.data() + part.size();
    };
    const std::string_view all(text);
    if (!read(all.substr(0, dash), s.min) || !read(all.substr(dash + 1), s.max) || s.min >= s.max)
        return std::nullopt;
    return s;
}

std::optional<char> parse_delimiter(const std::string& text) {
    if (text == "comma" || text == ",") return ',';
    if (text == "semicolon" || text == ";") return ';';
    if (text == "tab" || text == "\\t") return '\t';
    return std::nullopt;
}

bool fail(const score_args& a, const std::string& message) {
    eprint("attachscore {}: {}\n", a.command, message);
    return false;
}

// ".sav" for x.SAV: extensions are matched ignoring case.
std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::optional<output_format> format_from(const std::string& format, const std::string& output) {
    if (format == "csv" || format == "sav") return output_format::csv;
    if (format == "jsonl") return output_format::jsonl;
    if (format == "json") return output_format::json;
    if (format == "report") return output_format::report;
    if (!format.empty()) return std::nullopt;
    const std::string ext = lower_extension(output);
    if (ext == ".jsonl" || ext == ".ndjson") return output_format::jsonl;
    if (ext == ".json") return output_format::json;
    return output_format::csv;
}

// How the input is written and the output should be: delimiters, decimal mark, encoding.
bool convert_text_args(score_args& a) {
    auto& t = a.table;
    if (!a.delimiter.empty()) {
        const auto d = parse_delimiter(a.delimiter);
        if (!d)
            return fail(a, fmt::format("--delimiter must be comma, semicolon or tab, not \"{}\".",
                                       a.delimiter));
        t.delimiter = *d;
    }
    if (!a.decimal.empty()) {
        if (a.decimal != "point" && a.decimal != "comma")
            return fail(a, fmt::format("--decimal must be point or comma, not \"{}\".", a.decimal));
        t.decimal = a.decimal == "comma" ? decimal_mark::comma : decimal_mark::point;
        t.output_decimal = a.decimal == "comma" ? ',' : '.';
        if (a.decimal == "comma") t.output_delimiter = ';';  // European spreadsheets
    }
    if (!a.output_delimiter.empty()) {
        const auto d = parse_delimiter(a.output_delimiter);
        if (!d)
            return fail(a, fmt::format("--output-delimiter must be comma, semicolon or tab, not "
                                       "\"{}\".",
                                       a.output_delimiter));
        t.output_delimiter = *d;
    }
    if (!a.encoding.empty()) {
        std::string e = a.encoding;
        std::transform(e.begin(), e.end(), e.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (e == "utf-8" || e == "utf8")
            t.encoding = text_encoding::utf8;
        else if (e == "latin1" || e == "latin-1" || e == "iso-8859-1")
            t.encoding = text_encoding::latin1;
        else if (e == "windows-1252" || e == "cp1252")
            t.encoding = text_encoding::windows1252;
        else
            return fail(a,
                        fmt::format("--encoding must be utf-8, latin1 or windows-1252, not \"{}\".",
                                    a.encoding));
    }
    return true;
}

}  // namespace

std::vector<std::string> split_commas(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) {
        std::size_t start = 0;
        for (;;) {
            const auto comma = v.find(',', start);
            out.push_back(
                v.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return out;
}

bool wants_sav(const score_args& a) {
    return a.format == "sav" || (a.format.empty() && lower_extension(a.output) == ".sav");
}

atomic_output::options output_options(const score_args& a, std::string flag) {
    atomic_output::options out;
    out.mode = a.file_mode;
    out.flag = std::move(flag);
    if (a.answers.empty() && a.input != "-") out.reads.emplace_back(a.input, "the input file");
    if (!a.recode.empty()) out.reads.emplace_back(a.recode, "the recode file");
    if (!a.wording.empty()) out.reads.emplace_back(a.wording, "the wording file");
    if (!a.norms.empty()) out.reads.emplace_back(a.norms, "the norm file");
    return out;
}

bool convert_score_args(score_args& a, std::string_view command) {
    a.command = command;
    auto& t = a.table;
    t.words = &flag_words();
    if (!a.mode.empty()) {
        a.file_mode = parse_mode(a.mode);
        if (!a.file_mode)
            return fail(a,
                        fmt::format("--mode takes permission bits in octal such as 0600 or 0640, "
                                    "not \"{}\".",
                                    a.mode));
        // Scores are personal data and never programs: no execute bits, no writing by others.
        if ((*a.file_mode & 0113) != 0)
            return fail(a,
                        fmt::format("--mode {} would let others write the scores or run them as a "
                                    "program; use a mode such as 0600, 0640 or 0644.",
                                    a.mode));
    }
    if (!a.answers.empty() && a.input != "-")
        return fail(a,
                    "--answers scores answers typed on the command line; leave out the input "
                    "file " +
                        a.input + " (or leave out --answers to score the file).");
    if (!a.answers.empty() && !t.respondent.empty())
        return fail(a,
                    "--answers and --respondent each print one person's report; use one of them.");
    const bool single = !t.respondent.empty() || !a.answers.empty();
    const auto fmt_choice = format_from(a.format.empty() && single ? "report" : a.format, a.output);
    if (!fmt_choice)
        return fail(a, fmt::format("--format must be csv, jsonl, json, report or sav, not \"{}\".",
                                   a.format));
    t.format = *fmt_choice;
    if (t.digits < -1 || t.digits > 15)
        return fail(a,
                    fmt::format("--digits must be a whole number from 0 to 15, not {}.", t.digits));
    if (t.digits >= 0 && t.format != output_format::csv)
        return fail(a,
                    "--digits rounds CSV output; JSON, reports and SPSS files keep every digit.");
    t.report_width = text_width();
    t.missing_codes = split_commas(a.missing);
    t.language = a.lang;
    for (const auto& name : split_commas(a.classify)) {
        if (name == "none")
            t.scoring.default_categories = false;
        else
            t.scoring.classify.push_back(name);
    }
    if (!a.standardize.empty() && a.standardize != "sample")
        return fail(a,
                    fmt::format("--standardize takes \"sample\" (z-scores within this input), not "
                                "\"{}\".",
                                a.standardize));
    t.standardize_sample = !a.standardize.empty();
    t.keep = split_commas(a.keep);
    t.item_columns = split_commas(a.item_columns);
    if (!t.item_columns.empty() && !t.column_pattern.empty())
        return fail(a, "--item-columns names every item's column; leave out --columns.");

    t.protect_formulas = !a.no_formula_protection;
    if (!convert_text_args(a)) return false;
    if (!a.scale.empty()) {
        const auto parsed = parse_scale(a.scale);
        if (!parsed)
            return fail(a,
                        fmt::format("--scale must be two whole numbers such as 1-5 (lowest, then "
                                    "highest answer), not \"{}\".",
                                    a.scale));
        t.scoring.administered_scale = parsed;
    }
    return true;
}

bool apply_instrument_args(score_args& a, const instrument& inst,
                           std::vector<norm_set>& norm_file) {
    auto& t = a.table;
    if (a.already_reversed == "all") {
        t.scoring.already_reversed = reverse_keyed_items(inst);
    } else if (!a.already_reversed.empty()) {
        for (const auto& part : split_commas({a.already_reversed})) {
            int n = 0;
            const auto res = std::from_chars(part.data(), part.data() + part.size(), n);
            if (res.ec != std::errc() || res.ptr != part.data() + part.size())
                return fail(a, fmt::format("--already-reversed takes item numbers such as 9,11,20 "
                                           "or all, not \"{}\".",
                                           a.already_reversed));
            t.scoring.already_reversed.push_back(n);
        }
    }
    if (a.norms.empty()) return true;
    auto bundled = std::find_if(inst.norms.begin(), inst.norms.end(),
                                [&](const norm_set& s) { return s.id == a.norms; });
    if (bundled != inst.norms.end()) {
        t.norms = &*bundled;
        return true;
    }
    if (!std::filesystem::exists(a.norms)) {
        std::string ids;
        for (const auto& s : inst.norms)
            ids += (ids.empty() ? "" : ", ") + s.id;
        eprint("attachscore: \"{}\" is neither a norm set of {} ({}) nor a norm file.\n", a.norms,
               inst.short_name, ids.empty() ? "it bundles none" : "it has " + ids);
        return false;
    }
    auto loaded = load_norm_file(inst, a.norms);
    if (!loaded) {
        print_diagnostics(loaded.errors());
        return false;
    }
    norm_file = std::move(loaded).value();
    if (norm_file.empty()) {
        eprint("attachscore: {} holds no norm set.\n", a.norms);
        return false;
    }
    t.norms = &norm_file.front();
    return true;
}

bool load_recode(score_args& a) {
    if (a.recode.empty()) return true;
    auto loaded = load_recode_file(a.recode);
    if (!loaded) {
        print_diagnostics(loaded.errors());
        return false;
    }
    a.table.recode = std::move(loaded).value();
    return true;
}

}  // namespace attachscore::cli
