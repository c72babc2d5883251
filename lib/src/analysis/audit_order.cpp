// The item-order finding: another order the instrument names, keys that fit only as read from the
// data, or items that belong to another scale (the sentences are in texts/finding_texts.cpp).
#include "analysis/audit.hpp"

namespace attachscore::detail {

bool audit::order_findings(audit_verdict& out) const {
    const auto o = order_.verdict();
    if (!o.evaluated || !o.other_order()) return false;
    const auto& inst = sc_.definition();
    finding f;
    f.read_as = settings_.order_given;
    f.columns_listed = settings_.columns_listed;
    f.count = o.rows;
    f.fit_found = o.better_order >= 0 ? o.fit_better : o.fit_data_keys;
    f.fit_declared = o.fit_declared;
    f.items_judged = o.items;
    if (o.better_order >= 0) {
        const auto& order = inst.other_orders[static_cast<std::size_t>(o.better_order)];
        f.code = finding_code::another_item_order;
        f.order = order.id;
        f.order_description = text_in_language(order.description, "en");
    } else if (o.keys_do_not_fit &&
               o.elsewhere.size() < item_order_finding::elsewhere_needed(o.items)) {
        f.code = finding_code::keys_do_not_fit;
    } else {
        f.code = finding_code::items_elsewhere;
        for (const auto& it : o.elsewhere) {
            std::size_t target = 0;
            for (std::size_t t = 0; t < inst.targets.size(); ++t)
                if (inst.targets[t].id == it.target) target = t;
            f.items.push_back({it.number, it.target,
                               columns_[target * inst.items.size() + *inst.item_index(it.number)]});
        }
    }
    f.settled = settings_.order_settled;
    f.severity = f.settled ? finding_severity::hint : finding_severity::stop;
    out.push_back(std::move(f));
    return !settings_.order_settled;
}

}  // namespace attachscore::detail
