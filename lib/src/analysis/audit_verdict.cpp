// What the audit's sums say: findings that stop a run, and hints.
#include <algorithm>

#include "analysis/audit.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"

namespace attachscore::detail {

namespace {

std::string range_text(int lo, int hi) {
    return std::to_string(lo) + "–" + std::to_string(hi);
}

// "6 or 7", "5, 6 or 7": the answers from `from` to `to` that nobody gave.
std::string unused_values(int from, int to) {
    std::string out;
    for (int v = from; v <= to; ++v)
        out += (v == from ? "" : v == to ? " or " : ", ") + std::to_string(v);
    return out;
}

}  // namespace

audit_verdict audit::verdict() const {
    audit_verdict out;
    scale_findings(out);
    range_hints(out);
    // Items in another order also run against their keys: that finding says it all.
    if (!order_findings(out)) keying_findings(out);
    group_hints(out);
    return out;
}

// Answers that keep below the top of the published scale (1–5 on a 1–7 instrument), or start one
// below it (0–6), over enough respondents that chance cannot explain it: a different
// administration, whose reverse keys and bands differ from the published ones.
void audit::scale_findings(audit_verdict& out) const {
    if (settings_.scale_given || respondents_ < hint_respondents) return;
    const auto& inst = sc_.definition();
    const auto& pub = inst.scale;
    std::size_t numbers = 0, below = 0, columns = 0, columns_below = 0;
    for (const auto& st : stats_) {
        if (st.numbers == 0) continue;
        ++columns;
        numbers += st.numbers;
        below += st.below;
        columns_below += st.below > 0;
    }
    // Zeros now and then are blanks coded 0; zeros in most columns and 1 % of answers are a scale.
    const bool starts_below = below * 100 >= numbers && columns_below * 2 >= columns;
    const int top = static_cast<int>(top_in_scale_);
    const int low = starts_below ? pub.min - 1 : pub.min;
    if (top >= pub.max || top - low + 1 < 4) return;
    const std::string seen = range_text(low, top);
    const std::string published = range_text(pub.min, pub.max);
    const std::string zero = std::to_string(pub.min - 1);
    const std::string confirm =
        "--scale " + std::to_string(pub.min) + "-" + std::to_string(pub.max);
    std::string text = "every answer " +
                       std::string(starts_below || below == 0 ? "" : "on the scale ") +
                       "lies within " + seen + " (" + std::to_string(respondents_) +
                       " respondents; none answered " + unused_values(top + 1, pub.max);
    if (below > 0)
        text += (starts_below ? ", and " : "; besides, ") + std::to_string(below) + " answers of " +
                zero + " in " + std::to_string(columns_below) + " columns";
    text += "), but " + inst.short_name + " is published on " + published +
            ". Scored on the published key, reverse keys and bands would be wrong. "
            "If the questionnaire was given on " +
            seen + ", score with --scale " + std::to_string(low) + "-" + std::to_string(top);
    if (starts_below)
        text += "; if " + zero + " means \"not answered\", score with --missing " + zero +
                " --scale " + std::to_string(pub.min) + "-" + std::to_string(top) + " (or " +
                confirm + " if it was given on " + published + ").";
    else
        text += "; if it was given on " + published + " and nobody chose " +
                unused_values(top + 1, pub.max) + ", confirm with " + confirm + "." +
                (below > 0 ? " If " + zero + " means \"not answered\", add --missing " + zero + "."
                           : std::string());
    if (respondents_ >= stop_respondents)
        out.stops.push_back(std::move(text));
    else
        out.hints.push_back(text + " (With " + std::to_string(respondents_) +
                            " respondents this may be chance, so scoring went on.)");
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

// Answers off the scale, by column, and rows of zeros.
void audit::range_hints(audit_verdict& out) const {
    const auto& scale = sc_.scale();
    const std::string range = range_text(scale.min, scale.max);
    std::vector<std::string> partial, whole;  // columns with some, or all, answers off the scale
    double whole_min = 0, whole_max = 0;
    std::string partial_where;
    bool same_where = true;
    double partial_min = 0, partial_max = 0;
    std::size_t partial_total = 0;
    for (std::size_t slot = 0; slot < stats_.size(); ++slot) {
        const auto& st = stats_[slot];
        if (st.outside == 0 || columns_[slot].empty()) continue;
        if (st.outside == st.numbers) {
            whole.push_back(columns_[slot]);
            whole_min = whole.size() == 1 ? st.min : std::min(whole_min, st.min);
            whole_max = whole.size() == 1 ? st.max : std::max(whole_max, st.max);
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
    if (!whole.empty())
        out.hints.push_back("every answer in " + list_some(whole, 6) + " is outside the scale " +
                            range + " (answers from " + number_text(whole_min) + " to " +
                            number_text(whole_max) +
                            "): was the questionnaire given on another scale (see --scale), or "
                            "coded differently?");
    const std::string answers_range =
        " (answers from " + number_text(partial_min) + " to " + number_text(partial_max) + ")";
    if (partial.size() == 1)
        out.hints.push_back(partial.front() + " has answers outside the scale " + range +
                            answers_range + partial_where + "; those rows are not scored.");
    else if (!partial.empty())
        out.hints.push_back(std::to_string(partial_total) + " answers in " +
                            std::to_string(partial.size()) + " columns are outside the scale " +
                            range + answers_range + (same_where ? partial_where : std::string()) +
                            "; those rows are not scored: " + join(partial, ", ") + ".");
    if (zero_rows_ > 0)
        out.hints.push_back(std::to_string(zero_rows_) +
                            (zero_rows_ == 1 ? " row has" : " rows have") +
                            " 0 in every answered item: if 0 means \"not answered\" here, score "
                            "with --missing 0.");
}

}  // namespace attachscore::detail
