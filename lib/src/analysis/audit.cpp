#include "analysis/audit.hpp"

#include <cmath>
#include <cstdio>

#include "common/number_format.hpp"

namespace attachscore::detail {

namespace {
// Which target's answers an item score reads (0 when the instrument has no targets).
std::size_t target_of(const instrument& inst, const score_definition& def) {
    for (std::size_t t = 0; t < inst.targets.size(); ++t)
        if (inst.targets[t].id == def.target) return t;
    return 0;
}

std::string number(double v) {
    std::string s;
    append_number(s, v);
    return s;
}
}  // namespace

void audit::item_rest::add(double xv, double rv) {
    n += 1;
    x += xv;
    xx += xv * xv;
    r += rv;
    rr += rv * rv;
    xr += xv * rv;
}

void audit::item_rest::add(const item_rest& o) {
    n += o.n;
    x += o.x;
    xx += o.xx;
    r += o.r;
    rr += o.rr;
    xr += o.xr;
}

double audit::item_rest::correlation() const {
    if (n < 2) return std::nan("");
    const double cov = xr / n - (x / n) * (r / n);
    const double vx = xx / n - (x / n) * (x / n);
    const double vr = rr / n - (r / n) * (r / n);
    if (vx <= 0 || vr <= 0) return std::nan("");
    return cov / std::sqrt(vx * vr);
}

audit::audit(const scorer& sc, std::vector<std::string> columns)
    : sc_(sc), columns_(std::move(columns)), stats_(columns_.size()) {
    for (const auto& def : sc.definition().scores)
        item_rest_.emplace_back(def.derived() ? 0 : def.items.size());
}

void audit::add(std::span<const double> answers, const respondent_scores& result,
                std::string_view group) {
    const double lo = sc_.scale().min;
    const double hi = sc_.scale().max;
    // A row of zeros is one hint of its own (0 meaning "not answered"), not 36 answers off the
    // scale.
    std::size_t answered = 0, zeros = 0;
    for (std::size_t slot = 0; slot < answers.size(); ++slot) {
        if (std::isnan(answers[slot]) || sc_.slot_item(slot).kind != item_kind::rating) continue;
        ++answered;
        zeros += answers[slot] == 0;
    }
    if (answered > 0 && zeros == answered && lo > 0) {
        ++zero_rows_;
        return;
    }
    for (std::size_t slot = 0; slot < answers.size(); ++slot) {
        const double a = answers[slot];
        if (std::isnan(a) || sc_.slot_item(slot).kind != item_kind::rating) continue;
        auto& st = stats_[slot];
        st.min = st.numbers ? std::min(st.min, a) : a;
        st.max = st.numbers ? std::max(st.max, a) : a;
        ++st.numbers;
        if (a < lo || a > hi) {
            ++st.outside;
            if (!group_name_.empty()) ++st.outside_by_group[std::string(group)];
        }
    }
    if (!result.problems().empty()) return;

    // Item–rest correlations, on rows where the score's items are all answered.
    const auto& inst = sc_.definition();
    const std::size_t n_items = inst.items.size();
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        const auto& def = inst.scores[s];
        if (def.derived() || def.items.size() < 3) continue;
        const std::size_t target = target_of(inst, def);
        keyed_.clear();
        bool complete = true;
        for (const auto& k : def.items) {
            const double a = answers[target * n_items + *inst.item_index(k.number)];
            if (std::isnan(a)) complete = false;
            keyed_.push_back(k.reverse ? lo + hi - a : a);
        }
        if (!complete) continue;
        double total = 0;
        for (double x : keyed_)
            total += x;
        std::vector<item_rest>* grouped = nullptr;
        if (!group_name_.empty()) {
            auto& per_score = by_group_[std::string(group)];
            if (per_score.empty())
                for (const auto& d : inst.scores)
                    per_score.emplace_back(d.derived() ? 0 : d.items.size());
            grouped = &per_score[s];
        }
        for (std::size_t i = 0; i < keyed_.size(); ++i) {
            item_rest_[s][i].add(keyed_[i], total - keyed_[i]);
            if (grouped) (*grouped)[i].add(keyed_[i], total - keyed_[i]);
        }
    }
}

