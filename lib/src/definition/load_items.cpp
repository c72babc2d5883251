#include <algorithm>
#include <set>

#include "definition/load_parts.hpp"

namespace attachscore::detail {

void read_scale(checker& c, object_reader& top, response_scale& out) {
    const auto* v = top.get("scale", true);
    if (!v) return;
    object_reader r(c, *v, top.child("scale"), {"min", "max", "anchors"});
    if (!r.valid()) return;
    auto lo = r.integer("min");
    auto hi = r.integer("max");
    if (lo && hi) {
        if (*lo >= *hi) {
            c.error(r.child("max"), "the scale's \"max\" (" + std::to_string(*hi) +
                                        ") must be greater than its \"min\" (" +
                                        std::to_string(*lo) + ").");
        } else if (*lo < -1000 || *hi > 1000) {
            c.error(r.pointer(), "the scale must lie between -1000 and 1000.");
        } else {
            out.min = static_cast<int>(*lo);
            out.max = static_cast<int>(*hi);
        }
    }
    const auto* anchors = r.list("anchors");
    if (!anchors) return;
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < anchors->size(); ++i) {
        object_reader a(c, (*anchors)[i], r.child("anchors") + "/" + std::to_string(i),
                        {"value", "label"});
        if (!a.valid()) continue;
        auto value = a.integer("value");
        auto label = a.localized("label");
        if (!value) continue;
        if (lo && hi && (*value < *lo || *value > *hi)) {
            c.error(a.child("value"), "anchor value " + std::to_string(*value) +
                                          " is outside the scale " + std::to_string(*lo) + "–" +
                                          std::to_string(*hi) + ".");
            continue;
        }
        if (!seen.insert(*value).second) {
            c.error(a.child("value"),
                    "anchor value " + std::to_string(*value) + " is labelled twice.");
            continue;
        }
        if (label) out.anchors.push_back({static_cast<int>(*value), std::move(*label)});
    }
}

namespace {

// The answers a choice item allows: codes and categories each once.
void read_options(checker& c, object_reader& r, item& it) {
    const auto* list = r.list("options");
    if (!list) return;
    std::set<std::int64_t> codes;
    std::set<std::string> categories;
    for (std::size_t i = 0; i < list->size(); ++i) {
        object_reader o(c, (*list)[i], r.child("options") + "/" + std::to_string(i),
                        {"code", "category", "aliases", "label"});
        if (!o.valid()) continue;
        choice_option opt;
        auto code = o.integer("code");
        auto category = o.text("category");
        auto label = o.localized("label");
        if (code && !codes.insert(*code).second)
            c.error(o.child("code"), "code " + std::to_string(*code) + " is used by two options.");
        if (category && !categories.insert(*category).second)
            c.error(o.child("category"),
                    "category " + in_quotes(*category) + " is used by two options.");
        if (const auto* aliases = o.list("aliases", false)) {
            for (std::size_t k = 0; k < aliases->size(); ++k) {
                const auto& a = (*aliases)[k];
                if (!a.is_string() || a.as_string().empty())
                    c.error(o.child("aliases") + "/" + std::to_string(k),
                            "an alias must be non-empty text.");
                else
                    opt.aliases.emplace_back(a.as_string());
            }
        }
        if (!code || !category || !label) continue;
        opt.code = static_cast<int>(*code);
        opt.category = *category;
        opt.label = std::move(*label);
        it.options.push_back(std::move(opt));
    }
}

}  // namespace

void read_items(checker& c, object_reader& top, std::vector<item>& out) {
    const auto* list = top.list("items");
    if (!list) return;
    std::set<std::int64_t> seen;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        object_reader r(c, (*list)[i], top.child("items") + "/" + std::to_string(i),
                        {"number", "kind", "reverse", "text", "id", "options", "optional"});
        if (!r.valid()) continue;
        item it;
        auto number = r.integer("number");
        if (auto kind = r.text("kind", false)) {
            if (*kind == "choice")
                it.kind = item_kind::choice;
            else if (*kind != "rating")
                c.error(r.child("kind"),
                        "\"kind\" must be \"rating\" or \"choice\", not " + in_quotes(*kind) + ".");
        }
        it.text = r.localized("text", false);
        it.optional = r.boolean("optional", false).value_or(false);
        if (it.kind == item_kind::rating) {
            it.reverse = r.boolean("reverse").value_or(false);
            if (r.get("options", false) || r.get("id", false))
                c.error(r.pointer(),
                        "\"id\" and \"options\" belong to choice items; add \"kind\": \"choice\" "
                        "or remove them.");
        } else {
            if (r.get("reverse", false))
                c.error(r.child("reverse"), "a choice item has no keying; remove \"reverse\".");
            if (auto id = r.text("id")) {
                if (!valid_id(*id, id_shape::name))
                    c.error(r.child("id"),
                            "choice id " + in_quotes(*id) +
                                " must be at most 64 lower-case letters, digits and _ (it "
                                "becomes a column name).");
                else if (!ids.insert(*id).second)
                    c.error(r.child("id"), "choice id " + in_quotes(*id) + " is used twice.");
                it.id = *id;
            }
            read_options(c, r, it);
        }
        if (!number) continue;
        if (*number < 1 || *number > 100000) {
            c.error(r.child("number"),
                    "item numbers start at 1; found " + std::to_string(*number) + ".");
            continue;
        }
        if (!seen.insert(*number).second) {
            c.error(r.child("number"), "item " + std::to_string(*number) + " is defined twice.");
            continue;
        }
        it.number = static_cast<int>(*number);
        out.push_back(std::move(it));
    }
}

