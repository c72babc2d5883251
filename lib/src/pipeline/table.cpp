#include "attachscore/table.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <istream>
#include <optional>
#include <unordered_map>

#include "attachscore/interpret.hpp"
#include "attachscore/scorer.hpp"
#include "analysis/audit.hpp"
#include "input/column_mapping.hpp"
#include "common/number_format.hpp"
#include "output/output_writer.hpp"
#include "input/row_source.hpp"
#include "common/text_util.hpp"

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

// Answers written as words: the instrument's anchor labels in every language, then the user's
// recodes (which win), matched ignoring case and runs of spaces.
class label_reader {
  public:
    label_reader(const instrument& inst,
                 const std::vector<std::pair<std::string, double>>& recode) {
        for (const auto& a : inst.scale.anchors)
            for (const auto& [lang, text] : a.label)
                map_[key(text)] = a.value;
        for (const auto& [text, value] : recode)
            map_[key(text)] = value;
    }
    [[nodiscard]] bool read(std::string_view cell, double& value) const {
        if (map_.empty()) return false;
        auto it = map_.find(key(cell));
        if (it == map_.end()) return false;
        value = it->second;
        return true;
    }
    static std::string key(std::string_view text) {
        std::string out;
        for (char c : detail::lower(detail::trim(text))) {
            if (c == ' ' || c == '\t') {
                if (!out.empty() && out.back() != ' ') out += ' ';
            } else {
                out += c;
            }
        }
        return out;
    }

  private:
    std::unordered_map<std::string, double> map_;
};

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

// Reads, checks and scores one data row after another, keeping every buffer between rows.
class row_scorer {
    const instrument& inst_;
    const table_options& options_;
    const std::vector<std::string>& header_;
    const detail::column_mapping& mapping_;
    std::optional<std::size_t> group_column_;

  public:
    row_scorer(const instrument& inst, const table_options& options,
               const std::vector<std::string>& header, const detail::column_mapping& mapping,
               std::optional<std::size_t> group_column)
        : inst_(inst),
          options_(options),
          header_(header),
          mapping_(mapping),
          group_column_(group_column),
          sc(inst, options.scoring),
          result(sc.make_result()),
          codes_(options.missing_codes),
          labels_(inst, options.recode),
          scale_(scale_text(sc.scale())),
          answers_(sc.answer_count()),
          all_slots_(answers_.size()) {
        for (std::size_t i = 0; i < all_slots_.size(); ++i)
            all_slots_[i] = i;
        unreadable_.reserve(answers_.size());
        choice_readers_.resize(inst.items.size());
        for (std::size_t i = 0; i < inst.items.size(); ++i)
            if (inst.items[i].kind == item_kind::choice) choice_readers_[i].emplace(inst.items[i]);
    }

    /// Scores the reader's current record into result, id, group, reasons and kinds.
    void score(const detail::row_source& reader) {
        reasons.clear();
        kinds.clear();
        const std::size_t fields = reader.field_count();
        id.clear();
        if (mapping_.id_column && *mapping_.id_column < fields)
            id = std::string(trim(reader.field(*mapping_.id_column)));
        unreadable_.clear();
        if (fields != header_.size()) {
            reasons.push_back(std::to_string(fields) + (fields == 1 ? " value" : " values") +
                              " where the header has " + std::to_string(header_.size()) +
                              " columns; the row is not scored because its values may be shifted");
            kinds.emplace_back("the wrong number of values");
            std::fill(answers_.begin(), answers_.end(), missing);
            unreadable_.assign(all_slots_.begin(), all_slots_.end());
        } else {
            read_answers(reader);
        }
        sc.score(answers_, result, unreadable_);
        describe_problems();
        group = nullptr;
        if (options_.norms) find_group(reader, fields);
    }

    scorer sc;
    respondent_scores result;
    [[nodiscard]] std::span<const double> answers() const noexcept { return answers_; }
    std::string id;
    const norm_group* group = nullptr;
    std::vector<std::string> reasons;
    std::vector<std::string> kinds;

