#include <set>
#include <sstream>

#include "definition/load_parts.hpp"

namespace attachscore::detail {
namespace {

std::string format_bound(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

// An output column name for a score and its _answered column; false when taken.
bool claim_score_columns(checker& c, column_names& columns, const std::string& at,
                         const std::string& id) {
    if (columns.insert(id).second && columns.insert(id + "_answered").second) return true;
    c.error(at, "score id " + in_quotes(id) + " clashes with another output column.");
    return false;
}

void read_bands(checker& c, object_reader& score, bool range_known, score_definition& out) {
    const auto* v = score.get("bands", true);
    if (!v) return;
    object_reader r(c, *v, score.child("bands"), {"basis", "relative_to_scale", "ranges"});
    if (!r.valid()) return;
    out.bands_basis = r.text("basis").value_or("");
    out.bands_relative = r.boolean("relative_to_scale", false).value_or(false);
    const auto* ranges = r.list("ranges");
    if (!ranges) return;
    bool all_read = true;
    for (std::size_t i = 0; i < ranges->size(); ++i) {
        object_reader b(c, (*ranges)[i], r.child("ranges") + "/" + std::to_string(i),
                        {"from", "to", "label", "text"});
        if (!b.valid()) {
            all_read = false;
            continue;
        }
        auto from = b.number("from");
        auto to = b.number("to");
        auto label = b.localized("label");
        auto text = b.localized("text");
        if (!from || !to || !label || !text) {
            all_read = false;
            continue;
        }
        if (*from >= *to) {
            c.error(b.pointer(), "band " + std::to_string(i + 1) + " runs from " +
                                     format_bound(*from) + " to " + format_bound(*to) +
                                     "; \"from\" must be below \"to\".");
            all_read = false;
            continue;
        }
        out.bands.push_back({*from, *to, std::move(*label), std::move(*text)});
    }
    if (!all_read || !range_known) return;
    // The bands must tile the score's whole range: no gap, no overlap.
    const std::string ranges_at = r.child("ranges");
    if (out.bands.front().from != out.lowest)
        c.error(ranges_at + "/0/from",
                "the first band starts at " + format_bound(out.bands.front().from) +
                    " but the score's lowest possible value is " + format_bound(out.lowest) + ".");
    if (out.bands.back().to != out.highest)
        c.error(ranges_at + "/" + std::to_string(out.bands.size() - 1) + "/to",
                "the last band ends at " + format_bound(out.bands.back().to) +
                    " but the score's highest possible value is " + format_bound(out.highest) +
                    ".");
    for (std::size_t i = 0; i + 1 < out.bands.size(); ++i) {
        const double end = out.bands[i].to;
        const double next = out.bands[i + 1].from;
        const std::string at = ranges_at + "/" + std::to_string(i + 1) + "/from";
        if (next > end)
            c.error(at, "gap between bands " + std::to_string(i + 1) + " and " +
                            std::to_string(i + 2) + ": scores from " + format_bound(end) + " to " +
                            format_bound(next) + " fall in no band.");
        else if (next < end)
            c.error(at, "bands " + std::to_string(i + 1) + " and " + std::to_string(i + 2) +
                            " overlap from " + format_bound(next) + " to " + format_bound(end) +
                            "; each band must start where the one before it ends.");
    }
}

// "items": [1, 2, {"item": 6, "reverse": true}] — a number keeps the item's own keying.
void read_keyed_items(checker& c, object_reader& r, const instrument& inst, score_definition& def) {
    const auto* refs = r.list("items");
    if (!refs) return;
    std::set<std::int64_t> seen;
    for (std::size_t k = 0; k < refs->size(); ++k) {
        const std::string at = r.child("items") + "/" + std::to_string(k);
        const auto& ref = (*refs)[k];
        std::optional<std::int64_t> number;
        std::optional<bool> reverse;
        if (ref.is_int64()) {
            number = ref.as_int64();
        } else if (ref.is_object()) {
            object_reader o(c, ref, at, {"item", "reverse"});
            number = o.integer("item");
            reverse = o.boolean("reverse");
            if (!number || !reverse) continue;
        } else {
            c.error(at, "expected an item number, found " + kind_name(ref) + ".");
            continue;
        }
        const auto index = inst.item_index(static_cast<int>(*number));
        if (!index) {
            c.error(at, "item " + std::to_string(*number) + " does not exist; /items defines " +
                            std::to_string(inst.items.size()) + " items.");
        } else if (inst.items[*index].kind != item_kind::rating) {
            c.error(at, "item " + std::to_string(*number) +
                            " is a choice, not a rating; only ratings can be "
                            "added up into a score.");
        } else if (!seen.insert(*number).second) {
            c.error(at, "item " + std::to_string(*number) + " is listed twice in this score.");
        } else {
            def.items.push_back(
                {static_cast<int>(*number), reverse.value_or(inst.items[*index].reverse)});
        }
    }
}

// "of": [{"score": "secure"}, {"score": "fearful", "weight": -1}] — scores defined above only.
void read_inputs(checker& c, object_reader& r, const std::vector<score_definition>& earlier,
                 score_definition& def, bool& range_known) {
    const auto* list = r.list("of");
    if (!list) {
        range_known = false;
        return;
    }
    std::set<std::string> seen;
    for (std::size_t k = 0; k < list->size(); ++k) {
        object_reader o(c, (*list)[k], r.child("of") + "/" + std::to_string(k),
                        {"score", "weight"});
        if (!o.valid()) {
            range_known = false;
            continue;
        }
        auto name = o.text("score");
        auto weight = o.number("weight", false);
        if (!name) {
            range_known = false;
            continue;
        }
        if (weight && *weight == 0)
            c.error(o.child("weight"), "a weight of 0 leaves the score out; remove it instead.");
        const auto found = std::find_if(earlier.begin(), earlier.end(),
                                        [&](const score_definition& s) { return s.id == *name; });
        if (found == earlier.end()) {
            c.error(o.child("score"), "\"of\" names " + in_quotes(*name) +
                                          ", which is not a score defined above this one.");
            range_known = false;
            continue;
        }
        if (!seen.insert(*name).second) {
            c.error(o.child("score"),
                    "score " + in_quotes(*name) + " is listed twice in this score.");
            continue;
        }
        if (found->lowest == 0 && found->highest == 0) range_known = false;
        def.inputs.push_back({*name, weight.value_or(1)});
    }
}

void read_rules(checker& c, object_reader& r, score_definition& def) {
    const std::string parts_word = def.derived() ? "input" : "item";
    if (auto agg = r.text("aggregate")) {
        if (*agg == "mean")
            def.aggregate = aggregation::mean;
        else if (*agg == "sum")
            def.aggregate = aggregation::sum;
        else
            c.error(r.child("aggregate"),
                    "\"aggregate\" must be \"mean\" or \"sum\", not " + in_quotes(*agg) + ".");
    }
    if (auto miss = r.text("missing")) {
        if (*miss == "prorate")
            def.missing = missing_rule::prorate;
        else if (*miss == "invalid")
            def.missing = missing_rule::invalid;
        else
            c.error(r.child("missing"), "\"missing\" must be \"prorate\" or \"invalid\", not " +
                                            in_quotes(*miss) + ".");
    }
    if (def.derived()) {
        const bool weighted = std::any_of(def.inputs.begin(), def.inputs.end(),
                                          [](const score_input& in) { return in.weight != 1; });
        if (def.aggregate == aggregation::mean && weighted)
            c.error(r.child("aggregate"),
                    "a \"mean\" of scores takes no weights; use \"sum\" for a weighted "
                    "combination.");
        if (def.aggregate == aggregation::sum && def.missing == missing_rule::prorate)
            c.error(r.child("missing"),
                    "a \"sum\" of scores needs every input; set \"missing\": \"invalid\".");
    }
    const auto n = static_cast<std::int64_t>(def.parts());
    auto min_answered = r.integer("min_answered", def.missing == missing_rule::prorate);
    if (def.missing == missing_rule::invalid) {
        if (min_answered && *min_answered != n)
            c.error(r.child("min_answered"), "with \"missing\": \"invalid\" every " + parts_word +
                                                 " is needed, so \"min_answered\" must be " +
                                                 std::to_string(n) + " or left out.");
        def.min_answered = static_cast<int>(n);
    } else if (min_answered) {
        if (*min_answered < 1 || *min_answered > n)
            c.error(r.child("min_answered"), "\"min_answered\" must be between 1 and the score's " +
                                                 std::to_string(n) + " " + parts_word +
                                                 "s; found " + std::to_string(*min_answered) + ".");
        else
            def.min_answered = static_cast<int>(*min_answered);
    }
    def.min_answered_basis = r.text("min_answered_basis", def.min_answered < n).value_or("");
}

// The lowest and highest value a derived score can take, from its inputs' ranges.
void derived_range(const std::vector<score_definition>& earlier, score_definition& def) {
    double lo = 0, hi = 0;
    bool first = true;
    for (const auto& in : def.inputs) {
        const auto& s = *std::find_if(earlier.begin(), earlier.end(),
                                      [&](const score_definition& e) { return e.id == in.score; });
        if (def.aggregate == aggregation::mean) {
            lo = first ? s.lowest : std::min(lo, s.lowest);
            hi = first ? s.highest : std::max(hi, s.highest);
        } else {
            lo += in.weight > 0 ? in.weight * s.lowest : in.weight * s.highest;
            hi += in.weight > 0 ? in.weight * s.highest : in.weight * s.lowest;
        }
        first = false;
    }
    def.lowest = lo;
    def.highest = hi;
}

}  // namespace

void read_scores(checker& c, object_reader& top, instrument& inst, bool scale_ok,
                 column_names& columns) {
    const auto* list = top.list("scores");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = top.child("scores") + "/" + std::to_string(i);
        object_reader r(c, (*list)[i], at,
                        {"id", "label", "description", "items", "of", "aggregate", "missing",
                         "min_answered", "min_answered_basis", "bands"});
        if (!r.valid()) continue;
        score_definition def;
        std::string id_at = r.child("id");
        if (auto id = r.text("id")) {
            if (!valid_id(*id, id_shape::name))
                c.error(id_at, "score id " + in_quotes(*id) +
                                   " must be at most 64 lower-case letters, digits and _, starting "
                                   "with a letter "
                                   "(it becomes a column name).");
            def.id = *id;
        }
        def.label = r.localized("label").value_or(localized_text{});
        def.description = r.text("description").value_or("");
        const bool has_items = r.get("items", false) != nullptr;
        const bool has_inputs = r.get("of", false) != nullptr;
        if (has_items == has_inputs) {
            c.error(at,
                    "a score takes either \"items\" (answers added up) or \"of\" (other scores "
                    "combined), "
                    "and not both.");
            continue;
        }
        bool range_known = scale_ok;
        if (has_items)
            read_keyed_items(c, r, inst, def);
        else
            read_inputs(c, r, inst.scores, def, range_known);
        read_rules(c, r, def);
        if (def.parts() == 0) range_known = false;
        if (has_items) {
            const auto n = static_cast<double>(def.items.size());
            def.lowest = def.aggregate == aggregation::mean ? inst.scale.min : inst.scale.min * n;
            def.highest = def.aggregate == aggregation::mean ? inst.scale.max : inst.scale.max * n;
        } else if (range_known) {
            derived_range(inst.scores, def);
        }
        read_bands(c, r, range_known, def);

        // With targets, an item score is scored once for each target: "avoidance" becomes
        // "mother_avoidance", "father_avoidance", …
        if (has_items && !inst.targets.empty()) {
            for (const auto& t : inst.targets) {
                score_definition one = def;
                one.id = t.id + "_" + def.id;
                for (auto& [lang, text] : one.label) {
                    auto it = t.label.find(lang);
                    if (it != t.label.end()) text = it->second + ": " + text;
                }
                one.target = t.id;
                if (claim_score_columns(c, columns, id_at, one.id))
                    inst.scores.push_back(std::move(one));
            }
        } else if (claim_score_columns(c, columns, id_at, def.id)) {
            inst.scores.push_back(std::move(def));
        }
    }
}

}  // namespace attachscore::detail
