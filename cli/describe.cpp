#include "describe.hpp"

#include <fmt/format.h>

#include "attachscore/table.hpp"

namespace attachscore::cli {
namespace {

std::string short_citation(const citation& c) {
    // "Fraley, R. C., Waller, N. G., & Brennan, K. A." → "Fraley et al."; one author stays whole.
    const auto comma = c.authors.find(',');
    std::string first = comma == std::string::npos ? c.authors : c.authors.substr(0, comma);
    const bool several = c.authors.find('&') != std::string::npos;
    return fmt::format("{}{} ({})", first, several ? " et al." : "", c.year);
}

std::string full_citation(const citation& c) {
    std::string out = fmt::format("{} ({}). {}. {}.", c.authors, c.year, c.title, c.source);
    if (!c.doi.empty()) out += " https://doi.org/" + c.doi;
    return out;
}

// "1–8, 9R, 10, 11R, 12–18": runs of consecutive unreversed items are shortened.
std::string item_list(const instrument& inst, const std::vector<int>& numbers) {
    std::string out;
    std::size_t i = 0;
    auto reversed = [&](int n) {
        auto idx = inst.item_index(n);
        return idx && inst.items[*idx].reverse;
    };
    while (i < numbers.size()) {
        if (!out.empty()) out += ", ";
        const int n = numbers[i];
        if (reversed(n)) {
            out += fmt::format("{}R", n);
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1 &&
               !reversed(numbers[j + 1]))
            ++j;
        out += j > i + 1 ? fmt::format("{}–{}", n, numbers[j]) : std::to_string(n);
        if (j == i + 1) out += fmt::format(", {}", numbers[j]);
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
        fmt::format("{:<10} {:<6} {:<6} {:<28} {}\n", "ID", "ITEMS", "SCALE", "SOURCE", "NAME");
    for (const auto& inst : instruments) {
        out += fmt::format("{:<10} {:<6} {:<6} {:<28} {}", inst.id, inst.items.size(),
                           fmt::format("{}–{}", inst.scale.min, inst.scale.max),
                           short_citation(inst.cite), inst.name);
        if (inst.origin != "built-in") out += fmt::format("  [{}]", inst.origin);
        out += '\n';
    }
    return out;
}

std::string info_text(const instrument& inst) {
    const std::string lang = inst.languages.empty() ? "en" : inst.languages.front();
    std::string out;
    out += fmt::format("{} — {}\n", inst.short_name, inst.name);
    out += fmt::format("  id {}, file version {}, {}\n\n", inst.id, inst.version,
                       inst.origin == "built-in" ? "built in" : "from " + inst.origin);
    out += fmt::format("Citation:   {}\n", full_citation(inst.cite));
    out += fmt::format("Licence:    {}\n", inst.licence);
    out += fmt::format("Wording:    {}\n", inst.wording);
    out += fmt::format("Item order: {} — {}\n\n", inst.item_order, inst.item_order_description);

    std::string anchors;
    for (const auto& a : inst.scale.anchors)
        anchors +=
            fmt::format("{}{} = {}", anchors.empty() ? "" : ", ", a.value, text_in(a.label, lang));
    out += fmt::format("Scale:      {}–{} ({}); a reversed item (R) scores as {} − answer\n",
                       inst.scale.min, inst.scale.max, anchors, inst.scale.min + inst.scale.max);
    std::vector<int> all;
    std::string reversed;
    for (const auto& it : inst.items) {
        all.push_back(it.number);
        if (it.reverse) reversed += fmt::format("{}{}", reversed.empty() ? "" : ", ", it.number);
    }
    out += fmt::format("Items:      {}; reverse-keyed: {}\n\n", inst.items.size(),
                       reversed.empty() ? "none" : reversed);

    out += "Scores:\n";
    for (const auto& s : inst.scores) {
        out += fmt::format("  {} — {}\n", s.id, s.label);
        out += fmt::format("    {}\n", s.description);
        out +=
            fmt::format("    {} of items {}\n", s.aggregate == aggregation::mean ? "mean" : "sum",
                        item_list(inst, s.items));
        if (s.missing == missing_rule::invalid)
            out += "    missing answers: any unanswered item makes the score not valid\n";
        else
            out +=
                fmt::format("    missing answers: valid with at least {} of {} answered; {}\n",
                            s.min_answered, s.items.size(),
                            s.aggregate == aggregation::mean ? "the mean of the answered items"
                                                             : "the sum is prorated to all items");
        if (!s.min_answered_basis.empty())
            out += fmt::format("      basis: {}\n", s.min_answered_basis);
        out += "    bands:\n";
        for (std::size_t i = 0; i < s.bands.size(); ++i) {
            const auto& b = s.bands[i];
            const bool last = i + 1 == s.bands.size();
            out += fmt::format("      {} to {}{}: {}\n", number_text(b.from), last ? "" : "under ",
                               number_text(b.to), text_in(b.label, lang));
        }
        out += fmt::format("      basis: {}\n", s.bands_basis);
    }
    out += "\nKey checked against:\n";
    for (const auto& r : inst.key_sources)
        out += fmt::format("  - {}: {}\n", r.what, r.where);
    std::string patterns;
    for (const auto& p : candidate_patterns(inst))
        patterns += (patterns.empty() ? "" : ", ") + p;
    out += fmt::format("\nColumn names tried when --columns is not given: {}\n", patterns);
    out += fmt::format("\n{}\n", text_in(inst.disclaimer, lang));
    return out;
}

}  // namespace attachscore::cli
