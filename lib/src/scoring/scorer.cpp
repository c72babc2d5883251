#include "attachscore/scorer.hpp"

#include "scoring/scale_move.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>

namespace attachscore {
namespace {

// Two scores this close are equal for a category (means of whole numbers, computed differently).
constexpr double tie_tolerance = 1e-9;

[[noreturn]] void inconsistent(const std::string& what) {
    throw std::invalid_argument("attachscore::scorer: " + what);
}

}  // namespace

bool respondent_scores::all_valid() const noexcept {
    return problems_.empty() &&
           std::all_of(scores_.begin(), scores_.end(),
                       [](const score_value& s) { return s.status == score_status::valid; });
}

std::vector<int> reverse_keyed_items(const instrument& inst) {
    std::vector<int> out;
    for (const auto& it : inst.items)
        for (const auto& def : inst.scores)
            if (std::any_of(def.items.begin(), def.items.end(), [&](const keyed_item& k) {
                    return k.number == it.number && k.reverse;
                })) {
                out.push_back(it.number);
                break;
            }
    return out;
}

bool scorer::already_reversed(int number) const noexcept {
    return std::binary_search(already_reversed_.begin(), already_reversed_.end(), number);
}

scorer::scorer(attachscore::instrument inst, scoring_options options)
    : inst_(std::move(inst)), scale_(inst_.scale), already_reversed_(options.already_reversed) {
    std::sort(already_reversed_.begin(), already_reversed_.end());
    for (int number : already_reversed_)
        if (!inst_.item_index(number))
            inconsistent("item " + std::to_string(number) +
                         " is named as already reversed but the instrument lacks it");
    if (options.administered_scale) {
        overridden_ = options.administered_scale->min != inst_.scale.min ||
                      options.administered_scale->max != inst_.scale.max;
        scale_.min = options.administered_scale->min;
        scale_.max = options.administered_scale->max;
        if (scale_.min >= scale_.max) inconsistent("the administered scale must have min < max");
    }
    if (overridden_) {
        const auto moved = detail::move_to_scale(inst_, {scale_.min, scale_.max});
        bands_moved_ = moved.bands;
        categories_moved_ = moved.categories;
        profile_moved_ = moved.profile;
    }
    const std::size_t n_items = inst_.items.size();
    const std::size_t n_targets = inst_.targets.empty() ? 1 : inst_.targets.size();
    for (std::size_t t = 0; t < n_targets; ++t)
        for (std::size_t i = 0; i < n_items; ++i)
            if (inst_.items[i].kind == item_kind::choice) choice_slots_.push_back(t * n_items + i);

    for (const auto& def : inst_.scores) {
        compiled_score cs{};
        cs.min_answered = static_cast<std::uint32_t>(def.min_answered);
        cs.aggregate = def.aggregate;
        cs.derived = def.derived();
        if (cs.derived) {
            cs.first = static_cast<std::uint32_t>(inputs_.size());
            for (const auto& in : def.inputs) {
                const auto index = inst_.score_index(in.score);
                if (!index || *index >= scores_.size())
                    inconsistent("score \"" + def.id + "\" needs \"" + in.score +
                                 "\" defined before it");
                inputs_.push_back({static_cast<std::uint32_t>(*index), in.weight});
            }
        } else {
            std::size_t target = 0;
            if (!def.target.empty()) {
                auto it =
                    std::find_if(inst_.targets.begin(), inst_.targets.end(),
                                 [&](const attachscore::target& x) { return x.id == def.target; });
                if (it == inst_.targets.end())
                    inconsistent("score \"" + def.id + "\" names an unknown target");
                target = static_cast<std::size_t>(it - inst_.targets.begin());
            }
            cs.first = static_cast<std::uint32_t>(terms_.size());
            for (const auto& k : def.items) {
                const auto index = inst_.item_index(k.number);
                if (!index)
                    inconsistent("score \"" + def.id + "\" uses item " + std::to_string(k.number) +
                                 ", which the instrument lacks");
                // A keyed answer is offset + sign × answer: min + max − x when reversed.
                const bool rev = reverses(k);
                terms_.push_back({static_cast<std::uint32_t>(target * n_items + *index),
                                  rev ? -1.0 : 1.0,
                                  rev ? static_cast<double>(scale_.min + scale_.max) : 0.0});
            }
        }
        cs.count = static_cast<std::uint32_t>(def.parts());
        if (cs.min_answered > cs.count)
            inconsistent("score \"" + def.id + "\" needs more parts than it has");
        scores_.push_back(cs);
    }

    for (const auto& rule : inst_.categories) {
        compiled_category cc;
        const auto index_of = [&](const std::string& id) {
            const auto index = inst_.score_index(id);
            if (!index)
                inconsistent("category \"" + rule.id + "\" names an unknown score \"" + id + "\"");
            return static_cast<std::uint32_t>(*index);
        };
        for (const auto& id : rule.scores)
            cc.candidates.push_back(index_of(id));
        for (const auto& id : rule.inputs)
            cc.inputs.push_back(index_of(id));
        if (cc.candidates.size() > 32)
            inconsistent("category \"" + rule.id + "\" has more than 32 candidates");
        if (rule.method == category_method::quadrants && cc.inputs.size() != 2)
            inconsistent("category \"" + rule.id + "\" needs two inputs");
        for (const auto& f : rule.functions)
            if (f.weights.size() != cc.inputs.size())
                inconsistent("category \"" + rule.id +
                             "\" has a function with the wrong number of weights");
        if (!rule.tie_break.empty()) {
            for (std::size_t k = 0; k < choice_slots_.size(); ++k) {
                const item& it = slot_item(choice_slots_[k]);
                if (it.id != rule.tie_break) continue;
                cc.choice = static_cast<int>(k);
                for (const auto& opt : it.options) {
                    auto c = std::find(rule.scores.begin(), rule.scores.end(), opt.category);
                    cc.choice_to_candidate.push_back(
                        c == rule.scores.end() ? -1 : static_cast<int>(c - rule.scores.begin()));
                }
                break;
            }
            if (cc.choice < 0)
                inconsistent("category \"" + rule.id + "\" names an unknown tie-break choice");
        }
        categories_.push_back(std::move(cc));
        enabled_.push_back(rule.option.empty()
                               ? options.default_categories
                               : std::find(options.classify.begin(), options.classify.end(),
                                           rule.option) != options.classify.end());
    }
}

respondent_scores scorer::make_result() const {
    respondent_scores r;
    r.scores_.resize(scores_.size());
    r.problems_.reserve(answer_count());
    r.choices_.resize(choice_slots_.size(), -1);
    r.categories_.resize(categories_.size());
    return r;
}

void scorer::score(std::span<const double> answers, respondent_scores& out) const {
    score(answers, out, {});
}

namespace {
// For a value already known to lie on the scale: a cast, not a call to floor (which x86-64
// without SSE 4.1 makes a library call).
bool whole(double on_scale) noexcept {
    return on_scale == static_cast<double>(static_cast<long long>(on_scale));
}
}  // namespace

void scorer::score(std::span<const double> answers, respondent_scores& out,
                   std::span<const std::size_t> unreadable) const {
    if (answers.size() != answer_count())
        throw std::invalid_argument("attachscore::scorer::score: expected " +
                                    std::to_string(answer_count()) + " answers, got " +
                                    std::to_string(answers.size()));
    if (out.scores_.size() != scores_.size()) out = make_result();
    out.problems_.clear();

    const double lo = scale_.min;
    const double hi = scale_.max;
    std::size_t next_choice = 0;
    for (std::size_t slot = 0; slot < answers.size(); ++slot) {
        const double a = answers[slot];
        const bool is_choice =
            next_choice < choice_slots_.size() && choice_slots_[next_choice] == slot;
        if (is_choice) {
            int chosen = -1;
            if (!std::isnan(a)) {
                const auto& options = slot_item(slot).options;
                for (std::size_t o = 0; o < options.size(); ++o)
                    if (options[o].code == a) chosen = static_cast<int>(o);
                if (chosen < 0)
                    out.problems_.push_back({slot, a, answer_problem_kind::not_a_choice});
            }
            out.choices_[next_choice++] = chosen;
            continue;
        }
        if (a >= lo && a <= hi) {  // the common case first: one comparison pair, no NaN test
            if (!whole(a))
                out.problems_.push_back({slot, a, answer_problem_kind::not_whole_number});
        } else if (!std::isnan(a)) {
            out.problems_.push_back({slot, a, answer_problem_kind::outside_scale});
        }
    }
    for (auto slot : unreadable)
        out.problems_.push_back({slot, missing, answer_problem_kind::unreadable});
    const bool has_problems = !out.problems_.empty();

    for (std::size_t s = 0; s < scores_.size(); ++s) {
        const compiled_score& cs = scores_[s];
        double sum = 0;
        std::uint32_t answered = 0;
        if (cs.derived) {
            for (std::uint32_t k = cs.first; k < cs.first + cs.count; ++k) {
                const score_value& in = out.scores_[inputs_[k].score];
                if (in.status != score_status::valid) continue;
                sum += inputs_[k].weight * in.value;
                ++answered;
            }
        } else {
            for (std::uint32_t t = cs.first; t < cs.first + cs.count; ++t) {
                const double a = answers[terms_[t].slot];
                // Only answers on the scale count as answered; problems were listed above.
                // Without problems every answer that is not blank is on the scale.
                // Without a branch on the keying or on blanks: random answers mispredict.
                const bool counts = has_problems ? a >= lo && a <= hi && whole(a) : a == a;
                const double keyed = terms_[t].offset + terms_[t].sign * a;
                sum += counts ? keyed : 0.0;
                answered += counts;
            }
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
            if (cs.aggregate == aggregation::mean)
                v.value = mean;
            else
                v.value = answered == cs.count ? sum : mean * cs.count;
        }
    }

    for (std::size_t c = 0; c < categories_.size(); ++c)
        classify(c, out);
}

void scorer::classify(std::size_t c, respondent_scores& out) const {
    const category_rule& rule = inst_.categories[c];
    const compiled_category& cc = categories_[c];
    category_value& v = out.categories_[c];
    v = category_value{};
    if (!enabled_[c]) return;
    const auto valid = [&](std::uint32_t s) {
        return out.scores_[s].status == score_status::valid;
    };
    const auto value = [&](std::uint32_t s) { return out.scores_[s].value; };

    if (rule.method == category_method::highest) {
        if (!std::all_of(cc.candidates.begin(), cc.candidates.end(), valid)) return;
        double best = -std::numeric_limits<double>::infinity();
        for (auto index : cc.candidates)
            best = std::max(best, value(index));
        double second = -std::numeric_limits<double>::infinity();
        v.valid = true;
        for (std::size_t k = 0; k < cc.candidates.size(); ++k) {
            const double x = value(cc.candidates[k]);
            if (x >= best - tie_tolerance)
                v.tied |= 1u << k;
            else
                second = std::max(second, x);
        }
        if ((v.tied & (v.tied - 1)) == 0) {  // one bit: a clear winner
            v.winner = std::countr_zero(v.tied);
            v.tied = 0;
            v.margin = best - second;
        } else if (cc.choice >= 0) {
            const int option = out.choices_[static_cast<std::size_t>(cc.choice)];
            const int chosen =
                option < 0 ? -1 : cc.choice_to_candidate[static_cast<std::size_t>(option)];
            if (chosen >= 0 && (v.tied >> chosen) & 1u) {
                v.winner = chosen;
                v.settled_by_choice = true;
            }
        }
        v.near_boundary = v.margin < rule.near_boundary;
        return;
    }

    // Linear functions, and quadrants at published cuts, belong to the published scale.
    if (overridden_ && !categories_moved_[c]) {
        v.not_applied = true;
        return;
    }
    if (!std::all_of(cc.inputs.begin(), cc.inputs.end(), valid)) return;
    v.valid = true;
    if (rule.method == category_method::quadrants) {
        const double x = value(cc.inputs[0]);
        const double y = value(cc.inputs[1]);
        v.margin = std::min(std::abs(x - rule.cuts[0]), std::abs(y - rule.cuts[1]));
        v.near_boundary = v.margin < rule.near_boundary;
        if (rule.unclassified_at_cut && v.margin == 0) {
            v.unclassified = true;
            return;
        }
        v.winner = (x >= rule.cuts[0] ? 1 : 0) + (y >= rule.cuts[1] ? 2 : 0);
        return;
    }
    // Linear: the highest function wins; the margin is the distance, in the plane of the inputs,
    // to the nearest line where another function would take over.
    const auto f = [&](std::size_t k) {
        double sum = rule.functions[k].constant;
        for (std::size_t i = 0; i < cc.inputs.size(); ++i)
            sum += rule.functions[k].weights[i] * value(cc.inputs[i]);
        return sum;
    };
    std::size_t best = 0;
    for (std::size_t k = 1; k < rule.functions.size(); ++k)
        if (f(k) > f(best)) best = k;
    v.winner = static_cast<int>(best);
    v.margin = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < rule.functions.size(); ++k) {
        if (k == best) continue;
        double norm = 0;
        for (std::size_t i = 0; i < cc.inputs.size(); ++i) {
            const double d = rule.functions[best].weights[i] - rule.functions[k].weights[i];
            norm += d * d;
        }
        if (norm > 0) v.margin = std::min(v.margin, (f(best) - f(k)) / std::sqrt(norm));
    }
    v.near_boundary = v.margin < rule.near_boundary;
}

