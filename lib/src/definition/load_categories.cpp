#include <set>

#include "definition/load_parts.hpp"

namespace attachscore::detail {
namespace {

// A list of score ids that must exist; returns them (the valid ones).
std::vector<std::string> read_score_ids(checker& c, object_reader& r, std::string_view key,
                                        const instrument& inst, std::size_t min, std::size_t max) {
    std::vector<std::string> out;
    const auto* list = r.list(key);
    if (!list) return out;
    for (std::size_t k = 0; k < list->size(); ++k) {
        const std::string at = r.child(key) + "/" + std::to_string(k);
        const auto& v = (*list)[k];
        if (!v.is_string()) {
            c.error(at, "expected a score id, found " + kind_name(v) + ".");
            continue;
        }
        const std::string id(v.as_string());
        if (!inst.find_score(id))
            c.error(at, "there is no score " + in_quotes(id) + ".");
        else if (std::find(out.begin(), out.end(), id) != out.end())
            c.error(at, "score " + in_quotes(id) + " is listed twice.");
        else
            out.push_back(id);
    }
    if (list->size() < min || list->size() > max) {
        const std::string found = "; found " + std::to_string(list->size()) + ".";
        if (min == max)
            c.error(r.child(key),
                    in_quotes(key) + " names exactly " + std::to_string(min) + " scores" + found);
        else if (key == "scores")
            c.error(r.child(key), "a category chooses among " + std::to_string(min) + " to " +
                                      std::to_string(max) + " scores" + found);
        else
            c.error(r.child(key), in_quotes(key) + " names " + std::to_string(min) + " to " +
                                      std::to_string(max) + " scores" + found);
    }
    return out;
}

// "cuts": [4, 4] — one per input.
void read_cuts(checker& c, object_reader& r, double (&cuts)[2]) {
    const auto* list = r.list("cuts");
    if (!list) return;
    if (list->size() != 2 || !(*list)[0].is_number() || !(*list)[1].is_number()) {
        c.error(r.child("cuts"), "\"cuts\" must be two numbers, one for each input.");
        return;
    }
    cuts[0] = (*list)[0].to_number<double>();
    cuts[1] = (*list)[1].to_number<double>();
}

void read_highest(checker& c, object_reader& r, const instrument& inst, category_rule& rule) {
    rule.scores = read_score_ids(c, r, "scores", inst, 2, 32);
    auto tie = r.text("tie_break", false);
    if (!tie) return;
    const auto it = std::find_if(inst.items.begin(), inst.items.end(), [&](const item& x) {
        return x.kind == item_kind::choice && x.id == *tie;
    });
    if (it == inst.items.end()) {
        c.error(r.child("tie_break"),
                "there is no choice item " + in_quotes(*tie) + " to break ties.");
        return;
    }
    for (const auto& s : rule.scores)
        if (std::none_of(it->options.begin(), it->options.end(),
                         [&](const choice_option& o) { return o.category == s; }))
            c.error(r.child("tie_break"), "the choice " + in_quotes(*tie) + " has no option for " +
                                              in_quotes(s) +
                                              ", so it cannot break a tie that involves it.");
    rule.tie_break = *tie;
}

void read_linear(checker& c, object_reader& r, const instrument& inst, category_rule& rule) {
    rule.inputs = read_score_ids(c, r, "inputs", inst, 1, 8);
    const auto* list = r.list("functions");
    if (!list) return;
    std::set<std::string> seen;
    for (std::size_t k = 0; k < list->size(); ++k) {
        object_reader f(c, (*list)[k], r.child("functions") + "/" + std::to_string(k),
                        {"category", "weights", "constant"});
        linear_function fn;
        auto category = f.text("category");
        auto constant = f.number("constant");
        if (const auto* w = f.list("weights")) {
            for (const auto& x : *w)
                if (x.is_number()) fn.weights.push_back(x.to_number<double>());
            if (fn.weights.size() != w->size() || w->size() != rule.inputs.size())
                c.error(f.child("weights"), "\"weights\" must be " +
                                                std::to_string(rule.inputs.size()) +
                                                " numbers, one for each input.");
        }
        if (!category || !constant) continue;
        if (!seen.insert(*category).second)
            c.error(f.child("category"),
                    "category " + in_quotes(*category) + " has two functions.");
        fn.category = *category;
        fn.constant = *constant;
        rule.functions.push_back(std::move(fn));
    }
    if (list->size() < 2)
        c.error(r.child("functions"), "a classification needs at least 2 functions.");
}

void read_quadrants(checker& c, object_reader& r, const instrument& inst, category_rule& rule) {
    rule.inputs = read_score_ids(c, r, "inputs", inst, 2, 2);
    read_cuts(c, r, rule.cuts);
    if (auto at_cut = r.text("at_cut")) {
        if (*at_cut == "unclassified")
            rule.unclassified_at_cut = true;
        else if (*at_cut != "high")
            c.error(r.child("at_cut"),
                    "\"at_cut\" must be \"high\" (a value at the cut counts as high) or "
                    "\"unclassified\", not " +
                        in_quotes(*at_cut) + ".");
    }
    const auto* v = r.get("cells", true);
    if (!v) return;
    object_reader cells(c, *v, r.child("cells"), {"low_low", "high_low", "low_high", "high_high"});
    for (int k = 0; k < 4; ++k)
        rule.cells[k] = cells.text(quadrant_names[k]).value_or("");
}

}  // namespace

void read_categories(checker& c, object_reader& top, instrument& inst, column_names& columns) {
    const auto* list = top.list("categories", false);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        object_reader r(c, (*list)[i], top.child("categories") + "/" + std::to_string(i),
                        {"id", "label", "method", "option", "basis", "scores", "tie_break",
                         "inputs", "functions", "cuts", "at_cut", "cells", "near_boundary",
                         "near_boundary_basis", "relative_to_scale"});
        if (!r.valid()) continue;
        category_rule rule;
        rule.relative_to_scale = r.boolean("relative_to_scale", false).value_or(false);
        if (auto id = r.text("id")) {
            if (!valid_id(*id, id_shape::name))
                c.error(r.child("id"), "category id " + in_quotes(*id) +
                                           " must be at most 64 lower-case letters, digits and _ "
                                           "(it becomes a column name).");
            else if (!columns.insert(*id).second || !columns.insert(*id + "_method").second ||
                     !columns.insert(*id + "_near_boundary").second)
                c.error(r.child("id"),
                        "category id " + in_quotes(*id) + " clashes with another output column.");
            rule.id = *id;
        }
        rule.label = r.localized("label").value_or(localized_text{});
        rule.basis = r.text("basis").value_or("");
        rule.option = r.text("option", false).value_or("");
        if (!rule.option.empty() && !valid_id(rule.option, id_shape::option))
            c.error(r.child("option"),
                    "option " + in_quotes(rule.option) +
                        " must be a lower-case word of at most 64 letters, e.g. \"midpoint\".");
        const auto method = r.text("method").value_or("");
        if (method == "highest") {
            rule.method = category_method::highest;
            read_highest(c, r, inst, rule);
        } else if (method == "linear") {
            rule.method = category_method::linear;
            read_linear(c, r, inst, rule);
        } else if (method == "quadrants") {
            rule.method = category_method::quadrants;
            read_quadrants(c, r, inst, rule);
        } else if (!method.empty()) {
            c.error(r.child("method"),
                    "\"method\" must be \"highest\", \"linear\" or \"quadrants\", not " +
                        in_quotes(method) + ".");
        }
        if (auto near = r.number("near_boundary", false)) {
            if (*near < 0)
                c.error(r.child("near_boundary"),
                        "\"near_boundary\" is a distance and cannot be negative.");
            rule.near_boundary = *near;
            rule.near_boundary_basis = r.text("near_boundary_basis").value_or("");
        }
        inst.categories.push_back(std::move(rule));
    }
}

