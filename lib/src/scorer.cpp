#include "attachscore/scorer.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace attachscore {

bool respondent_scores::all_valid() const noexcept {
    return problems_.empty() &&
           std::all_of(scores_.begin(), scores_.end(),
                       [](const score_value& s) { return s.status == score_status::valid; });
}

scorer::scorer(attachscore::instrument inst) : inst_(std::move(inst)) {
    for (const auto& def : inst_.scores) {
        compiled_score cs{};
        cs.first_term = static_cast<std::uint32_t>(terms_.size());
        cs.term_count = static_cast<std::uint32_t>(def.items.size());
        cs.min_answered = static_cast<std::uint32_t>(def.min_answered);
        cs.aggregate = def.aggregate;
        cs.missing = def.missing;
        for (int number : def.items) {
            const auto index = inst_.item_index(number);
            if (!index)
                throw std::invalid_argument("attachscore::scorer: score \"" + def.id +
                                            "\" uses item " + std::to_string(number) +
                                            ", which the instrument lacks");
            terms_.push_back({static_cast<std::uint32_t>(*index), inst_.items[*index].reverse});
        }
        scores_.push_back(cs);
    }
}

respondent_scores scorer::make_result() const {
    respondent_scores r;
    r.scores_.resize(scores_.size());
    r.problems_.reserve(inst_.items.size());
    return r;
}

void scorer::score(std::span<const double> answers, respondent_scores& out) const {
    if (answers.size() != inst_.items.size())
        throw std::invalid_argument("attachscore::scorer::score: expected " +
                                    std::to_string(inst_.items.size()) + " answers, got " +
                                    std::to_string(answers.size()));
    if (out.scores_.size() != scores_.size()) out.scores_.resize(scores_.size());
    out.problems_.clear();

    const double lo = inst_.scale.min;
    const double hi = inst_.scale.max;
    const double mirror = lo + hi;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const double a = answers[i];
        if (std::isnan(a)) continue;
        if (!(a >= lo && a <= hi))
            out.problems_.push_back({i, a, answer_problem_kind::outside_scale});
        else if (a != std::floor(a))
            out.problems_.push_back({i, a, answer_problem_kind::not_whole_number});
    }
    const bool has_problems = !out.problems_.empty();

    for (std::size_t s = 0; s < scores_.size(); ++s) {
        const compiled_score& cs = scores_[s];
        double sum = 0;
        std::uint32_t answered = 0;
        for (std::uint32_t t = cs.first_term; t < cs.first_term + cs.term_count; ++t) {
            const double a = answers[terms_[t].item_index];
            // Only answers on the scale count as answered; problems were listed above.
            if (!(a >= lo && a <= hi) || a != std::floor(a)) continue;
            sum += terms_[t].reverse ? mirror - a : a;
            ++answered;
        }
        score_value& v = out.scores_[s];
        v.answered = static_cast<int>(answered);
        if (has_problems) {
            v.status = score_status::invalid_answers;
            v.value = missing;
        } else if (answered < cs.min_answered || answered == 0) {
            v.status = score_status::too_few_answered;
            v.value = missing;
        } else {
            v.status = score_status::valid;
            const double mean = sum / answered;
            v.value = cs.aggregate == aggregation::mean
                          ? mean
                          : (answered == cs.term_count ? sum : mean * cs.term_count);
        }
    }
}

respondent_scores scorer::score(std::span<const double> answers) const {
    respondent_scores r = make_result();
    score(answers, r);
    return r;
}

std::string explain(const score_value& value, const score_definition& def) {
    switch (value.status) {
        case score_status::valid:
            return {};
        case score_status::too_few_answered:
            return std::to_string(value.answered) + " of " + std::to_string(def.items.size()) +
                   " answered; at least " + std::to_string(def.min_answered) + " needed";
        case score_status::invalid_answers:
            return "not scored: an answer is not on the scale";
    }
    return {};
}

}  // namespace attachscore