  private:
    void read_answers(const detail::row_source& reader) {
        for (std::size_t slot = 0; slot < answers_.size(); ++slot) {
            const std::size_t col = mapping_.slot_columns[slot];
            answers_[slot] = missing;
            if (col == detail::no_column) continue;
            const std::string_view cell = trim(reader.field(col));
            const auto& choices = choice_readers_[slot % inst_.items.size()];
            double v = 0;
            if (codes_.text_is_missing(cell)) continue;
            if (detail::parse_number(cell, v) ||
                (choices ? choices->read(cell, v) : labels_.read(cell, v))) {
                if (!codes_.number_is_missing(v)) answers_[slot] = v;
                continue;
            }
            unreadable_.push_back(slot);
            if (choices) {
                reasons.push_back(header_[col] + " = \"" + std::string(cell) +
                                  "\" is not one of the choices: " + choices->listing);
                kinds.emplace_back("an answer that is not one of the choices");
            } else {
                reasons.push_back(header_[col] + " = \"" + std::string(cell) +
                                  "\" is not a number");
                kinds.emplace_back("a value that is not a number");
            }
        }
    }

    void describe_problems() {
        for (const auto& p : result.problems()) {
            if (p.kind == answer_problem_kind::unreadable) continue;  // described with its text
            std::string value_text;
            detail::append_number(value_text, p.value);
            const std::string& col = header_[mapping_.slot_columns[p.slot]];
            switch (p.kind) {
                case answer_problem_kind::outside_scale:
                    reasons.push_back(col + " = " + value_text + " is outside the scale " + scale_);
                    kinds.emplace_back("an answer outside the scale");
                    break;
                case answer_problem_kind::not_whole_number:
                    reasons.push_back(col + " = " + value_text +
                                      " is not a whole number on the scale " + scale_);
                    kinds.emplace_back("an answer that is not a whole number");
                    break;
                case answer_problem_kind::not_a_choice:
                    reasons.push_back(col + " = " + value_text + " is not one of the choices: " +
                                      choice_readers_[p.slot % inst_.items.size()]->listing);
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
                    reasons.push_back(inst_.scores[s].id + ": " +
                                      explain(scores[s], inst_.scores[s]));
                    kinds.emplace_back("too few items answered");
                }
    }

    void find_group(const detail::row_source& reader, std::size_t fields) {
        const auto& set = *options_.norms;
        if (!group_column_) {
            group = &set.groups.front();  // a norm set with a single group applies to everyone
            return;
        }
        const std::string_view value =
            *group_column_ < fields ? trim(reader.field(*group_column_)) : std::string_view();
        group = find_norm_group(set, value);
        if (group) return;
        std::vector<std::string> names;
        for (const auto& g : set.groups)
            names.push_back(g.id);
        reasons.push_back(header_[*group_column_] + " = \"" + std::string(value) +
                          "\" names no group of the norms " + set.id + " (" +
                          detail::join(names, ", ") + "), so no norm scores");
        kinds.emplace_back("no norm group");
    }

    missing_codes codes_;
    label_reader labels_;
    std::string scale_;
    std::vector<std::optional<choice_reader>> choice_readers_;
    std::vector<double> answers_;
    std::vector<std::size_t> unreadable_;
    std::vector<std::size_t> all_slots_;
};

diagnostics check_options(const instrument& inst, const table_options& options) {
    diagnostics out;
    if (std::find(inst.languages.begin(), inst.languages.end(), options.language) ==
        inst.languages.end())
        out.push_back({{},
                       "instrument " + inst.id + " has no texts in language \"" + options.language +
                           "\"; it has: " + detail::join(inst.languages, ", ") + "."});
    if (const auto& s = options.scoring.administered_scale; s && s->min >= s->max)
        out.push_back({{},
                       "the administered scale " + std::to_string(s->min) + "-" +
                           std::to_string(s->max) + " must go from a lower to a higher number."});
    std::vector<std::string> offered;
    for (const auto& rule : inst.categories)
        if (!rule.option.empty()) offered.push_back(rule.option);
    for (const auto& name : options.scoring.classify)
        if (std::find(offered.begin(), offered.end(), name) == offered.end())
            out.push_back(
                {{},
                 "--classify " + name + " is not offered for " + inst.short_name + "; " +
                     (offered.empty() ? std::string("it offers no optional classification.")
                                      : "it offers: " + detail::join(offered, ", ") + ".")});
    if (options.norms && options.norms->groups.size() > 1 && options.norm_group_column.empty()) {
        std::vector<std::string> names;
        for (const auto& g : options.norms->groups)
            names.push_back(g.id);
        out.push_back({{},
                       "the norms " + options.norms->id + " are given by group (" +
                           detail::join(names, ", ") +
                           "); name the column that holds each respondent's group with "
                           "--norm-group COLUMN."});
    }
    if (!options.respondent.empty() && options.id_column.empty())
        out.push_back({{}, "--respondent needs --id-column, the column that holds the ids."});
    if (!options.norm_group_column.empty() && !options.norms)
        out.push_back({{}, "--norm-group needs norms; choose them with --norms."});
    return out;
}

// Welford's running mean and variance of each score over the valid rows.
struct running_stats {
    std::size_t n = 0;
    double mean = 0;
    double m2 = 0;
    void add(double x) {
        ++n;
        const double d = x - mean;
        mean += d / static_cast<double>(n);
        m2 += d * (x - mean);
    }
    [[nodiscard]] double sd() const {
        return n > 1 ? std::sqrt(m2 / static_cast<double>(n - 1)) : 0;
    }
};

}  // namespace

