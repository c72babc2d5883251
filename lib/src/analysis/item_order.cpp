#include "analysis/item_order.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/correlation.hpp"

namespace attachscore::detail {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::size_t target_of(const instrument& inst, const score_definition& def) {
    for (std::size_t t = 0; t < inst.targets.size(); ++t)
        if (inst.targets[t].id == def.target) return t;
    return 0;
}

// A judged arrangement: the mean keyed item–rest r, and the items (by scale and position in it)
// that correlate clearly more with another scale.
struct judgement {
    double fit = nan;
    std::vector<std::pair<std::size_t, std::size_t>> elsewhere;
};

}  // namespace

item_order_check::item_order_check(const scorer& sc) : sc_(sc) {
    column_of_slot_.assign(sc.answer_count(), static_cast<std::size_t>(-1));
    for (std::size_t slot = 0; slot < sc.answer_count(); ++slot)
        if (sc.slot_item(slot).kind == item_kind::rating) {
            column_of_slot_[slot] = slots_.size();
            slots_.push_back(slot);
        }
    const auto& inst = sc.definition();
    for (std::size_t s = 0; s < inst.scores.size(); ++s)
        if (!inst.scores[s].derived() && inst.scores[s].items.size() >= 3) scales_.push_back(s);
    row_.resize(slots_.size());
    sums_ = covariance_sums(slots_.size(), (sc.scale().min + sc.scale().max) / 2.0);
}

void item_order_check::add(std::span<const double> answers, const respondent_scores& result) {
    if (scales_.size() < 2 || !result.problems().empty()) return;
    for (std::size_t c = 0; c < slots_.size(); ++c) {
        row_[c] = answers[slots_[c]];
        if (std::isnan(row_[c])) return;
    }
    sums_.add(row_);
}

void item_order_check::merge(const item_order_check& other) {
    sums_.merge(other.sums_);
}

order_arrangement item_order_check::declared(bool reversed_export) const {
    const auto& inst = sc_.definition();
    order_arrangement out;
    for (auto s : scales_) {
        const auto& def = inst.scores[s];
        const std::size_t target = target_of(inst, def);
        std::vector<order_term> terms;
        for (const auto& k : def.items) {
            const bool reverse = sc_.reverses(k) != (reversed_export && k.reverse);
            terms.push_back(
                {column_of_slot_[target * inst.items.size() + *inst.item_index(k.number)],
                 reverse ? -1.0 : 1.0});
        }
        out.push_back(std::move(terms));
    }
    return out;
}

// In an order that shows item positions[p − 1] at position p, item n is in the column read as
// the item numbered p.
order_arrangement item_order_check::reordered(const std::vector<int>& positions) const {
    const auto& inst = sc_.definition();
    order_arrangement out;
    for (auto s : scales_) {
        const auto& def = inst.scores[s];
        const std::size_t target = target_of(inst, def);
        std::vector<order_term> terms;
        for (const auto& k : def.items) {
            int read_as = k.number;
            for (std::size_t p = 0; p < positions.size(); ++p)
                if (positions[p] == k.number) read_as = static_cast<int>(p + 1);
            const auto index = inst.item_index(read_as);
            if (!index) return {};
            const bool reverse = k.reverse != sc_.already_reversed(read_as);
            terms.push_back(
                {column_of_slot_[target * inst.items.size() + *index], reverse ? -1.0 : 1.0});
        }
        out.push_back(std::move(terms));
    }
    return out;
}

// In an order known only by each position's scale and keying, position p is the column read as
// the p-th item.
order_arrangement item_order_check::by_position(const item_order_variant& order) const {
    const auto& inst = sc_.definition();
    order_arrangement out;
    for (auto s : scales_) {
        const auto scale = order.scales.find(inst.scores[s].id);
        if (scale == order.scales.end()) return {};
        std::vector<order_term> terms;
        for (int p : scale->second) {
            const bool reverse =
                std::find(order.reversed.begin(), order.reversed.end(), p) != order.reversed.end();
            terms.push_back(
                {column_of_slot_[static_cast<std::size_t>(p - 1)], reverse ? -1.0 : 1.0});
        }
        out.push_back(std::move(terms));
    }
    return out;
}

order_arrangement item_order_check::with_data_signs(const std::vector<double>& cov) const {
    auto a = declared(false);
    const std::size_t k = slots_.size();
    for (auto& terms : a)
        for (int round = 0; round < 10; ++round) {
            bool changed = false;
            for (auto& t : terms) {
                double with_rest = 0;
                for (const auto& u : terms)
                    if (&u != &t) with_rest += u.sign * cov[t.column * k + u.column];
                const double sign = with_rest < 0 ? -1.0 : 1.0;
                changed = changed || sign != t.sign;
                t.sign = sign;
            }
            if (!changed) break;
        }
    return a;
}

