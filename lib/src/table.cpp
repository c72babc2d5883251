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

// How a choice item's answers may be written: its codes, categories, aliases and labels.
struct choice_reader {
    std::vector<std::pair<std::string, int>> names;  ///< lower-case text → code
    std::string listing;                             ///< for messages: "1 = secure (A), …"

    explicit choice_reader(const item& it) {
        for (const auto& opt : it.options) {
            names.emplace_back(detail::lower(opt.category), opt.code);
            for (const auto& a : opt.aliases)
                names.emplace_back(detail::lower(a), opt.code);
            for (const auto& [lang, text] : opt.label)
                names.emplace_back(detail::lower(text), opt.code);
            if (!listing.empty()) listing += ", ";
            listing += std::to_string(opt.code) + " = " + opt.category;
            if (!opt.aliases.empty()) listing += " (" + detail::join(opt.aliases, ", ") + ")";
        }
    }
    [[nodiscard]] bool read(std::string_view cell, double& code) const {
        const std::string l = detail::lower(cell);
        for (const auto& [name, c] : names)
            if (name == l) {
                code = c;
                return true;
            }
        return false;
    }
};

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
    if (const auto& s = options.scoring.administered_scale; s && s->min >= s->max)
        return diagnostics{{{},
                            "the administered scale " + std::to_string(s->min) + "-" +
                                std::to_string(s->max) +
                                " must go from a lower to a higher number."}};

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

    const scorer sc(inst, options.scoring);
    const std::string scale = scale_text(sc.scale());
    auto result = sc.make_result();
    const missing_codes codes(options.missing_codes);
    std::vector<std::optional<choice_reader>> choice_readers(inst.items.size());
    for (std::size_t i = 0; i < inst.items.size(); ++i)
        if (inst.items[i].kind == item_kind::choice) choice_readers[i].emplace(inst.items[i]);
    std::vector<double> answers(sc.answer_count());
    std::vector<std::size_t> unreadable;
    unreadable.reserve(answers.size());
    std::vector<std::size_t> all_slots(answers.size());
    for (std::size_t i = 0; i < all_slots.size(); ++i)
        all_slots[i] = i;
    std::vector<std::string> reasons;
    std::string status;
    std::string id_text;

    auto writer = detail::make_writer(
        options.format, out, sc, mapping.id_column ? header[*mapping.id_column] : std::string(),
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

        unreadable.clear();
        if (fields != header.size()) {
            reasons.push_back(std::to_string(fields) + (fields == 1 ? " value" : " values") +
                              " where the header has " + std::to_string(header.size()) +
                              " columns; the row is not scored because its values may be shifted");
            kinds.emplace_back("the wrong number of values");
            std::fill(answers.begin(), answers.end(), missing);
            unreadable.assign(all_slots.begin(), all_slots.end());
        } else {
            for (std::size_t slot = 0; slot < answers.size(); ++slot) {
                const std::size_t col = mapping.slot_columns[slot];
                answers[slot] = missing;
                if (col == detail::no_column) continue;
                const std::string_view cell = trim(reader.field(col));
                const auto& choices = choice_readers[slot % inst.items.size()];
                double v = 0;
                if (codes.text_is_missing(cell)) continue;
                if (detail::parse_number(cell, v) || (choices && choices->read(cell, v))) {
                    if (!codes.number_is_missing(v)) answers[slot] = v;
                    continue;
                }
                unreadable.push_back(slot);
                if (choices) {
                    reasons.push_back(header[col] + " = \"" + std::string(cell) +
                                      "\" is not one of the choices: " + choices->listing);
                    kinds.emplace_back("an answer that is not one of the choices");
                } else {
                    reasons.push_back(header[col] + " = \"" + std::string(cell) +
                                      "\" is not a number");
                    kinds.emplace_back("a value that is not a number");
                }
            }
        }
        sc.score(answers, result, unreadable);
        for (const auto& p : result.problems()) {
            if (p.kind == answer_problem_kind::unreadable)
                continue;  // described above, with its text
            std::string value_text;
            detail::append_number(value_text, p.value);
            const std::string& col = header[mapping.slot_columns[p.slot]];
            switch (p.kind) {
                case answer_problem_kind::outside_scale:
                    reasons.push_back(col + " = " + value_text + " is outside the scale " + scale);
                    kinds.emplace_back("an answer outside the scale");
                    break;
                case answer_problem_kind::not_whole_number:
                    reasons.push_back(col + " = " + value_text +
                                      " is not a whole number on the scale " + scale);
                    kinds.emplace_back("an answer that is not a whole number");
                    break;
                case answer_problem_kind::not_a_choice:
                    reasons.push_back(col + " = " + value_text + " is not one of the choices: " +
                                      choice_readers[p.slot % inst.items.size()]->listing);
                    kinds.emplace_back("an answer that is not one of the choices");
                    break;
                case answer_problem_kind::unreadable:
                    break;
            }
        }
        const auto scores = result.scores();
        if (result.problems().empty())
            for (std::size_t s = 0; s < scores.size(); ++s)
                if (scores[s].status == score_status::too_few_answered) {
                    reasons.push_back(inst.scores[s].id + ": " +
                                      explain(scores[s], inst.scores[s]));
                    kinds.emplace_back("too few items answered");
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
        writer->row({reader.line(), id_text, &result, status});
        if (!out) return diagnostics{{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    }
    writer->end();
    if (!out) return diagnostics{{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    return summary;
}

}  // namespace attachscore
