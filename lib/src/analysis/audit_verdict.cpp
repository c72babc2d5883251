// What the audit's sums say: findings that stop a run, and hints, as data (their sentences are
// in texts/finding_texts.cpp).
#include <algorithm>

#include "analysis/audit.hpp"

namespace attachscore::detail {

audit_verdict audit::verdict() const {
    audit_verdict out;
    scale_findings(out);
    range_hints(out);
    // Items in another order also run against their keys: that finding says it all.
    if (!order_findings(out)) keying_findings(out);
    group_hints(out);
    std::stable_partition(out.begin(), out.end(),
                          [](const finding& f) { return f.severity == finding_severity::stop; });
    return out;
}

// Answers that keep below the top of the published scale (1–5 on a 1–7 instrument), or start one
// below it (0–6), over enough respondents that chance cannot explain it: a different
// administration, whose reverse keys and bands differ from the published ones.
void audit::scale_findings(audit_verdict& out) const {
    if (settings_.scale_given || respondents_ < hint_respondents) return;
    const auto& pub = sc_.definition().scale;
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
    finding f;
    f.code = finding_code::another_scale;
    f.severity = respondents_ >= stop_respondents ? finding_severity::stop : finding_severity::hint;
    f.seen = {low, top};
    f.published = {pub.min, pub.max};
    f.respondents = respondents_;
    f.count = below;
    f.columns_below = columns_below;
    f.starts_below = starts_below;
    out.push_back(std::move(f));
}

// A column's off-scale answers, and the group holding most of them when one does.
finding_column audit::column_finding(std::size_t slot) const {
    const auto& st = stats_[slot];
    finding_column c{columns_[slot], st.outside, st.min, st.max, {}, 0};
    if (group_name_.empty() || st.outside_by_group.empty()) return c;
    auto top = st.outside_by_group.begin();
    for (auto it = st.outside_by_group.begin(); it != st.outside_by_group.end(); ++it)
        if (it->second > top->second) top = it;
    if (top->second * 2 < st.outside) return c;  // spread out: no one place to point at
    c.group_value = top->first;
    c.group_count = top->second;
    return c;
}

// Answers off the scale, by column, and rows of zeros.
void audit::range_hints(audit_verdict& out) const {
    finding whole, partial;
    whole.code = finding_code::columns_off_scale;
    partial.code = finding_code::answers_off_scale;
    for (std::size_t slot = 0; slot < stats_.size(); ++slot) {
        const auto& st = stats_[slot];
        if (st.outside == 0 || columns_[slot].empty()) continue;
        (st.outside == st.numbers ? whole : partial).columns.push_back(column_finding(slot));
    }
    for (auto* f : {&whole, &partial}) {
        f->published = {sc_.scale().min, sc_.scale().max};
        f->group_column = group_name_;
        for (const auto& c : f->columns)
            f->count += c.count;
        if (!f->columns.empty()) out.push_back(std::move(*f));
    }
    if (zero_rows_ > 0) {
        finding f;
        f.code = finding_code::zero_rows;
        f.count = zero_rows_;
        out.push_back(std::move(f));
    }
}

}  // namespace attachscore::detail