respondent_scores scorer::score(std::span<const double> answers) const {
    respondent_scores r = make_result();
    score(answers, r);
    return r;
}

std::string explain(const score_value& value, const score_definition& def) {
    const std::string parts = std::to_string(def.parts());
    switch (value.status) {
        case score_status::valid:
            return {};
        case score_status::too_few_answered:
            if (def.derived())
                return std::to_string(value.answered) + " of " + parts + " scores valid; " +
                       (def.min_answered == static_cast<int>(def.parts())
                            ? "all " + parts + " needed"
                            : "at least " + std::to_string(def.min_answered) + " needed");
            return std::to_string(value.answered) + " of " + parts + " answered; at least " +
                   std::to_string(def.min_answered) + " needed";
        case score_status::invalid_answers:
            return "an answer in this row cannot be scored; the row's status says which";
    }
    return {};
}

std::string category_text(const category_value& value, const category_rule& rule) {
    if (!value.valid) return {};
    if (value.unclassified) return "unclassified";
    if (value.winner >= 0) {
        const auto w = static_cast<std::size_t>(value.winner);
        switch (rule.method) {
            case category_method::highest:
                return rule.scores[w];
            case category_method::linear:
                return rule.functions[w].category;
            case category_method::quadrants:
                return rule.cells[w];
        }
    }
    std::string out = "tie:";
    for (std::size_t k = 0; k < rule.scores.size(); ++k)
        if ((value.tied >> k) & 1u) out += (out.size() > 4 ? "+" : "") + rule.scores[k];
    return out;
}

}  // namespace attachscore
