// The item-order finding in words: another order the instrument names, or items that belong to
// another scale, with the ways on.
#include "analysis/audit.hpp"
#include "common/text_util.hpp"
#include "texts/numbers.hpp"

namespace attachscore::detail {

bool audit::order_findings(audit_verdict& out) const {
    const auto f = order_.verdict();
    if (!f.evaluated || !f.other_order()) return false;
    const auto& inst = sc_.definition();
    const std::string read_as = settings_.columns_listed ? "the columns named with --item-columns"
                                : settings_.order_given.empty()
                                    ? "this file's numbering, " + inst.item_order
                                    : "the order " + settings_.order_given;
    const std::string rows = count_text(f.rows, "en") + " complete rows";
    const std::string confirm = "--item-order " + inst.item_order;
    const std::string fits = [&](double found, double declared) {
        return "mean item–rest r = " + apa_text(found, 2, "en") + " against " +
               apa_text(declared, 2, "en") + ", over " + rows;
    }(f.better_order >= 0 ? f.fit_better : f.fit_data_keys, f.fit_declared);
    const std::string name_columns = "Name the column of each item in " + inst.short_name +
                                     "'s own numbering (" + inst.item_order +
                                     "; 'attachscore info " + inst.id +
                                     "' describes it) with --item-columns "
                                     "COL,COL,… (" +
                                     std::to_string(sc_.answer_count()) +
                                     " columns, item 1 first); if the "
                                     "columns are right, confirm with " +
                                     confirm + ".";
    std::string text;
    if (f.better_order >= 0) {
        const auto& order = inst.other_orders[static_cast<std::size_t>(f.better_order)];
        text = "the columns look like " + inst.short_name + "'s items in another order, " +
               order.id + ": " + order.description +
               " Read in that order, the items hang "
               "together with their own scale far better than in " +
               read_as + " (" + fits +
               "). If the questionnaire was given in that order, score with --item-order " +
               order.id + "; if it was given in " + inst.short_name +
               "'s own numbering, confirm with " + confirm + ".";
    } else if (f.keys_do_not_fit &&
               f.elsewhere.size() < item_order_finding::elsewhere_needed(f.items)) {
        text = "the items hang together within " + inst.short_name +
               "'s scales, but not with the keys of " + read_as +
               ": with keys read from the data they fit far better (" + fits +
               "). Whole scales may sit in each other's places (another item order), or the "
               "export may have keyed items its own way. " +
               name_columns;
    } else {
        std::vector<std::string> named;
        for (const auto& it : f.elsewhere) {
            const auto index = inst.item_index(it.number);
            std::size_t target = 0;
            for (std::size_t t = 0; t < inst.targets.size(); ++t)
                if (inst.targets[t].id == it.target) target = t;
            const auto& column = columns_[target * inst.items.size() + *index];
            named.push_back(std::to_string(it.number) + (it.target.empty() ? "" : " " + it.target) +
                            (column.empty() ? "" : " (" + column + ")"));
        }
        text = std::to_string(f.elsewhere.size()) + " of " + std::to_string(f.items) +
               " items correlate clearly more with another scale than with their own (items " +
               list_some(named, 8) + "; mean item–rest r = " + apa_text(f.fit_declared, 2, "en") +
               ", over " + rows + "): the columns do not seem to hold " + inst.short_name +
               "'s items in " + read_as + ". " + name_columns;
    }
    if (settings_.order_settled) {
        out.hints.push_back(text + " (The order was confirmed, so scoring went on.)");
        return false;
    }
    out.stops.push_back(std::move(text));
    return true;
}

}  // namespace attachscore::detail