// ", 47 of them at Site = Serbia" when one group holds most of a column's problems.
std::string audit::where(const column_stats& st) const {
    if (group_name_.empty() || st.outside_by_group.empty()) return {};
    auto top = st.outside_by_group.begin();
    for (auto it = st.outside_by_group.begin(); it != st.outside_by_group.end(); ++it)
        if (it->second > top->second) top = it;
    if (top->second * 2 < st.outside) return {};  // spread out: no one place to point at
    return ", " +
           (top->second == st.outside ? std::string("all")
                                      : std::to_string(top->second) + " of them") +
           " at " + group_name_ + " = " + (top->first.empty() ? "(blank)" : top->first);
}

std::vector<std::string> audit::hints() const {
    std::vector<std::string> out;
    const auto& scale = sc_.scale();
    const std::string range = std::to_string(scale.min) + "–" + std::to_string(scale.max);
    // Columns with some answers off the scale are listed together, with where they sit.
    std::vector<std::string> partial;
    std::string partial_where;
    bool same_where = true;
    double partial_min = 0, partial_max = 0;
    std::size_t partial_total = 0;
    for (std::size_t slot = 0; slot < stats_.size(); ++slot) {
        const auto& st = stats_[slot];
        if (st.outside == 0 || columns_[slot].empty()) continue;
        if (st.outside == st.numbers) {
            out.push_back(
                "every answer in " + columns_[slot] + " is outside the scale " + range +
                " (answers from " + number(st.min) + " to " + number(st.max) +
                "): was the question given on another scale (see --scale), or coded differently?");
            continue;
        }
        const std::string w = where(st);
        if (partial.empty()) {
            partial_where = w;
            partial_min = st.min;
            partial_max = st.max;
        }
        same_where = same_where && w == partial_where;
        partial_min = std::min(partial_min, st.min);
        partial_max = std::max(partial_max, st.max);
        partial_total += st.outside;
        partial.push_back(columns_[slot] + " (" + std::to_string(st.outside) + ")");
    }
    if (partial.size() == 1)
        out.push_back(partial.front() + " has answers outside the scale " + range +
                      " (answers from " + number(partial_min) + " to " + number(partial_max) + ")" +
                      partial_where + "; those rows are not scored.");
    else if (!partial.empty())
        out.push_back(std::to_string(partial_total) + " answers in " +
                      std::to_string(partial.size()) + " columns are outside the scale " + range +
                      " (answers from " + number(partial_min) + " to " + number(partial_max) + ")" +
                      (same_where ? partial_where : std::string()) +
                      "; those rows are not scored: " +
                      [&] {
                          std::string list;
                          for (const auto& p : partial)
                              list += (list.empty() ? "" : ", ") + p;
                          return list;
                      }() +
                      ".");
    if (zero_rows_ > 0)
        out.push_back(
            std::to_string(zero_rows_) + (zero_rows_ == 1 ? " row has" : " rows have") +
            " 0 in every answered item: if 0 means \"not answered\" here, score with --missing 0.");
    const auto& inst = sc_.definition();
    for (std::size_t s = 0; s < item_rest_.size(); ++s) {
        const auto& def = inst.scores[s];
        const std::size_t target = target_of(inst, def);
        const auto column = [&](const keyed_item& k) -> const std::string& {
            return columns_[target * inst.items.size() + *inst.item_index(k.number)];
        };
        std::vector<std::size_t> negative;
        std::vector<double> r_of(item_rest_[s].size(), 0);
        for (std::size_t i = 0; i < item_rest_[s].size(); ++i) {
            const auto& ir = item_rest_[s][i];
            if (ir.n < 30) continue;
            const double cov = ir.xr / ir.n - (ir.x / ir.n) * (ir.r / ir.n);
            const double vx = ir.xx / ir.n - (ir.x / ir.n) * (ir.x / ir.n);
            const double vr = ir.rr / ir.n - (ir.r / ir.n) * (ir.r / ir.n);
            if (vx <= 0 || vr <= 0) continue;
            r_of[i] = cov / std::sqrt(vx * vr);
            if (r_of[i] < 0) negative.push_back(i);
        }
        if (negative.empty()) continue;
        std::vector<std::size_t> reversed, direct;
        for (std::size_t i = 0; i < def.items.size(); ++i)
            (def.items[i].reverse ? reversed : direct).push_back(i);
        const auto r_text = [&](std::size_t i) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%.2f", r_of[i]);
            return std::string(buf);
        };
        // When the reverse-keyed items are the majority and already reversed in the export, the
        // others are the ones that look wrong against the rest: name the cause, not the symptom.
        if (negative == direct && reversed.size() > direct.size()) {
            std::string names;
            for (auto i : reversed)
                names += (names.empty() ? "" : ", ") + column(def.items[i]);
            out.push_back("in " + def.id + ", the " + std::to_string(direct.size()) +
                          " items that are not reverse-keyed go against the " +
                          std::to_string(reversed.size()) +
                          " that are: this is what an export with the reverse-keyed items already "
                          "reversed looks like (" +
                          names + "). If so, they are reversed twice: score the raw answers.");
            continue;
        }
        for (auto i : negative) {
            const auto& k = def.items[i];
            out.push_back("item " + std::to_string(k.number) + " (" + column(k) +
                          ") goes against the rest of " + def.id + " (item–rest r = " + r_text(i) +
                          " over " + number(item_rest_[s][i].n) + " complete rows)" +
                          (k.reverse
                               ? ": it is reverse-keyed; was it already reversed in the export?"
                               : ": is it reversed in the export, or keyed differently here?"));
        }
    }
    // An item keyed differently at one place (a site that reversed it, a translation that flipped
    // it) runs against the rest there while running with it elsewhere, or the other way round.
    // With fewer than three groups there is no "elsewhere" to trust: either could be the odd one.
    if (by_group_.size() >= 3)
        for (const auto& [group, per_score] : by_group_)
            for (std::size_t s = 0; s < per_score.size(); ++s)
                for (std::size_t i = 0; i < per_score[s].size(); ++i) {
                    const double overall = item_rest_[s][i].correlation();
                    const double here = per_score[s][i].correlation();
                    if (std::isnan(overall) || (here < 0) == (overall < 0))
                        continue;  // goes with the majority
                    item_rest rest;
                    for (const auto& [other, other_scores] : by_group_)
                        if (other != group) rest.add(other_scores[s][i]);
                    const double elsewhere = rest.correlation();
                    if (per_score[s][i].n < 30 || rest.n < 30 || std::isnan(here) ||
                        std::isnan(elsewhere))
                        continue;
                    if (!((here < -0.2 && elsewhere > 0.2) || (here > 0.2 && elsewhere < -0.2)))
                        continue;
                    const auto& def = inst.scores[s];
                    const auto& k = def.items[i];
                    const std::size_t target = target_of(inst, def);
                    char text[96];
                    std::snprintf(text, sizeof text, " (item–rest r = %.2f there, %.2f elsewhere)",
                                  here, elsewhere);
                    out.push_back(
                        "item " + std::to_string(k.number) + " (" +
                        columns_[target * inst.items.size() + *inst.item_index(k.number)] +
                        ") runs " + (here < 0 ? "against" : "with") + " the rest of " + def.id +
                        " at " + group_name_ + " = " + (group.empty() ? "(blank)" : group) +
                        " but " + (here < 0 ? "with" : "against") + " it elsewhere" + text +
                        ": is it keyed differently there?");
                }
    return out;
}

}  // namespace attachscore::detail