namespace {

// From the covariances of the columns: per scale, each column's covariance with the scale's keyed
// sum, and the sum's variance; then each item against the rest of its scale and against the
// other scales.
judgement judge(const order_arrangement& scales, const std::vector<double>& cov, std::size_t k,
                double n, double tail) {
    const std::size_t m = scales.size();
    std::vector<std::vector<double>> with(m, std::vector<double>(k, 0));
    std::vector<double> var(m, 0);
    for (std::size_t s = 0; s < m; ++s) {
        for (std::size_t c = 0; c < k; ++c)
            for (auto [col, sign] : scales[s])
                with[s][c] += sign * cov[c * k + col];
        for (auto [col, sign] : scales[s])
            var[s] += sign * with[s][col];
    }
    const double z_needed = normal_upper_quantile(tail);
    judgement out;
    double fit = 0, items = 0;
    for (std::size_t s = 0; s < m; ++s)
        for (std::size_t i = 0; i < scales[s].size(); ++i) {
            const auto [col, sign] = scales[s][i];
            const double vi = cov[col * k + col];
            const double item_rest = sign * with[s][col] - vi;
            const double var_rest = var[s] - 2 * sign * with[s][col] + vi;
            if (!(vi > 0) || !(var_rest > 0)) continue;
            const double own = item_rest / std::sqrt(vi * var_rest);
            fit += own, items += 1;
            for (std::size_t t = 0; t < m; ++t) {
                if (t == s || !(var[t] > 0)) continue;
                const double other = sign * with[t][col] / std::sqrt(vi * var[t]);
                double rest_other = -sign * with[t][col];
                for (auto [tcol, tsign] : scales[t])
                    rest_other += tsign * with[s][tcol];
                const double r12 = rest_other / std::sqrt(var_rest * var[t]);
                if (other > 0 && dependent_r_z(other, own, r12, n) > z_needed) {
                    out.elsewhere.emplace_back(s, i);
                    break;
                }
            }
        }
    if (items > 0) out.fit = fit / items;
    return out;
}

}  // namespace

item_order_finding item_order_check::verdict() const {
    item_order_finding out;
    out.rows = sums_.n();
    for (auto s : scales_)
        out.items += sc_.definition().scores[s].items.size();
    if (scales_.size() < 2 || out.rows < order_min_rows) return out;
    out.evaluated = true;
    const auto cov = sums_.covariance();
    const std::size_t k = slots_.size();
    const double n = static_cast<double>(out.rows);
    const double tail = 0.025 / static_cast<double>(out.items * (scales_.size() - 1));
    // The instrument's order as the run keys it, or with the export's reversals undone: the
    // better of the two is what another order has to beat (a reversed export has its own check).
    auto as_keyed = judge(declared(false), cov, k, n, tail);
    const auto reversed = judge(declared(true), cov, k, n, tail);
    if (reversed.fit > as_keyed.fit) as_keyed = reversed;
    out.fit_declared = as_keyed.fit;
    const auto& inst = sc_.definition();
    for (std::size_t o = 0; o < inst.other_orders.size(); ++o) {
        const auto& order = inst.other_orders[o];
        const auto a = order.by_position() ? by_position(order) : reordered(order.positions);
        if (a.empty()) continue;
        const auto j = judge(a, cov, k, n, tail);
        if (j.fit >= out.fit_declared + order_fit_margin &&
            (out.better_order < 0 || j.fit > out.fit_better)) {
            out.better_order = static_cast<int>(o);
            out.fit_better = j.fit;
        }
    }
    // Keys chosen from the data fit noise too: on random answers their mean item–rest r is
    // about 0.8 / √n. Only a fit far better than the instrument's keys, and far above that, counts.
    out.fit_data_keys = judge(with_data_signs(cov), cov, k, n, tail).fit;
    out.keys_do_not_fit = out.better_order < 0 &&
                          out.fit_data_keys >= out.fit_declared + order_fit_margin &&
                          out.fit_data_keys > 4 / std::sqrt(n);
    for (auto [s, i] : as_keyed.elsewhere) {
        const auto& def = inst.scores[scales_[s]];
        out.elsewhere.push_back({def.items[i].number, def.target});
    }
    return out;
}

}  // namespace attachscore::detail