void read_profile(checker& c, object_reader& top, instrument& inst) {
    const auto* v = top.get("profile", false);
    if (!v) return;
    object_reader r(c, *v, top.child("profile"),
                    {"inputs", "cuts", "basis", "cells", "relative_to_scale"});
    if (!r.valid()) return;
    attachscore::profile p;
    p.relative_to_scale = r.boolean("relative_to_scale", false).value_or(false);
    p.inputs = read_score_ids(c, r, "inputs", inst, 2, 2);
    read_cuts(c, r, p.cuts);
    // The basis is read by people in the report's language: text in each declared language, or
    // (older files) English text alone.
    if (const auto* basis = r.get("basis", true); basis && basis->is_string()) {
        p.basis = std::string(basis->as_string());
        p.basis_text["en"] = p.basis;
    } else if (basis) {
        p.basis_text = r.localized("basis").value_or(localized_text{});
        if (auto en = p.basis_text.find("en"); en != p.basis_text.end()) p.basis = en->second;
    }
    if (const auto* cells_v = r.get("cells", true)) {
        object_reader cells(c, *cells_v, r.child("cells"),
                            {"low_low", "high_low", "low_high", "high_high"});
        for (int k = 0; k < 4; ++k) {
            const auto* cell_v = cells.get(quadrant_names[k], true);
            if (!cell_v) continue;
            object_reader cell(c, *cell_v, cells.child(quadrant_names[k]),
                               {"label", "text", "prototype"});
            p.cells[k].label = cell.localized("label").value_or(localized_text{});
            p.cells[k].text = cell.localized("text").value_or(localized_text{});
            p.cells[k].prototype = cell.text("prototype", false).value_or("");
        }
    }
    inst.profile = std::move(p);
}

}  // namespace attachscore::detail
