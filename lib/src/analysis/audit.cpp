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
    : sc_(sc),
      columns_(std::move(columns)),
      settings_(std::move(settings)),
      stats_(columns_.size()),
      order_(sc) {
    sums_ = make_sums();
    // Each score's items as answer positions and keyings, found once rather than on every row.
    const auto& inst = sc_.definition();
    for (const auto& def : inst.scores) {
        std::vector<keyed_slot> slots;
        for (const auto& k : def.items)
            slots.push_back({target_of(inst, def) * inst.items.size() + *inst.item_index(k.number),
                             sc_.reverses(k), k.reverse});
        slots_.push_back(std::move(slots));
    }
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
    order_.add(answers, result);
    per_score* grouped = nullptr;
    if (grouping) {
        auto [it, fresh] = by_group_.try_emplace(std::string(group));
        if (fresh) it->second = make_sums();
        grouped = &it->second;
    }
    add_correlations(answers, sums_, grouped);
}

namespace {
void add_sums(std::vector<pair_sums>& to, const std::vector<pair_sums>& from) {
    for (std::size_t i = 0; i < to.size(); ++i)
        to[i].add(from[i]);
}
}  // namespace

void audit::add_sums_of(per_score& to, const per_score& from) {
    for (std::size_t s = 0; s < to.size(); ++s) {
        add_sums(to[s].item_rest, from[s].item_rest);
        add_sums(to[s].item_other_side, from[s].item_other_side);
        to[s].reversed_vs_direct.add(from[s].reversed_vs_direct);
    }
}

void audit::merge(const audit& other) {
    for (std::size_t c = 0; c < stats_.size(); ++c) {
        auto& to = stats_[c];
        const auto& from = other.stats_[c];
        if (from.numbers) {
            to.min = to.numbers ? std::min(to.min, from.min) : from.min;
            to.max = to.numbers ? std::max(to.max, from.max) : from.max;
        }
        to.numbers += from.numbers;
        to.outside += from.outside;
        to.below += from.below;
        for (const auto& [group, n] : from.outside_by_group)
            to.outside_by_group[group] += n;
    }
    add_sums_of(sums_, other.sums_);
    order_.merge(other.order_);
    too_many_groups_ = too_many_groups_ || other.too_many_groups_;
    for (const auto& [group, sums] : other.by_group_) {
        if (too_many_groups_) break;
        auto [it, fresh] = by_group_.try_emplace(group, sums);
        if (!fresh) add_sums_of(it->second, sums);
        too_many_groups_ = by_group_.size() > max_groups;
    }
    if (too_many_groups_) {  // as add() does when a group past the limit appears
        by_group_.clear();
        for (auto& st : stats_)
            st.outside_by_group.clear();
    }
    zero_rows_ += other.zero_rows_;
    respondents_ += other.respondents_;
    top_in_scale_ = std::max(top_in_scale_, other.top_in_scale_);
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
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        const auto& def = inst.scores[s];
        if (def.derived() || def.items.size() < 3) continue;
        keyed_.clear();
        double total = 0, reversed = 0, direct = 0;
        std::size_t n_reversed = 0;
        bool complete = true;
        for (const auto& k : slots_[s]) {
            const double a = answers[k.slot];
            if (std::isnan(a)) {
                complete = false;
                break;
            }
            const double x = k.reverses ? lo + hi - a : a;
            keyed_.push_back(x);
            total += x;
            (k.declared_reverse ? reversed : direct) += x;
            n_reversed += k.declared_reverse;
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
