// Keying findings: reverse-keyed items that run against the others (an export that already
// reversed them), single items that run against their score, and an item keyed differently at
// one site. Every "runs against" uses the rule in correlation.hpp.
#include <algorithm>
#include <cstdio>

#include "analysis/audit.hpp"
#include "common/text_util.hpp"

namespace attachscore::detail {

namespace {

std::string r_text(double r) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", r);
    return buf;
}

std::string rows_text(double n) {
    return std::to_string(static_cast<long long>(n)) + " complete rows";
}

std::string numbers_text(const std::vector<int>& items, const char* separator) {
    std::string out;
    for (int n : items)
        out += (out.empty() ? "" : separator) + std::to_string(n);
    return out;
}

}  // namespace

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
    if (!evident.empty() && every && !settings_.keys_settled)
        out.stops.push_back(all_reversed_stop(evident));
    else
        for (auto s : evident)
            out.hints.push_back(reversed_hint(s));
    for (std::size_t s = 0; s < sums_.size(); ++s) {
        if (std::find(evident.begin(), evident.end(), s) != evident.end()) continue;
        const auto& def = inst.scores[s];
        for (std::size_t i = 0; i < sums_[s].item_rest.size(); ++i) {
            const auto& ir = sums_[s].item_rest[i];
            if (!clearly_against(ir)) continue;
            const auto& k = def.items[i];
            out.hints.push_back(
                "item " + std::to_string(k.number) + " (" + column_of(s, k) +
                ") runs against the rest of " + def.id + " (item–rest r = " + r_text(ir.r()) +
                " over " + rows_text(ir.n) + ")" +
                (sc_.reverses(k) ? ": it is reversed in scoring; was it already reversed in the "
                                   "export?"
                                 : ": is it reversed in the export, or keyed differently here?"));
        }
    }
}

std::string audit::all_reversed_stop(const std::vector<std::size_t>& evident) const {
    const auto& inst = sc_.definition();
    std::vector<std::string> names;
    std::string evidence;
    for (auto s : evident) {
        names.push_back(inst.scores[s].id);
        const auto& rd = sums_[s].reversed_vs_direct;
        evidence += (evidence.empty() ? "" : "; ") + inst.scores[s].id + ": r = " + r_text(rd.r()) +
                    " over " + rows_text(rd.n);
    }
    const auto items = reverse_keyed_items(inst);
    return "in " + join(names, " and ") +
           ", every reverse-keyed item runs against the items that are not reverse-keyed "
           "(between their means, " +
           evidence +
           "): this is what an export looks like whose reverse-keyed items were already "
           "reversed, and scoring would reverse them a second time. If the export reversed "
           "them, score with --already-reversed all (items " +
           numbers_text(items, ", ") + "); to score the columns as " + inst.short_name +
           " keys them, use --keys-as-declared.";
}

std::string audit::reversed_hint(std::size_t s) const {
    const auto& def = sc_.definition().scores[s];
    const auto items = reversed_against(s);
    std::vector<std::string> named;
    for (int n : items)
        named.push_back(std::to_string(n) + " (" + column_of(s, {n, true}) + ")");
    const auto& rd = sums_[s].reversed_vs_direct;
    const bool one = items.size() == 1;
    std::string text = "in " + def.id + ", reverse-keyed item" + (one ? " " : "s ") +
                       join(named, ", ") + (one ? " runs" : " run") +
                       " against the items that are not reverse-keyed (r = " + r_text(rd.r()) +
                       " between the reverse-keyed items' mean and the others' over " +
                       rows_text(rd.n) + "): an export that already reversed " +
                       (one ? "it" : "them") + " looks like this, and so " +
                       (one ? "does an item" : "do items") + " that this sample reads differently.";
    if (!settings_.keys_settled)
        text += " If the export reversed " + std::string(one ? "it" : "them") +
                ", score with --already-reversed " + numbers_text(items, ",") + ".";
    return text;
}

// An item keyed differently at one place (a site that reversed it, a translation that flipped
// it) runs against the rest there while running with it elsewhere, or the other way round.
// With fewer than three groups there is no "elsewhere" to trust: either could be the odd one.
void audit::group_hints(audit_verdict& out) const {
    if (too_many_groups_) {
        out.hints.push_back(group_name_ + " has more than " + std::to_string(max_groups) +
                            " different values, too many to say where problems sit; hints by a "
                            "column such as a site or a wave say where.");
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
                const auto& k = inst.scores[s].items[i];
                out.hints.push_back(
                    "item " + std::to_string(k.number) + " (" + column_of(s, k) + ") runs " +
                    (here < 0 ? "against" : "with") + " the rest of " + inst.scores[s].id + " at " +
                    group_name_ + " = " + (group.empty() ? "(blank)" : group) + " but " +
                    (here < 0 ? "with" : "against") +
                    " it elsewhere (item–rest r = " + r_text(here) + " there, " +
                    r_text(elsewhere) + " elsewhere): is it keyed differently there?");
            }
}

}  // namespace attachscore::detail
