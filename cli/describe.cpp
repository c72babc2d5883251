#include "describe.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "attachscore/interpret.hpp"
#include "attachscore/table.hpp"

namespace attachscore::cli {
namespace {

// APA style in text: "Collins (1996)", "Bartholomew & Horowitz (1991)", "Fraley et al. (2000)".
std::string short_citation(const citation& c) {
    // Authors are written "Last, I. I., Last, I., & Last, I."; surnames are the parts without a
    // final full stop.
    std::vector<std::string> surnames;
    std::size_t start = 0;
    while (start <= c.authors.size()) {
        auto end = c.authors.find(',', start);
        if (end == std::string::npos) end = c.authors.size();
        std::string part = c.authors.substr(start, end - start);
        part.erase(0, part.find_first_not_of(" &"));
        part.erase(part.find_last_not_of(' ') + 1);
        if (!part.empty() && part.back() != '.') surnames.push_back(part);
        start = end + 1;
    }
    std::string who = surnames.empty() ? c.authors : surnames.front();
    if (surnames.size() == 2) who += " & " + surnames[1];
    if (surnames.size() > 2) who += " et al.";
    return fmt::format("{} ({})", who, c.year);
}

std::string full_citation(const citation& c) {
    std::string out = fmt::format("{} ({}). {}. {}.", c.authors, c.year, c.title, c.source);
    if (!c.doi.empty()) out += " https://doi.org/" + c.doi;
    return out;
}

// "1–8, 9R, 10, 11R, 12–18": runs of consecutive unreversed items are shortened.
std::string item_list(const std::vector<keyed_item>& items) {
    std::string out;
    std::size_t i = 0;
    while (i < items.size()) {
        if (!out.empty()) out += ", ";
        if (items[i].reverse) {
            out += fmt::format("{}R", items[i].number);
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < items.size() && items[j + 1].number == items[j].number + 1 &&
               !items[j + 1].reverse)
            ++j;
        out += j > i + 1 ? fmt::format("{}–{}", items[i].number, items[j].number)
                         : std::to_string(items[i].number);
        if (j == i + 1) out += fmt::format(", {}", items[j].number);
        i = j + 1;
    }
    return out;
}

std::string number_text(double v) {
    return fmt::format("{}", v);
}

std::string text_in(const localized_text& t, const std::string& lang) {
    auto it = t.find(lang);
    return it == t.end() ? std::string() : it->second;
}

}  // namespace

std::string list_text(std::span<const instrument> instruments) {
    std::string out =
        fmt::format("{:<10} {:<6} {:<6} {:<30} {}\n", "ID", "ITEMS", "SCALE", "SOURCE", "NAME");
    for (const auto& inst : instruments) {
        out += fmt::format("{:<10} {:<6} {:<6} {:<30} {}", inst.id, inst.items.size(),
                           fmt::format("{}–{}", inst.scale.min, inst.scale.max),
                           short_citation(inst.cite), inst.name);
        if (inst.origin != "built-in") out += fmt::format("  [{}]", inst.origin);
        out += '\n';
    }
    return out;
}

std::string fit_lines(const std::string& text, std::size_t width) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line(text.data() + start, end - start);
        const std::size_t indent = line.find_first_not_of(' ');
        const bool wide = line.size() > width && indent != std::string_view::npos;
        if (wide)
            out += std::string(indent, ' ') + wrap_text(line.substr(indent), indent, width);
        else
            out += line;
        out += '\n';
        start = end + 1;
    }
    return out;
}

