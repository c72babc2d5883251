#include "attachscore/table.hpp"

#include <algorithm>
#include <cmath>
#include <istream>

#include "attachscore/scorer.hpp"
#include "column_mapping.hpp"
#include "csv_reader.hpp"
#include "number_format.hpp"
#include "output_writer.hpp"
#include "text_util.hpp"

namespace attachscore {
namespace {

using detail::trim;

// Cells that mean "not answered": blank, or one of the user's codes (matched as text, ignoring
// case, or as the same number: "-99" matches "-99.0").
class missing_codes {
  public:
    explicit missing_codes(const std::vector<std::string>& codes) {
        for (const auto& c : codes) {
            const auto t = trim(c);
            double v = 0;
            if (detail::parse_number(t, v))
                numbers_.push_back(v);
            else
                texts_.push_back(detail::lower(t));
        }
    }
    [[nodiscard]] bool text_is_missing(std::string_view cell) const {
        if (cell.empty()) return true;
        if (texts_.empty()) return false;
        const std::string l = detail::lower(cell);
        return std::find(texts_.begin(), texts_.end(), l) != texts_.end();
    }
    [[nodiscard]] bool number_is_missing(double v) const {
        return std::find(numbers_.begin(), numbers_.end(), v) != numbers_.end();
    }

  private:
    std::vector<std::string> texts_;
    std::vector<double> numbers_;
};

std::string scale_text(const response_scale& s) {
    return std::to_string(s.min) + "–" + std::to_string(s.max);
}

}  // namespace

result<table_summary> score_table(const instrument& inst, std::istream& in, std::ostream& out,
                                  const table_options& options) {
    const std::string& file = options.input_name;
    if (std::find(inst.languages.begin(), inst.languages.end(), options.language) ==
        inst.languages.end())
        return diagnostics{{{},
                            "instrument " + inst.id + " has no texts in language \"" +
                                options.language +
                                "\"; it has: " + detail::join(inst.languages, ", ") + "."}};

    detail::csv_reader reader(in);
    auto st = reader.next();
    if (st == detail::csv_reader::status::error)
        return diagnostics{{{file, "", reader.error_line(), 0}, reader.error_message() + "."}};
    if (st == detail::csv_reader::status::end)
        return diagnostics{{{file, "", 0, 0},
                            "the input is empty; expected a header row naming the columns, "
                            "then one row per respondent."}};
    std::vector<std::string> header;
    for (std::size_t i = 0; i < reader.field_count(); ++i)
        header.emplace_back(trim(reader.field(i)));

    auto mapped =
        detail::map_columns(inst, header, options.column_pattern, options.id_column, file);
    if (!mapped) return mapped.errors();
    const detail::column_mapping& mapping = mapped.value();

    const scorer sc(inst);
    auto result = sc.make_result();
    const missing_codes codes(options.missing_codes);
    std::vector<double> answers(inst.items.size());
    std::vector<score_value> row_scores(inst.scores.size());
    std::vector<std::string> reasons;
    std::string status;
    std::string id_text;

    auto writer = detail::make_writer(
        options.format, out, inst, mapping.id_column ? header[*mapping.id_column] : std::string(),
        options.language);
    table_summary summary;
    summary.column_pattern = mapping.pattern;
    writer->begin();

    for (;;) {
        st = reader.next();
        if (st == detail::csv_reader::status::end) break;
        if (st == detail::csv_reader::status::error)
            return diagnostics{{{file, "", reader.error_line(), 0}, reader.error_message() + "."}};
        ++summary.rows;
        reasons.clear();
        std::vector<std::string> kinds;  // small; only built for rows with problems
        const std::size_t fields = reader.field_count();
        id_text.clear();
        if (mapping.id_column && *mapping.id_column < fields)
            id_text = std::string(trim(reader.field(*mapping.id_column)));

        if (fields != header.size()) {
            reasons.push_back(std::to_string(fields) + (fields == 1 ? " value" : " values") +
                              " where the header has " + std::to_string(header.size()) +
                              " columns; the row is not scored because its values may be shifted");
            kinds.emplace_back("the wrong number of values");
            for (auto& v : row_scores)
                v = score_value{missing, 0, score_status::invalid_answers};
        } else {
            bool unreadable = false;
            for (std::size_t i = 0; i < answers.size(); ++i) {
                const std::size_t col = mapping.item_columns[i];
                const std::string_view cell = trim(reader.field(col));
                double v = 0;
                if (codes.text_is_missing(cell)) {
                    answers[i] = missing;
                } else if (detail::parse_number(cell, v)) {
                    answers[i] = codes.number_is_missing(v) ? missing : v;
                } else {
                    answers[i] = missing;
                    unreadable = true;
                    reasons.push_back(header[col] + " = \"" + std::string(cell) +
                                      "\" is not a number");
                    kinds.emplace_back("a value that is not a number");
                }
            }
            sc.score(answers, result);
            std::copy(result.scores().begin(), result.scores().end(), row_scores.begin());
            for (const auto& p : result.problems()) {
                std::string value_text;
                detail::append_number(value_text, p.value);
                const std::string& col = header[mapping.item_columns[p.item_index]];
                if (p.kind == answer_problem_kind::outside_scale) {
                    reasons.push_back(col + " = " + value_text + " is outside the scale " +
                                      scale_text(inst.scale));
                    kinds.emplace_back("an answer outside the scale");
                } else {
                    reasons.push_back(col + " = " + value_text +
                                      " is not a whole number on the scale " +
                                      scale_text(inst.scale));
                    kinds.emplace_back("an answer that is not a whole number");
                }
            }
            if (unreadable)
                for (auto& v : row_scores) {
                    v.status = score_status::invalid_answers;
                    v.value = missing;
                }
            for (std::size_t s = 0; s < row_scores.size(); ++s)
                if (row_scores[s].status == score_status::too_few_answered) {
                    reasons.push_back(inst.scores[s].id + ": " +
                                      explain(row_scores[s], inst.scores[s]));
                    kinds.emplace_back("too few items answered");
                }
        }

        if (reasons.empty()) {
            status = "ok";
            ++summary.rows_valid;
        } else {
            status = "line " + std::to_string(reader.line()) + ": " + detail::join(reasons, "; ");
            std::sort(kinds.begin(), kinds.end());
            kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
            for (const auto& k : kinds)
                ++summary.problems[k];
        }
        writer->row({reader.line(), id_text, row_scores, status});
        if (!out) return diagnostics{{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    }
    writer->end();
    if (!out) return diagnostics{{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    return summary;
}

}  // namespace attachscore
