// Keying findings: reverse-keyed items that run against the others (an export that already
// reversed them), single items that run against their score, and an item keyed differently at
// one site. Every "runs against" uses the rule in correlation.hpp; the sentences are in
// texts/finding_texts.cpp.
#include <algorithm>

#include "analysis/audit.hpp"

namespace attachscore::detail {

// The reverse-keyed items of a score that run against the items keyed the other way; all of
// them when only their mean does.
std::vector<int> audit::reversed_against(std::size_t s) const {
    const auto& def = sc_.definition().scores[s];
    std::vector<int> flagged, all;
    for (std::size_t i = 0; i < def.items.size(); ++i) {
        if (!def.items[i].reverse) continue;
        all.push_back(def.items[i].number);
        if (clearly_against(sums_[s].item_other_side[i])) flagged.push_back(def.items[i].number);
    }
    return flagged.empty() ? all : flagged;
}

void audit::keying_findings(audit_verdict& out) const {
    const auto& inst = sc_.definition();
    std::vector<std::size_t> evident;  // scores whose reverse-keyed items run against the others
    bool every = true;                 // … in every score with both keyings, and all such items
    for (std::size_t s = 0; s < sums_.size(); ++s) {
        const auto& rd = sums_[s].reversed_vs_direct;
        if (rd.n < min_pairs) continue;
        const bool against = clearly_against(rd);
        if (against) evident.push_back(s);
        every = every && against &&
                reversed_against(s).size() ==
                    static_cast<std::size_t>(
                        std::count_if(inst.scores[s].items.begin(), inst.scores[s].items.end(),
                                      [](const keyed_item& k) { return k.reverse; }));
    }
    if (!evident.empty() && every && !settings_.keys_settled) {
        finding f;
        f.code = finding_code::reversed_export;
        f.severity = finding_severity::stop;
        for (auto s : evident)
            f.scores.push_back(score_r(s));
        for (int n : reverse_keyed_items(inst))
            f.items.push_back({n, {}, {}});
        out.push_back(std::move(f));
    } else {
        for (auto s : evident) {
            finding f;
            f.code = finding_code::reversed_items;
            f.scores.push_back(score_r(s));
            for (int n : reversed_against(s))
                f.items.push_back(item_of(s, {n, true}));
            f.settled = settings_.keys_settled;
            out.push_back(std::move(f));
        }
    }
    for (std::size_t s = 0; s < sums_.size(); ++s) {
        if (std::find(evident.begin(), evident.end(), s) != evident.end()) continue;
        const auto& def = inst.scores[s];
        for (std::size_t i = 0; i < sums_[s].item_rest.size(); ++i) {
            const auto& ir = sums_[s].item_rest[i];
            if (!clearly_against(ir)) continue;
            finding f;
            f.code = finding_code::item_against_rest;
            f.scores.push_back({def.id});
            auto item = item_of(s, def.items[i]);
            item.r = ir.r();
            item.rows = static_cast<std::size_t>(ir.n);
            f.items.push_back(std::move(item));
            out.push_back(std::move(f));
        }
    }
}

// A score with the correlation between its reverse-keyed items' mean and the others'.
finding_score audit::score_r(std::size_t s) const {
    const auto& rd = sums_[s].reversed_vs_direct;
    return {sc_.definition().scores[s].id, rd.r(), static_cast<std::size_t>(rd.n)};
}

finding_item audit::item_of(std::size_t s, const keyed_item& k) const {
    finding_item item;
    item.number = k.number;
    item.target = sc_.definition().scores[s].target;
    item.column = column_of(s, k);
    item.reversed_in_scoring = sc_.reverses(k);
    return item;
}

// An item keyed differently at one place (a site that reversed it, a translation that flipped
// it) runs against the rest there while running with it elsewhere, or the other way round.
// With fewer than three groups there is no "elsewhere" to trust: either could be the odd one.
void audit::group_hints(audit_verdict& out) const {
    if (too_many_groups_) {
        finding f;
        f.code = finding_code::too_many_groups;
        f.group_column = group_name_;
        f.count = max_groups;
        out.push_back(std::move(f));
        return;
    }
    if (by_group_.size() < 3) return;
    const auto& inst = sc_.definition();
    for (const auto& [group, per_group] : by_group_)
        for (std::size_t s = 0; s < per_group.size(); ++s)
            for (std::size_t i = 0; i < per_group[s].item_rest.size(); ++i) {
                const auto& here_sums = per_group[s].item_rest[i];
                // Every row that has a group is in sums_ too: elsewhere is the total less here.
                const pair_sums rest = sums_[s].item_rest[i].without(here_sums);
                const double here = here_sums.r();
                const double elsewhere = rest.r();
                if (here_sums.n < min_pairs || rest.n < min_pairs || std::isnan(here) ||
                    std::isnan(elsewhere))
                    continue;
                if (!((here < -0.2 && elsewhere > 0.2) || (here > 0.2 && elsewhere < -0.2)))
                    continue;
                finding f;
                f.code = finding_code::item_keyed_by_group;
                f.scores.push_back({inst.scores[s].id});
                auto item = item_of(s, inst.scores[s].items[i]);
                item.r = here;
                item.r_elsewhere = elsewhere;
                f.items.push_back(std::move(item));
                f.group_column = group_name_;
                f.group_value = group;
                out.push_back(std::move(f));
            }
}

}  // namespace attachscore::detail