std::string info_text(const instrument& inst) {
    const std::string lang = inst.languages.empty() ? "en" : inst.languages.front();
    std::string out;
    auto field = [&](std::string_view name, const std::string& value) {
        out += fmt::format("{:<12}{}\n", name, wrap_text(value, 12));
    };
    out += fmt::format("{} — {}\n", inst.short_name, inst.name);
    out += fmt::format("  id {}, file version {}, {}\n\n", inst.id, inst.version,
                       inst.origin == "built-in" ? "built in" : "from " + inst.origin);
    field("Citation:", full_citation(inst.cite));
    field("Licence:", inst.licence);
    field("Wording:", inst.wording);
    field("Item order:", inst.item_order + " — " + inst.item_order_description);
    for (const auto& order : inst.other_orders)
        field("", "Also given as " + order.id + " (--item-order " + order.id + "): " +
                      text_in_language(order.description, "en") + " Source: " + order.source);
    out += '\n';

    std::string anchors;
    for (const auto& a : inst.scale.anchors)
        anchors +=
            fmt::format("{}{} = {}", anchors.empty() ? "" : ", ", a.value, text_in(a.label, lang));
    field("Scale:",
          fmt::format("{}–{} ({}); a reversed item (R) scores as {} − answer", inst.scale.min,
                      inst.scale.max, anchors, inst.scale.min + inst.scale.max));
    std::size_t ratings = 0;
    for (const auto& it : inst.items)
        ratings += it.kind == item_kind::rating;
    std::string reversed;
    for (const auto& it : inst.items)
        if (it.reverse) reversed += (reversed.empty() ? "" : ", ") + std::to_string(it.number);
    field("Items:", fmt::format("{} rated{}; reverse-keyed: {}", ratings,
                                ratings == inst.items.size()
                                    ? ""
                                    : fmt::format(", {} choice", inst.items.size() - ratings),
                                reversed.empty() ? "none" : reversed));
    for (const auto& it : inst.items) {
        if (it.kind != item_kind::choice) continue;
        std::string options;
        for (const auto& o : it.options) {
            options += fmt::format("{}{} = {}", options.empty() ? "" : ", ", o.code, o.category);
            if (!o.aliases.empty()) {
                std::string aliases;
                for (const auto& a : o.aliases)
                    aliases += (aliases.empty() ? "" : "/") + a;
                options += " (" + aliases + ")";
            }
        }
        field("", fmt::format("item {} is the choice \"{}\"{}: {}", it.number, it.id,
                              it.optional ? " (optional)" : "", options));
    }
    if (!inst.targets.empty()) {
        std::string targets;
        for (const auto& t : inst.targets)
            targets += (targets.empty() ? "" : ", ") + t.id + " (" + text_in(t.label, lang) + ")";
        field("Targets:", "every item is answered about each of " + targets);
    }

    out += "\nScores:\n";
    for (std::size_t i = 0; i < inst.scores.size(); ++i) {
        const auto& s = inst.scores[i];
        // Per-target copies of one score are described once, with their ids.
        if (!s.target.empty() && i > 0 && inst.scores[i - 1].target != s.target &&
            inst.scores[i - 1].items.size() == s.items.size() &&
            !inst.scores[i - 1].target.empty() && inst.scores[i - 1].description == s.description)
            continue;
        std::string ids = s.id;
        if (!s.target.empty())
            for (std::size_t j = i + 1; j < inst.scores.size(); ++j)
                if (!inst.scores[j].target.empty() && inst.scores[j].description == s.description)
                    ids += ", " + inst.scores[j].id;
        // A per-target copy's label is "Mother: Attachment avoidance"; show the shared part.
        const std::string label = text_in(s.label, lang);
        const auto colon = label.find(": ");
        out += fmt::format(
            "  {} — {}\n", ids,
            s.target.empty() || colon == std::string::npos ? label : label.substr(colon + 2));
        out += fmt::format("    {}\n", wrap_text(s.description, 4));
        const char* agg = s.aggregate == aggregation::mean ? "mean" : "sum";
        if (s.derived()) {
            std::string parts;
            for (const auto& in : s.inputs)
                parts +=
                    (parts.empty() ? (in.weight < 0 ? "−" : "") : (in.weight < 0 ? " − " : " + ")) +
                    (std::abs(in.weight) == 1 ? "" : fmt::format("{} × ", std::abs(in.weight))) +
                    in.score;
            out += fmt::format("    {} of scores: {}\n", agg, parts);
        } else if (s.items.size() == 1) {
            out += fmt::format("    the answer to item {}\n", item_list(s.items));
        } else {
            out += fmt::format("    {} of items {}\n", agg, item_list(s.items));
        }
        const char* unit = s.derived() ? "scores valid" : "answered";
        if (s.parts() == 1)
            out += fmt::format("    valid when {}\n",
                               s.derived() ? "its score is valid" : "it is answered");
        else if (s.missing == missing_rule::invalid)
            out += fmt::format("    valid only when all {} {}\n", s.parts(),
                               s.derived() ? "scores are valid" : "items are answered");
        else
            out += fmt::format(
                "    valid with at least {} of {} {}; {}\n", s.min_answered, s.parts(), unit,
                s.aggregate == aggregation::mean ? "the mean of those" : "the sum is prorated");
        if (!s.min_answered_basis.empty())
            out += fmt::format("      basis: {}\n", wrap_text(s.min_answered_basis, 13));
        out += "    bands:\n";
        for (std::size_t b = 0; b < s.bands.size(); ++b) {
            const auto& band = s.bands[b];
            const bool last = b + 1 == s.bands.size();
            out +=
                fmt::format("      {} to {}{}: {}\n", number_text(band.from), last ? "" : "under ",
                            number_text(band.to), text_in(band.label, lang));
        }
        out += fmt::format("      basis: {}\n", wrap_text(s.bands_basis, 13));
    }
    out += "\nClassifications (the continuous scores are the primary result):\n";
    if (inst.categories.empty()) out += "  none\n";
    for (const auto& c : inst.categories) {
        const auto list = [](const std::vector<std::string>& v) {
            std::string joined;
            for (const auto& x : v)
                joined += (joined.empty() ? "" : ", ") + x;
            return joined;
        };
        out += fmt::format("  {} — {} ({})\n", c.id, text_in(c.label, lang),
                           c.option.empty() ? "computed by default; --classify none turns it off"
                                            : "computed with --classify " + c.option);
        switch (c.method) {
            case category_method::highest:
                out += fmt::format(
                    "    the highest of {}{}\n", list(c.scores),
                    c.tie_break.empty()
                        ? "; ties are reported as ties"
                        : "; a tie is settled by the choice \"" + c.tie_break +
                              "\" when it names one of the tied, else reported as a tie");
                break;
            case category_method::linear: {
                out += fmt::format("    the highest of these functions of {}:\n", list(c.inputs));
                for (const auto& f : c.functions) {
                    std::string terms = fmt::format("{}", f.constant);
                    for (std::size_t i = 0; i < f.weights.size(); ++i)
                        terms += fmt::format(" + {} × {}", f.weights[i], c.inputs[i]);
                    out += fmt::format("      {:<12} {}\n", f.category, terms);
                }
                break;
            }
            case category_method::quadrants:
                out += fmt::format("    {} split at {} and {} split at {} ({}): {}\n", c.inputs[0],
                                   c.cuts[0], c.inputs[1], c.cuts[1],
                                   c.unclassified_at_cut ? "a value on a cut is unclassified"
                                                         : "at or above = high",
                                   fmt::format("low/low {}, high/low {}, low/high {}, high/high {}",
                                               c.cells[0], c.cells[1], c.cells[2], c.cells[3]));
                break;
        }
        out += fmt::format("    basis: {}\n", wrap_text(c.basis, 11));
        if (c.near_boundary > 0)
            out += fmt::format("    near_boundary: flagged within {}\n      {}\n", c.near_boundary,
                               wrap_text(c.near_boundary_basis, 6));
    }
    if (inst.profile)
        out += fmt::format("\nProfile text: by {} (middle {}) and {} (middle {})\n  {}\n",
                           inst.profile->inputs[0], inst.profile->cuts[0], inst.profile->inputs[1],
                           inst.profile->cuts[1], wrap_text(inst.profile->basis, 2));
    out += "\nNorms:\n";
    if (inst.norms.empty())
        out +=
            "  none bundled: no published norms were found for this instrument (a norm file can be "
            "given "
            "with --norms FILE)\n";
    for (const auto& n : inst.norms) {
        std::string groups;
        for (const auto& g : n.groups)
            groups += (groups.empty() ? "" : ", ") + g.id;
        out += fmt::format(
            "  {} — {}, N = {}; groups: {} (--norms {} --norm-group COLUMN)\n    source: {}\n    "
            "bands: {}\n",
            n.id, n.population, n.n, groups, n.id, wrap_text(n.source, 12),
            wrap_text(n.bands_basis, 11));
    }
    out += "\nKey checked against:\n";
    for (const auto& r : inst.key_sources)
        out += fmt::format("  - {}\n", wrap_text(r.what + ": " + r.where, 4));
    std::string patterns;
    for (const auto& p : candidate_patterns(inst))
        patterns += (patterns.empty() ? "" : ", ") + p;
    out += fmt::format("\n{}\n",
                       wrap_text("Column names tried when --columns is not given: " + patterns, 0));
    out += fmt::format("\n{}\n", wrap_text(text_in(inst.disclaimer, lang), 0));
    return out;
}

}  // namespace attachscore::cli