result<table_summary> score_table(const instrument& inst, std::istream& in, std::ostream& out,
                                  const table_options& options) {
    const std::string& file = options.input_name;
    if (auto problems = check_options(inst, options); !problems.empty()) return problems;

    detail::row_source reader(in, options.delimiter, file);
    if (auto problems = reader.open(); !problems.empty()) return problems;
    const std::vector<std::string>& header = reader.header();

    auto mapped =
        detail::map_columns(inst, header, options.column_pattern, options.id_column, file);
    if (!mapped) return mapped.errors();
    const detail::column_mapping& mapping = mapped.value();
    std::optional<std::size_t> group_column;
    if (!options.norm_group_column.empty()) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (detail::normalize_name(header[i]) ==
                detail::normalize_name(options.norm_group_column))
                group_column = i;
        if (!group_column)
            return diagnostics{{{file, "", 1, 0},
                                "there is no norm-group column \"" + options.norm_group_column +
                                    "\". The header has: " + detail::list_some(header, 12) + "."}};
    }

    row_scorer rows(inst, options, header, mapping, group_column);
    detail::output_context context;
    context.sc = &rows.sc;
    context.id_name = mapping.id_column ? header[*mapping.id_column] : std::string();
    context.language = options.language;
    context.interpretations = options.interpretations;
    context.norms = options.norms;

    if (options.standardize_sample) {
        // First pass: each score's mean and SD over this input's valid rows; then read it again.
        std::vector<running_stats> stats(inst.scores.size());
        while (reader.next()) {
            rows.score(reader);
            for (std::size_t s = 0; s < stats.size(); ++s)
                if (rows.result.scores()[s].status == score_status::valid)
                    stats[s].add(rows.result.scores()[s].value);
        }
        if (!reader.error().empty()) return reader.error();
        for (const auto& s : stats)
            context.sample.emplace_back(s.mean, s.sd());
        if (!reader.rewind())
            return diagnostics{{{file, "", 0, 0},
                                "--standardize sample reads the input twice, and this input "
                                "cannot be read again; give a file."}};
    }

    // Input columns carried to the output: those named, or every column that is not an answer.
    std::vector<std::size_t> kept;
    if (options.keep_all) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            const bool answer = std::find(mapping.slot_columns.begin(), mapping.slot_columns.end(),
                                          i) != mapping.slot_columns.end();
            if (!answer && mapping.id_column != i) kept.push_back(i);
        }
    }
    for (const auto& name : options.keep) {
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < header.size(); ++i)
            if (detail::normalize_name(header[i]) == detail::normalize_name(name)) found = i;
        if (!found)
            return diagnostics{{{file, "", 1, 0},
                                "there is no column \"" + name + "\" to keep. The header has: " +
                                    detail::list_some(header, 12) + "."}};
        if (std::find(kept.begin(), kept.end(), *found) == kept.end()) kept.push_back(*found);
    }
    for (auto i : kept)
        context.kept_names.push_back(header[i]);
    context.protect_formulas = options.protect_formulas;
    std::vector<std::string_view> kept_values(kept.size());

    std::vector<std::string> slot_names;
    for (auto col : mapping.slot_columns)
        slot_names.push_back(col == detail::no_column ? std::string() : header[col]);
    detail::audit checks(rows.sc, slot_names);
    std::optional<std::size_t> hints_column;
    if (!options.hints_by.empty()) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (detail::normalize_name(header[i]) == detail::normalize_name(options.hints_by))
                hints_column = i;
        if (!hints_column)
            return diagnostics{{{file, "", 1, 0},
                                "there is no column \"" + options.hints_by +
                                    "\" to group hints by. The header has: " +
                                    detail::list_some(header, 12) + "."}};
        checks.set_group_name(header[*hints_column]);
    }

    auto writer = detail::make_writer(options.format, out, std::move(context));
    table_summary summary;
    summary.column_pattern = mapping.pattern;
    if (reader.delimiter() != ',')
        summary.notes.push_back(std::string("columns are separated by ") +
                                (reader.delimiter() == ';' ? "semicolons" : "tabs"));
    if (reader.qualtrics())
        summary.notes.push_back(
            "a Qualtrics export: its question-text and ImportId rows (lines 2 and 3) were skipped");
    std::unordered_map<std::string, std::size_t> first_line_of_id;
    std::size_t duplicate_ids = 0;
    writer->begin();
    std::string status;
    while (reader.next()) {
        rows.score(reader);
        if (!options.respondent.empty() && rows.id != options.respondent) continue;
        ++summary.rows;
        checks.add(rows.answers(), rows.result,
                   hints_column && *hints_column < reader.field_count()
                       ? trim(reader.field(*hints_column))
                       : std::string_view());
        if (mapping.id_column && !rows.id.empty()) {
            auto [it, fresh] = first_line_of_id.emplace(rows.id, reader.line());
            if (!fresh && ++duplicate_ids <= 5)
                summary.warnings.push_back("id \"" + rows.id + "\" appears on line " +
                                           std::to_string(it->second) + " and again on line " +
                                           std::to_string(reader.line()));
        }
        if (rows.reasons.empty()) {
            status = "ok";
            ++summary.rows_valid;
        } else {
            status =
                "line " + std::to_string(reader.line()) + ": " + detail::join(rows.reasons, "; ");
            if (options.strict)
                return diagnostics{
                    {{file, "", reader.line(), 0},
                     detail::join(rows.reasons, "; ") +
                         " (--strict stops at the first row that cannot be scored)."}};
            auto& kinds = rows.kinds;
            std::sort(kinds.begin(), kinds.end());
            kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
            for (const auto& k : kinds)
                ++summary.problems[k];
        }
        for (std::size_t k = 0; k < kept.size(); ++k)
            kept_values[k] =
                kept[k] < reader.field_count() ? trim(reader.field(kept[k])) : std::string_view();
        writer->row({reader.line(), rows.id, &rows.result, rows.group, kept_values, status});
        if (!out) return diagnostics{{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    }
    if (!reader.error().empty()) return reader.error();
    writer->end();
    if (!out) return diagnostics{{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    if (!options.respondent.empty() && summary.rows == 0)
        return diagnostics{{{file, "", 0, 0},
                            "no row has the id \"" + options.respondent + "\" in column \"" +
                                options.id_column + "\"."}};
    if (duplicate_ids > 5)
        summary.warnings.push_back("… " + std::to_string(duplicate_ids - 5) + " more repeated ids");
    if (duplicate_ids > 0)
        summary.warnings.insert(
            summary.warnings.begin(),
            std::to_string(duplicate_ids) + " row" + (duplicate_ids == 1 ? " has" : "s have") +
                " an id that an earlier row already has; every row is scored, but check for "
                "duplicate submissions");
    summary.hints = checks.hints();
    return summary;
}

result<std::vector<std::pair<std::string, double>>> load_recode_file(
    const std::filesystem::path& path) {
    const std::string file = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) return diagnostics{{{file, "", 0, 0}, "cannot open this recode file for reading."}};
    detail::csv_reader reader(in, 0);
    std::vector<std::pair<std::string, double>> out;
    diagnostics problems;
    if (reader.next() != detail::csv_reader::status::record)
        return diagnostics{{{file, "", 0, 0},
                            "the recode file is empty; expected a header row (answer,value) and "
                            "one row per answer."}};
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
        else if (!detail::parse_number(detail::trim(reader.field(1)), v))
            problems.push_back({{file, "", reader.line(), 2},
                                "\"" + std::string(reader.field(1)) + "\" is not a number."});
        else if (detail::trim(reader.field(0)).empty())
            problems.push_back({{file, "", reader.line(), 1}, "the answer text is empty."});
        else
            out.emplace_back(std::string(detail::trim(reader.field(0))), v);
    }
    if (!problems.empty()) return problems;
    return out;
}

}  // namespace attachscore
