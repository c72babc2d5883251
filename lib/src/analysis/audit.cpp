#include "analysis/audit.hpp"

#include <algorithm>
#include <cmath>

namespace attachscore::detail {

namespace {
// Which target's answers an item score reads (0 when the instrument has no targets).
std::size_t target_of(const instrument& inst, const score_definition& def) {
    for (std::size_t t = 0; t < inst.targets.size(); ++t)
        if (inst.targets[t].id == def.target) return t;
    return 0;
}
}  // namespace

audit::audit(const scorer& sc, std::vector<std::string> columns, audit_settings settings)
    : sc_(sc), columns_(std::move(columns)), settings_(settings), stats_(columns_.size()) {
    sums_ = make_sums();
}

audit::per_score audit::make_sums() const {
    per_score out;
    for (const auto& def : sc_.definition().scores) {
        const std::size_t n = def.derived() ? 0 : def.items.size();
        out.push_back({std::vector<pair_sums>(n), std::vector<pair_sums>(n), {}});
    }
    return out;
}

const std::string& audit::column_of(std::size_t score, const keyed_item& k) const {
    const auto& inst = sc_.definition();
    const std::size_t target = target_of(inst, inst.scores[score]);
    return columns_[target * inst.items.size() + *inst.item_index(k.number)];
}

void audit::add(std::span<const double> answers, const respondent_scores& result,
                std::string_view group) {
    // A row of zeros is one hint of its own (0 meaning "not answered"), not 36 answers off the
    // scale.
    std::size_t answered = 0, zeros = 0;
    for (std::size_t slot = 0; slot < answers.size(); ++slot) {
        if (std::isnan(answers[slot]) || sc_.slot_item(slot).kind != item_kind::rating) continue;
        ++answered;
        zeros += answers[slot] == 0;
    }
    if (answered > 0 && zeros == answered && sc_.scale().min > 0) {
        ++zero_rows_;
        return;
    }
    if (!group_name_.empty() && !too_many_groups_ && !by_group_.count(std::string(group)) &&
        by_group_.size() >= max_groups) {
        // A column with thousands of values (an id?) says nothing about where problems sit.
        too_many_groups_ = true;
        by_group_.clear();
        for (auto& st : stats_)
            st.outside_by_group.clear();
    }
    const bool grouping = !group_name_.empty() && !too_many_groups_;
    add_columns(answers, grouping ? group : std::string_view(), grouping);
    if (!result.problems().empty()) return;
    per_score* grouped = nullptr;
    if (grouping) {
        auto [it, fresh] = by_group_.try_emplace(std::string(group));
        if (fresh) it->second = make_sums();
        grouped = &it->second;
    }
    add_correlations(answers, sums_, grouped);
}

void audit::add_columns(std::span<const double> answers, std::string_view group, bool grouping) {
    const double lo = sc_.scale().min;
    const double hi = sc_.scale().max;
    const auto& published = sc_.definition().scale;
    bool on_published = false;
    for (std::size_t slot = 0; slot < answers.size(); ++slot) {
        const double a = answers[slot];
        if (std::isnan(a) || sc_.slot_item(slot).kind != item_kind::rating) continue;
        auto& st = stats_[slot];
        st.min = st.numbers ? std::min(st.min, a) : a;
        st.max = st.numbers ? std::max(st.max, a) : a;
        ++st.numbers;
        st.below += a == published.min - 1;
        if (a >= published.min && a <= published.max) {
            on_published = true;
            top_in_scale_ = std::max(top_in_scale_, a);
        }
        if (a < lo || a > hi) {
            ++st.outside;
            if (grouping) ++st.outside_by_group[std::string(group)];
        }
    }
    respondents_ += on_published;
}

// Item–rest correlations and the reverse-keyed items against the others, on rows where the
// score's items are all answered; keyed as the scorer keys them.
void audit::add_correlations(std::span<const double> answers, per_score& sums, per_score* grouped) {
    const double lo = sc_.scale().min;
    const double hi = sc_.scale().max;
    const auto& inst = sc_.definition();
    const std::size_t n_items = inst.items.size();
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        const auto& def = inst.scores[s];
        if (def.derived() || def.items.size() < 3) continue;
        const std::size_t target = target_of(inst, def);
        keyed_.clear();
        double total = 0, reversed = 0, direct = 0;
        std::size_t n_reversed = 0;
        bool complete = true;
        for (const auto& k : def.items) {
            const double a = answers[target * n_items + *inst.item_index(k.number)];
            if (std::isnan(a)) {
                complete = false;
                break;
            }
            const double x = sc_.reverses(k) ? lo + hi - a : a;
            keyed_.push_back(x);
            total += x;
            (k.reverse ? reversed : direct) += x;
            n_reversed += k.reverse;
        }
        if (!complete) continue;
        const bool mixed = n_reversed > 0 && n_reversed < keyed_.size();
        const double reversed_mean = mixed ? reversed / static_cast<double>(n_reversed) : 0;
        const double direct_mean =
            mixed ? direct / static_cast<double>(keyed_.size() - n_reversed) : 0;
        const auto add_to = [&](score_sums& to) {
            for (std::size_t i = 0; i < keyed_.size(); ++i) {
                to.item_rest[i].add(keyed_[i], total - keyed_[i]);
                if (mixed)
                    to.item_other_side[i].add(keyed_[i],
                                              def.items[i].reverse ? direct_mean : reversed_mean);
            }
            if (mixed) to.reversed_vs_direct.add(reversed_mean, direct_mean);
        };
        add_to(sums[s]);
        if (grouped) add_to((*grouped)[s]);
    }
}

}  // namespace attachscore::detail
