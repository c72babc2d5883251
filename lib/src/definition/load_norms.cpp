#include <cmath>
#include <set>

#include "definition/load_parts.hpp"

namespace attachscore::detail {
namespace {

void read_group(checker& c, const json::value& v, const std::string& at, const instrument& inst,
                norm_group& g) {
    object_reader r(c, v, at, {"id", "aliases", "label", "scores"});
    if (!r.valid()) return;
    g.id = r.text("id").value_or("");
    g.label = r.localized("label").value_or(localized_text{});
    if (const auto* aliases = r.list("aliases", false))
        for (const auto& a : *aliases)
            if (a.is_string()) g.aliases.emplace_back(a.as_string());
    const auto* scores_v = r.get("scores", true);
    if (!scores_v) return;
    if (!scores_v->is_object()) {
        c.error(r.child("scores"),
                "\"scores\" must be an object of score ids, e.g. {\"anxiety\": {\"mean\": 2.3, "
                "\"sd\": 0.9}}.");
        return;
    }
    for (const auto& kv : scores_v->as_object()) {
        const std::string sid(kv.key());
        const std::string sat = r.child("scores") + "/" + pointer_token(sid);
        if (!inst.find_score(sid)) {
            c.error(sat, "there is no score " + in_quotes(sid) + ".");
            continue;
        }
        object_reader s(c, kv.value(), sat, {"mean", "sd", "reliability"});
        norm_values nv;
        auto mean = s.number("mean");
        auto sd = s.number("sd");
        auto rel = s.number("reliability", false);
        // A subnormal SD such as 1e-320 passes "above 0" but makes every z infinite.
        if (sd && !(*sd >= 1e-6 && std::isfinite(*sd)))
            c.error(s.child("sd"), "a standard deviation must be a number of at least 0.000001.");
        if (rel && (*rel <= 0 || *rel >= 1))
            c.error(s.child("reliability"), "a reliability must lie between 0 and 1.");
        if (!mean || !sd) continue;
        nv.mean = *mean;
        nv.sd = *sd;
        nv.reliability = rel;
        g.scores[sid] = nv;
    }
}

void read_norm_bands(checker& c, object_reader& r, const instrument& inst, norm_set& set) {
    const auto* v = r.get("bands", true);
    if (!v) return;
    object_reader b(c, *v, r.child("bands"), {"basis", "cuts", "labels", "texts"});
    if (!b.valid()) return;
    set.bands_basis = b.text("basis").value_or("");
    if (const auto* cuts = b.list("cuts"))
        for (const auto& x : *cuts) {
            if (!x.is_number()) {
                c.error(b.child("cuts"), "\"cuts\" must be z values, e.g. [-1, 1].");
                break;
            }
            const double z = x.to_number<double>();
            if (!set.cuts.empty() && z <= set.cuts.back())
                c.error(b.child("cuts"), "the z cut-points must increase.");
            set.cuts.push_back(z);
        }
    const std::size_t n = set.cuts.size() + 1;
    if (const auto* labels = b.list("labels")) {
        if (labels->size() != n)
            c.error(b.child("labels"), std::to_string(set.cuts.size()) + " cut-points make " +
                                           std::to_string(n) + " bands, so \"labels\" needs " +
                                           std::to_string(n) + " entries.");
        for (std::size_t k = 0; k < labels->size(); ++k) {
            if (auto t = read_localized(
                    c, (*labels)[k], b.child("labels") + "/" + std::to_string(k), "a band label"))
                set.band_labels.push_back(std::move(*t));
        }
    }
    const auto* texts = b.get("texts", true);
    if (!texts) return;
    if (!texts->is_object()) {
        c.error(b.child("texts"),
                "\"texts\" must be an object of score ids, each with one text per band.");
        return;
    }
    for (const auto& kv : texts->as_object()) {
        const std::string sid(kv.key());
        const std::string at = b.child("texts") + "/" + pointer_token(sid);
        if (!inst.find_score(sid)) {
            c.error(at, "there is no score " + in_quotes(sid) + ".");
            continue;
        }
        if (!kv.value().is_array() || kv.value().as_array().size() != n) {
            c.error(at, "each score needs " + std::to_string(n) + " texts, one per band.");
            continue;
        }
        auto& out = set.band_texts[sid];
        const auto& arr = kv.value().as_array();
        for (std::size_t k = 0; k < arr.size(); ++k) {
            if (auto t = read_localized(c, arr[k], at + "/" + std::to_string(k), "a band text"))
                out.push_back(std::move(*t));
        }
    }
}

}  // namespace

void read_norms(checker& c, object_reader& top, instrument& inst) {
    const auto* list = top.list("norms", false);
    if (!list) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        object_reader r(c, (*list)[i], top.child("norms") + "/" + std::to_string(i),
                        {"id", "population", "n", "source", "groups", "bands"});
        if (!r.valid()) continue;
        norm_set set;
        set.id = r.text("id").value_or("");
        if (!set.id.empty() && !ids.insert(set.id).second)
            c.error(r.child("id"), "norm set " + in_quotes(set.id) + " is defined twice.");
        set.population = r.text("population").value_or("");
        set.source = r.text("source").value_or("");
        if (auto n = r.integer("n")) set.n = static_cast<int>(*n);
        if (const auto* groups = r.list("groups")) {
            std::set<std::string> names;
            for (std::size_t g = 0; g < groups->size(); ++g) {
                norm_group group;
                read_group(c, (*groups)[g], r.child("groups") + "/" + std::to_string(g), inst,
                           group);
                for (const auto& name : [&] {
                         auto all = group.aliases;
                         all.push_back(group.id);
                         return all;
                     }())
                    if (!names.insert(lower(name)).second)
                        c.error(r.child("groups") + "/" + std::to_string(g),
                                "group name " + in_quotes(name) + " is used twice.");
                set.groups.push_back(std::move(group));
            }
        }
        read_norm_bands(c, r, inst, set);
        for (const auto& g : set.groups)
            for (const auto& [sid, v] : g.scores)
                if (!set.band_texts.count(sid))
                    c.error(r.child("bands") + "/texts",
                            "score " + in_quotes(sid) + " has norms but no band texts.");
        inst.norms.push_back(std::move(set));
    }
}

}  // namespace attachscore::detail
