// Answers written as words: the recode file that maps them to numbers, and the words an export
// holds that still need one.
#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <tuple>

#include "attachscore/table.hpp"
#include "common/file_util.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"
#include "input/answer_cells.hpp"
#include "input/column_mapping.hpp"
#include "input/csv_reader.hpp"
#include "input/row_source.hpp"
#include "pipeline/row_scorer.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore {

namespace {

// Without the header its first line would be lost as one, silently.
std::optional<diagnostic> header_problem(const detail::csv_reader& reader,
                                         const std::string& file) {
    if (reader.field_count() == 2 && detail::lower(detail::trim(reader.field(0))) == "answer" &&
        detail::lower(detail::trim(reader.field(1))) == "value")
        return std::nullopt;
    std::string first;
    for (std::size_t i = 0; i < reader.field_count(); ++i)
        first += (i ? "," : "") + std::string(reader.field(i));
    return diagnostic{{file, "", 1, 0},
                      "the first line must be the header answer,value; it is \"" + first +
                          "\". Add the header line (attachscore recode-template writes a file to "
                          "fill in)."};
}

}  // namespace

result<std::vector<std::pair<std::string, double>>> load_recode_file(
    const std::filesystem::path& path) {
    const std::string file = path.string();
    auto text = detail::read_regular_file(path, "a recode file");
    if (!text) return text.errors();
    std::istringstream in(std::move(text).value());
    detail::csv_reader reader(in, 0);
    std::vector<std::pair<std::string, double>> out;
    diagnostics problems;
    std::map<std::string, std::tuple<std::size_t, double>> seen;  // answer as matched → line, value
    if (reader.next() != detail::csv_reader::status::record)
        return diagnostics{{{file, "", 0, 0},
                            "the recode file is empty; expected a header row (answer,value) and "
                            "one row per answer."}};
    if (auto problem = header_problem(reader, file)) return diagnostics{*std::move(problem)};
    for (;;) {
        const auto st = reader.next();
        if (st == detail::csv_reader::status::end) break;
        if (st == detail::csv_reader::status::error)
            return diagnostics{{{file, "", reader.error_line(), 0}, reader.error_message() + "."}};
        double v = 0;
        if (reader.field_count() != 2)
            problems.push_back({{file, "", reader.line(), 0},
                                "expected two values, the answer as written and its "
                                "number; found " +
                                    std::to_string(reader.field_count()) + "."});
        else if (detail::trim(reader.field(1)).empty())
            problems.push_back({{file, "", reader.line(), 2},
                                "there is no value for \"" +
                                    std::string(detail::trim(reader.field(0))) +
                                    "\": fill in the number this answer stands for."});
        else if (!detail::parse_number(detail::trim(reader.field(1)), v))
            problems.push_back({{file, "", reader.line(), 2},
                                "\"" + std::string(reader.field(1)) + "\" is not a number."});
        else if (detail::trim(reader.field(0)).empty())
            problems.push_back({{file, "", reader.line(), 1}, "the answer text is empty."});
        else if (double n = 0; detail::parse_number(detail::trim(reader.field(0)), n))
            problems.push_back({{file, "", reader.line(), 1},
                                "\"" + std::string(detail::trim(reader.field(0))) +
                                    "\" is a number, which is read as itself and never recoded; "
                                    "remove this line."});
        else if (auto [it, fresh] =
                     seen.try_emplace(detail::label_reader::key(reader.field(0)), reader.line(), v);
                 !fresh && std::get<1>(it->second) != v)
            problems.push_back({{file, "", reader.line(), 1},
                                "\"" + std::string(detail::trim(reader.field(0))) + "\" is " +
                                    detail::number_text(v) + " here but " +
                                    detail::number_text(std::get<1>(it->second)) + " on line " +
                                    std::to_string(std::get<0>(it->second)) +
                                    " (answers match ignoring case and spaces); keep one."});
        else
            out.emplace_back(std::string(detail::trim(reader.field(0))), v);
    }
    if (!problems.empty()) return problems;
    return out;
}

result<std::vector<std::pair<std::string, std::size_t>>> find_answer_words(
    const instrument& inst, table_input in, const table_options& options) {
    const std::string& file = options.input_name;
    if (auto problems = detail::check_options(inst, options); !problems.empty()) return problems;
    detail::row_source reader(in, options.delimiter, file, options.encoding);
    if (auto problems = reader.open(); !problems.empty()) return problems;
    auto mapped =
        detail::map_columns(inst, reader.header(), detail::choice_of(options, false), file);
    if (!mapped) return mapped.errors();
    detail::row_scorer rows(inst, options, reader.header(), mapped.value(), std::nullopt,
                            reader.delimiter());
    while (reader.next())
        rows.score(reader.current());
    if (!reader.error().empty()) return reader.error();
    std::vector<std::pair<std::string, std::size_t>> out(rows.words().begin(), rows.words().end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::string recode_template(const std::vector<std::pair<std::string, std::size_t>>& words) {
    std::string out = "answer,value\n";
    for (const auto& [word, count] : words) {
        detail::append_csv_field(out, word);
        out += ",\n";
    }
    return out;
}

}  // namespace attachscore
