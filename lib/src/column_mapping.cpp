#include "column_mapping.hpp"

#include <map>

#include "attachscore/table.hpp"
#include "text_util.hpp"

namespace attachscore {

std::vector<std::string> candidate_patterns(const instrument& inst) {
    std::vector<std::string> out = inst.column_patterns;
    for (const char* generic : {"Q{n}", "Q_{n}", "item{n}", "item_{n}", "{n}"})
        out.emplace_back(generic);
    return out;
}

namespace detail {

std::optional<std::string> expand_pattern(std::string_view pattern, int number) {
    const auto open = pattern.find("{n");
    if (open == std::string_view::npos) return std::nullopt;
    const auto close = pattern.find('}', open);
    if (close == std::string_view::npos) return std::nullopt;
    if (pattern.find("{n", close) != std::string_view::npos) return std::nullopt;
    const std::string_view spec = pattern.substr(open + 2, close - open - 2);
    std::string digits = std::to_string(number);
    if (!spec.empty()) {
        // ":0W" pads with zeros to width W (1–9), as in "Q{n:02}" for Q01…Q36.
        if (spec.size() != 3 || spec[0] != ':' || spec[1] != '0' || spec[2] < '1' || spec[2] > '9')
            return std::nullopt;
        const auto width = static_cast<std::size_t>(spec[2] - '0');
        if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    }
    return std::string(pattern.substr(0, open)) + digits + std::string(pattern.substr(close + 1));
}

namespace {

using name_index = std::map<std::string, std::vector<std::size_t>>;

diagnostic file_error(const std::string& file, std::string message) {
    return {{file, "", 1, 0}, std::move(message)};
}

// How many items a pattern finds; `missing` gets the names it looked for and did not find.
std::size_t count_found(const instrument& inst, const name_index& names, std::string_view pattern,
                        std::vector<std::string>* missing) {
    std::size_t found = 0;
    for (const auto& it : inst.items) {
        const auto name = expand_pattern(pattern, it.number);
        if (name && names.count(normalize_name(*name)))
            ++found;
        else if (missing && name)
            missing->push_back(*name);
    }
    return found;
}

}  // namespace

result<column_mapping> map_columns(const instrument& inst, const std::vector<std::string>& header,
                                   std::string_view pattern, std::string_view id_column,
                                   const std::string& file) {
    name_index names;
    for (std::size_t i = 0; i < header.size(); ++i)
        names[normalize_name(header[i])].push_back(i);
    const std::string header_list = list_some(header, 12);
    const std::string label = inst.short_name.empty() ? inst.id : inst.short_name;

    column_mapping mapping;
    if (!pattern.empty()) {
        if (!expand_pattern(pattern, 1))
            return diagnostics{
                file_error(file, "the column pattern \"" + std::string(pattern) +
                                     "\" needs {n} (or {n:02} for zero-padded numbers) "
                                     "exactly once, e.g. \"Q{n}\".")};
        mapping.pattern = pattern;
    } else {
        std::vector<std::string> fits;
        std::string best;
        std::size_t best_found = 0;
        std::map<std::string, bool> tried;
        for (const auto& candidate : candidate_patterns(inst)) {
            if (!tried.emplace(lower(candidate), true).second) continue;
            const std::size_t found = count_found(inst, names, candidate, nullptr);
            if (found == inst.items.size()) fits.push_back(candidate);
            if (found > best_found) {
                best_found = found;
                best = candidate;
            }
        }
        if (fits.size() > 1)
            return diagnostics{file_error(
                file, "several column patterns fit every " + label + " item: " + join(fits, ", ") +
                          ". Say which holds the answers with --columns, e.g. --columns '" +
                          fits.front() + "'.")};
        if (fits.empty()) {
            std::vector<std::string> all;
            tried.clear();
            for (const auto& candidate : candidate_patterns(inst))
                if (tried.emplace(lower(candidate), true).second) all.push_back(candidate);
            std::string msg = "cannot tell which columns hold the " +
                              std::to_string(inst.items.size()) + " " + label +
                              " items: no column pattern fits every item. Looked for " +
                              join(all, ", ") + ".";
            if (best_found > 0) {
                std::vector<std::string> missing;
                count_found(inst, names, best, &missing);
                msg += " Closest: " + best + " found " + std::to_string(best_found) + " of " +
                       std::to_string(inst.items.size()) + " (missing " + list_some(missing, 8) +
                       ").";
            }
            msg += " The header has: " + header_list +
                   ". Name the item columns with --columns PATTERN, where {n} stands for the item "
                   "number "
                   "(e.g. --columns 'Q{n}' for Q1 … Q" +
                   std::to_string(inst.items.back().number) + ").";
            return diagnostics{file_error(file, msg)};
        }
        mapping.pattern = fits.front();
    }

    diagnostics errors;
    std::vector<std::string> missing;
    for (const auto& it : inst.items) {
        const std::string name = *expand_pattern(mapping.pattern, it.number);
        auto found = names.find(normalize_name(name));
        if (found == names.end()) {
            missing.push_back(name);
            continue;
        }
        if (found->second.size() > 1) {
            errors.push_back(file_error(
                file, "column \"" + name + "\" (item " + std::to_string(it.number) + ") appears " +
                          std::to_string(found->second.size()) + " times in the header (columns " +
                          std::to_string(found->second[0] + 1) + " and " +
                          std::to_string(found->second[1] + 1) +
                          "); which one holds the answers is unclear. Rename or remove one."));
            continue;
        }
        mapping.item_columns.push_back(found->second.front());
    }
    if (!missing.empty())
        errors.push_back(file_error(
            file, "with the column pattern \"" + mapping.pattern + "\", " +
                      std::to_string(missing.size()) + " of " + std::to_string(inst.items.size()) +
                      " " + label + " item columns are missing: " + list_some(missing, 10) +
                      ". The header has: " + header_list + "."));
    if (!id_column.empty()) {
        auto found = names.find(normalize_name(id_column));
        if (found == names.end())
            errors.push_back(file_error(file, "there is no id column \"" + std::string(id_column) +
                                                  "\". The header has: " + header_list + "."));
        else if (found->second.size() > 1)
            errors.push_back(file_error(file, "the id column \"" + std::string(id_column) +
                                                  "\" appears " +
                                                  std::to_string(found->second.size()) +
                                                  " times in the header; rename or remove one."));
        else
            mapping.id_column = found->second.front();
    }
    if (!errors.empty()) return errors;
    return mapping;
}

}  // namespace detail
}  // namespace attachscore