void read_targets(checker& c, object_reader& top, std::vector<target>& out) {
    const auto* list = top.list("targets", false);
    if (!list) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        object_reader r(c, (*list)[i], top.child("targets") + "/" + std::to_string(i),
                        {"id", "label"});
        if (!r.valid()) continue;
        auto id = r.text("id");
        auto label = r.localized("label");
        if (!id || !label) continue;
        if (!valid_id(*id, id_shape::name)) {
            c.error(r.child("id"),
                    "target id " + in_quotes(*id) +
                        " must be at most 64 lower-case letters, digits and _ (it names columns).");
            continue;
        }
        if (!seen.insert(*id).second) {
            c.error(r.child("id"), "target " + in_quotes(*id) + " is listed twice.");
            continue;
        }
        out.push_back({*id, std::move(*label)});
    }
}

namespace {

// Position numbers from a JSON list, each an item position of this file at most once.
std::vector<int> read_positions(checker& c, const json::array& list, const std::string& at,
                                std::size_t items, std::set<int>& seen) {
    std::vector<int> out;
    for (std::size_t p = 0; p < list.size(); ++p) {
        const auto& n = list[p];
        const auto number = n.is_int64() ? n.as_int64() : 0;
        if (number < 1 || number > static_cast<std::int64_t>(items) ||
            !seen.insert(static_cast<int>(number)).second) {
            c.error(at + "/" + std::to_string(p),
                    "each position is a number from 1 to " + std::to_string(items) + ", once.");
            continue;
        }
        out.push_back(static_cast<int>(number));
    }
    return out;
}

// Each position's scale and keying: {"scales": {"anxiety": [2, 4, …]}, "reversed": [2, 22, …]}.
void read_scales_of_order(checker& c, object_reader& r, const instrument& inst,
                          item_order_variant& order) {
    const auto* scales = r.get("scales", true);
    if (!scales || !scales->is_object()) {
        if (scales) c.error(r.child("scales"), "\"scales\" maps score ids to positions.");
        return;
    }
    std::set<int> placed;
    for (const auto& kv : scales->as_object()) {
        const std::string id(kv.key());
        const std::string at = r.child("scales") + "/" + id;
        const auto* def = inst.find_score(id);
        if (!def || def->derived())
            c.error(at, in_quotes(id) + " is not a score of items of this file.");
        else if (!kv.value().is_array())
            c.error(at, "a score's positions are a list of numbers.");
        else if (kv.value().as_array().size() != def->items.size())
            c.error(at, in_quotes(id) + " has " + std::to_string(def->items.size()) +
                            " items; this order gives it " +
                            std::to_string(kv.value().as_array().size()) + ".");
        else
            order.scales[id] =
                read_positions(c, kv.value().as_array(), at, inst.items.size(), placed);
    }
    if (placed.size() != inst.items.size())
        c.error(r.child("scales"),
                "an order places every one of the " + std::to_string(inst.items.size()) +
                    " items; this one places " + std::to_string(placed.size()) + ".");
    std::set<int> reversed;
    if (const auto* list = r.list("reversed", true, false))
        order.reversed = read_positions(c, *list, r.child("reversed"), inst.items.size(), reversed);
}

// One other order: an id, how to recognise it, where it is used, and either each position's item
// or each position's scale and keying.
void read_other_order(checker& c, const json::value& v, const std::string& at, instrument& inst) {
    object_reader r(c, v, at, {"id", "description", "source", "positions", "scales", "reversed"});
    if (!r.valid()) return;
    item_order_variant order;
    order.id = r.text("id").value_or("");
    if (const auto* d = r.get("description", true)) {
        if (d->is_string())
            order.description["en"] = std::string(d->as_string());
        else if (auto texts = read_localized(c, *d, r.child("description"), "the description"))
            order.description = std::move(*texts);
    }
    order.source = r.text("source").value_or("");
    if (!order.id.empty() && (order.id == inst.item_order ||
                              std::any_of(inst.other_orders.begin(), inst.other_orders.end(),
                                          [&](const auto& o) { return o.id == order.id; })))
        c.error(r.child("id"), "item order " + in_quotes(order.id) + " is named twice.");
    if (r.get("positions", false)) {
        const auto* list = r.list("positions");
        if (!list) return;
        std::set<int> seen;
        for (std::size_t p = 0; p < list->size(); ++p) {
            const auto& n = (*list)[p];
            const int number = n.is_int64() ? static_cast<int>(n.as_int64()) : 0;
            if (!inst.item_index(number) || !seen.insert(number).second)
                c.error(r.child("positions") + "/" + std::to_string(p),
                        "each position holds the number of one item of this file, each item "
                        "once.");
            else
                order.positions.push_back(number);
        }
        if (seen.size() != inst.items.size())
            c.error(r.child("positions"),
                    "an order places every one of the " + std::to_string(inst.items.size()) +
                        " items; this one places " + std::to_string(seen.size()) + ".");
    } else if (!inst.targets.empty() ||
               std::any_of(inst.items.begin(), inst.items.end(),
                           [](const item& it) { return it.kind != item_kind::rating; })) {
        c.error(at, "an order of an instrument with targets or choice items gives \"positions\".");
    } else {
        read_scales_of_order(c, r, inst, order);
    }
    inst.other_orders.push_back(std::move(order));
}

}  // namespace

void read_item_order(checker& c, object_reader& top, instrument& inst) {
    const auto* v = top.get("item_order", true);
    if (!v) return;
    object_reader r(c, *v, top.child("item_order"), {"id", "description", "others"});
    if (!r.valid()) return;
    inst.item_order = r.text("id").value_or("");
    inst.item_order_description = r.text("description").value_or("");
    const auto* others = r.list("others", false);
    if (!others) return;
    for (std::size_t i = 0; i < others->size(); ++i)
        read_other_order(c, (*others)[i], r.child("others") + "/" + std::to_string(i), inst);
}

}  // namespace attachscore::detail
