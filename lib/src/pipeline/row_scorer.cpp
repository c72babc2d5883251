#include "pipeline/row_scorer.hpp"

#include <algorithm>

#include "attachscore/interpret.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"

namespace attachscore::detail {

namespace {
constexpr std::size_t max_words = 1000;  // distinct words remembered for the summary

std::string scale_text(const response_scale& s) {
    return std::to_string(s.min) + "–" + std::to_string(s.max);
}
}  // namespace

row_scorer::row_scorer(const instrument& inst, const table_options& options,
                       const std::vector<std::string>& header, const column_mapping& mapping,
                       std::optional<std::size_t> group_column, char delimiter)
    : inst_(inst),
      options_(options),
      header_(header),
      mapping_(mapping),
      group_column_(group_column),
      decimal_commas_(options.decimal == decimal_mark::comma ||
                      (options.decimal == decimal_mark::automatic && delimiter != ',')),
      sc_(inst, options.scoring),
      result_(sc_.make_result()),
      codes_(options.missing_codes),
      labels_(inst, options.recode),
      scale_(scale_text(sc_.scale())),
      answers_(sc_.answer_count()),
      all_slots_(answers_.size()),
      ids_(mapping.id_columns.size()),
      english_(options.language != "es") {
    for (std::size_t i = 0; i < all_slots_.size(); ++i)
        all_slots_[i] = i;
    unreadable_.reserve(answers_.size());
    choice_readers_.resize(inst.items.size());
    for (std::size_t i = 0; i < inst.items.size(); ++i)
        if (inst.items[i].kind == item_kind::choice) choice_readers_[i].emplace(inst.items[i]);
}

void row_scorer::score(const row_view& row) {
    read(row);
    sc_.score(answers_, result_, unreadable_);
    describe_problems();
    group_ = nullptr;
    if (options_.norms) find_group(row, row.field_count());
}

void row_scorer::read(const row_view& row) {
    reasons_.clear();
    reasons_en_.clear();
    kinds_.clear();
    unreadable_.clear();
    const std::size_t fields = row.field_count();
    id_.clear();
    for (std::size_t k = 0; k < ids_.size(); ++k) {
        const std::size_t col = mapping_.id_columns[k];
        ids_[k] = col < fields ? trim(row.field(col)) : std::string_view();
        if (k) id_ += '/';
        id_ += ids_[k];
    }
    if (fields != header_.size()) {
        row_reason r;
        r.kind = row_problem::wrong_value_count;
        r.values = fields;
        r.columns = header_.size();
        add_reason(r);
        std::fill(answers_.begin(), answers_.end(), missing);
        unreadable_.assign(all_slots_.begin(), all_slots_.end());
        blank_ = 0;
    } else {
        read_answers(row);
    }
}

std::vector<row_problem> row_scorer::kinds() const {
    auto out = kinds_;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool row_scorer::read_number(std::string_view cell, double& v) {
    if (parse_number(cell, v)) return true;
    if (decimal_commas_ && parse_decimal_comma(cell, v)) {
        decimal_comma_seen_ = true;
        return true;
    }
    return false;
}

void row_scorer::note_word(std::string_view cell, std::size_t count) {
    auto it = words_.find(cell);
    if (it != words_.end())
        it->second += count;
    else if (words_.size() < max_words)
        words_.emplace(std::string(cell), count);
}

void row_scorer::merge_from(const row_scorer& other) {
    decimal_comma_seen_ = decimal_comma_seen_ || other.decimal_comma_seen_;
    for (const auto& [word, count] : other.words_)
        note_word(word, count);
}

void row_scorer::read_answers(const row_view& row) {
    blank_ = 0;
    for (std::size_t slot = 0; slot < answers_.size(); ++slot) {
        const std::size_t col = mapping_.slot_columns[slot];
        answers_[slot] = missing;
        if (col == no_column) {
            ++blank_;
            continue;
        }
        const std::string_view cell = trim(row.field(col));
        const auto& choices = choice_readers_[slot % inst_.items.size()];
        double v = 0;
        if (codes_.text_is_missing(cell)) {
            ++blank_;
            continue;
        }
        if (read_number(cell, v) || (choices ? choices->read(cell, v) : labels_.read(cell, v))) {
            if (!codes_.number_is_missing(v))
                answers_[slot] = v;
            else
                ++blank_;
            continue;
        }
        unreadable_.push_back(slot);
        if (!choices) note_word(cell);
        const std::string column = printable(header_[col]), value = printable(cell);
        row_reason r;
        r.kind = choices ? row_problem::not_a_choice : row_problem::not_a_number;
        r.column = column;
        r.value = value;
        r.quoted = true;
        if (choices) r.detail = choices->listing;
        add_reason(r);
    }
}

void row_scorer::describe_problems() {
    for (const auto& p : result_.problems()) {
        if (p.kind == answer_problem_kind::unreadable) continue;  // described with its text
        std::string value_text;
        append_number(value_text, p.value);
        const std::string col = printable(header_[mapping_.slot_columns[p.slot]]);
        row_reason r;
        r.kind = row_problem::outside_scale;
        r.column = col;
        r.value = value_text;
        r.detail = scale_;
        if (p.kind == answer_problem_kind::not_whole_number) r.kind = row_problem::not_whole_number;
        if (p.kind == answer_problem_kind::not_a_choice) {
            r.kind = row_problem::not_a_choice;
            r.detail = choice_readers_[p.slot % inst_.items.size()]->listing;
        }
        add_reason(r);
    }
    const auto scores = result_.scores();
    if (result_.problems().empty())
        for (std::size_t s = 0; s < scores.size(); ++s)
            if (scores[s].status == score_status::too_few_answered) {
                reasons_.push_back(inst_.scores[s].id + ": " +
                                   explain(scores[s], inst_.scores[s], options_.language));
                if (!english_)
                    reasons_en_.push_back(inst_.scores[s].id + ": " +
                                          explain(scores[s], inst_.scores[s]));
                kinds_.push_back(row_problem::too_few_answered);
            }
}

void row_scorer::add_reason(const row_reason& r) {
    reasons_.push_back(row_reason_text(r, options_.language));
    if (!english_) reasons_en_.push_back(row_reason_text(r, "en"));
    kinds_.push_back(r.kind);
}

void row_scorer::find_group(const row_view& row, std::size_t fields) {
    const auto& set = *options_.norms;
    if (!group_column_) {
        group_ = &set.groups.front();  // a norm set with a single group applies to everyone
        return;
    }
    const std::string_view value =
        *group_column_ < fields ? trim(row.field(*group_column_)) : std::string_view();
    group_ = find_norm_group(set, value);
    if (group_) return;
    std::vector<std::string> names;
    for (const auto& g : set.groups)
        names.push_back(g.id);
    const std::string column = printable(header_[*group_column_]), shown = printable(value),
                      groups = join(names, ", ");
    row_reason r;
    r.kind = row_problem::no_norm_group;
    r.column = column;
    r.value = shown;
    r.quoted = true;
    r.detail = groups;
    r.norms = set.id;
    add_reason(r);
}

}  // namespace attachscore::detail
