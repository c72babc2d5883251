#include "input/column_mapping.hpp"

#include <algorithm>
#include <map>

#include "attachscore/table.hpp"
#include "common/text_util.hpp"

namespace attachscore {

std::vector<std::string> candidate_patterns(const instrument& inst) {
    std::vector<std::string> out = inst.column_patterns;
    const auto generic =
        inst.targets.empty()
            ? std::vector<std::string>{"Q{n}", "Q_{n}", "item{n}", "item_{n}", "{n}"}
            : std::vector<std::string>{"{target}_{n}", "{target}{n}", "{target}_Q{n}",
                                       "Q{n}_{target}"};
    out.insert(out.end(), generic.begin(), generic.end());
    return out;
}

namespace detail {

namespace {

using name_index = std::map<std::string, std::vector<std::size_t>>;

diagnostic file_error(const std::string& file, std::string message) {
    return {{file, "", 1, 0}, std::move(message)};
}

struct slot_name {
    std::size_t slot;
    const item* it;
    std::string target;
};

std::vector<slot_name> slots_of(const instrument& inst) {
    std::vector<slot_name> out;
    const std::size_t n_targets = inst.targets.empty() ? 1 : inst.targets.size();
    for (std::size_t t = 0; t < n_targets; ++t)
        for (std::size_t i = 0; i < inst.items.size(); ++i)
            out.push_back({t * inst.items.size() + i, &inst.items[i],
                           inst.targets.empty() ? "" : inst.targets[t].id});
    return out;
}

// The header columns an answer slot may be in: the pattern's name, and for a choice item its
// output column name ("forced_choice", or "mother_forced_choice" with targets).
std::vector<std::string> names_for(const slot_name& s, std::string_view pattern) {
    std::vector<std::string> names;
    if (auto n = expand_pattern(pattern, s.it->number, s.target)) names.push_back(*n);
    if (s.it->kind == item_kind::choice && !s.it->id.empty())
        names.push_back(s.target.empty() ? s.it->id : s.target + "_" + s.it->id);
    return names;
}

const std::vector<std::size_t>* lookup(const name_index& names,
                                       const std::vector<std::string>& candidates) {
    for (const auto& c : candidates)
        if (auto it = names.find(normalize_name(c)); it != names.end()) return &it->second;
    return nullptr;
}

// How many required answers a pattern finds; `missing` gets the names it looked for in vain.
std::size_t count_found(const std::vector<slot_name>& slots, const name_index& names,
                        std::string_view pattern, std::vector<std::string>* missing) {
    std::size_t found = 0;
    for (const auto& s : slots) {
        if (s.it->optional) continue;
        const auto candidates = names_for(s, pattern);
        if (lookup(names, candidates))
            ++found;
        else if (missing && !candidates.empty())
            missing->push_back(candidates.front());
    }
    return found;
}

std::size_t required_count(const std::vector<slot_name>& slots) {
    return static_cast<std::size_t>(std::count_if(
        slots.begin(), slots.end(), [](const slot_name& s) { return !s.it->optional; }));
}

}  // namespace

namespace {

struct mapping_context {
    const instrument& inst;
    const std::vector<std::string>& header;
    const std::string& file;
    name_index names;
    std::string header_list;
    std::string label;
    std::vector<slot_name> slots;
    bool targets;
    std::string example;
    const option_words& words;
};

// The pattern given, checked; or the one candidate pattern that fits every item.
result<std::string> choose_pattern(const mapping_context& m, std::string_view pattern) {
    if (!pattern.empty()) {
        if (!expand_pattern(pattern, 1, "t"))
            return diagnostics{
                file_error(m.file, "the column pattern \"" + std::string(pattern) +
                                       "\" needs {n} (or {n:02} for zero-padded numbers) "
                                       "exactly once, e.g. \"Q{n}\".")};
        if (m.targets && pattern.find("{target}") == std::string_view::npos)
            return diagnostics{file_error(m.file, "the column pattern \"" + std::string(pattern) +
                                                      "\" needs {target}: " + m.label +
                                                      " items are answered about several people (" +
                                                      std::to_string(m.inst.targets.size()) +
                                                      " targets), e.g. " + m.example + ".")};
        return std::string(pattern);
    }
    const std::size_t required = required_count(m.slots);
    std::vector<std::string> fits, tried;
    std::string best;
    std::size_t best_found = 0;
    for (const auto& candidate : candidate_patterns(m.inst)) {
        if (std::find_if(tried.begin(), tried.end(), [&](const std::string& t) {
                return lower(t) == lower(candidate);
            }) != tried.end())
            continue;
        tried.push_back(candidate);
        const std::size_t found = count_found(m.slots, m.names, candidate, nullptr);
        if (found == required) fits.push_back(candidate);
        if (found > best_found) best_found = found, best = candidate;
    }
    if (fits.size() > 1)
        return diagnostics{file_error(
            m.file, "several column patterns fit every " + m.label + " item: " + join(fits, ", ") +
                        ". Say which holds the answers with " +
                        m.words.name(option_id::column_pattern) + ", e.g. " +
                        m.words.setting(option_id::column_pattern, fits.front()) + ".")};
    if (!fits.empty()) return fits.front();
    std::string msg = "cannot tell which columns hold the " + std::to_string(required) + " " +
                      m.label + (m.targets ? " answers" : " items") +
                      ": no column pattern fits every item. Looked for " + join(tried, ", ") + ".";
    if (best_found > 0) {
        std::vector<std::string> missing;
        count_found(m.slots, m.names, best, &missing);
        msg += " Closest: " + best + " found " + std::to_string(best_found) + " of " +
               std::to_string(required) + " (missing " + list_some(missing, 8) + ").";
    }
    msg += " The header has: " + m.header_list + ". Name the item columns with " +
           m.words.setting(option_id::column_pattern, "PATTERN") +
           ", where {n} stands for the item number" +
           (m.targets ? " and {target} for the target" : "") + " (e.g. " + m.example + ").";
    return diagnostics{file_error(m.file, msg)};
}

std::string repeated_column(const mapping_context& m, const std::vector<std::size_t>& found,
                            const slot_name& s) {
    return "column \"" + m.header[found[0]] + "\" (item " + std::to_string(s.it->number) +
           (s.target.empty() ? "" : ", " + s.target) + ") appears " + std::to_string(found.size()) +
           " times in the header (columns " + std::to_string(found[0] + 1) + " and " +
           std::to_string(found[1] + 1) +
           "); which one holds the answers is unclear. Rename or remove one.";
}

// Each answer slot's column by the pattern.
diagnostics map_by_pattern(const mapping_context& m, column_mapping& mapping) {
    diagnostics errors;
    std::vector<std::string> missing;
    for (const auto& s : m.slots) {
        const auto candidates = names_for(s, mapping.pattern);
        const auto* found = lookup(m.names, candidates);
        if (!found) {
            if (!s.it->optional) missing.push_back(candidates.empty() ? "?" : candidates.front());
            mapping.slot_columns.push_back(no_column);
        } else if (found->size() > 1) {
            errors.push_back(file_error(m.file, repeated_column(m, *found, s)));
        } else {
            mapping.slot_columns.push_back(found->front());
        }
    }
    if (!missing.empty())
        errors.push_back(
            file_error(m.file, "with the column pattern \"" + mapping.pattern + "\", " +
                                   std::to_string(missing.size()) + " of " +
                                   std::to_string(required_count(m.slots)) + " " + m.label +
                                   " item columns are missing: " + list_some(missing, 10) +
                                   ". The header has: " + m.header_list + "."));
    return errors;
}

// Each answer slot's column as listed (--item-columns): item 1 first, every answer once.
diagnostics map_listed(const mapping_context& m, std::span<const std::string> listed,
                       column_mapping& mapping) {
    if (listed.size() != m.slots.size())
        return {file_error(m.file, std::to_string(listed.size()) +
                                       " item columns were named, but " + m.label + " has " +
                                       std::to_string(m.slots.size()) +
                                       " answers: name the column of each, item 1 first" +
                                       (m.targets ? ", one target after another." : "."))};
    diagnostics errors;
    std::map<std::size_t, std::size_t> used;  // column → position in the list
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const auto found = m.names.find(normalize_name(listed[i]));
        if (found == m.names.end()) {
            errors.push_back(file_error(m.file, "there is no column \"" + listed[i] +
                                                    "\" (named for item " +
                                                    std::to_string(m.slots[i].it->number) +
                                                    "). The header has: " + m.header_list + "."));
            continue;
        }
        if (found->second.size() > 1) {
            errors.push_back(file_error(m.file, repeated_column(m, found->second, m.slots[i])));
            continue;
        }
        const auto [at, fresh] = used.emplace(found->second.front(), i);
        if (!fresh)
            errors.push_back(file_error(m.file, "column \"" + listed[i] + "\" is named for item " +
                                                    std::to_string(m.slots[at->second].it->number) +
                                                    " and for item " +
                                                    std::to_string(m.slots[i].it->number) +
                                                    "; each column holds one item."));
        mapping.slot_columns.push_back(found->second.front());
    }
    mapping.pattern = m.words.name(option_id::item_columns);
    return errors;
}

// Data in another order: the column the pattern names for number p holds the item the order
// shows at position p.
diagnostics reorder(const mapping_context& m, std::string_view order, column_mapping& mapping) {
    if (m.inst.numbered_by_position) mapping.pattern += " in the order " + m.inst.item_order;
    if (order.empty() || order == m.inst.item_order) return {};
    const auto& orders = m.inst.other_orders;
    const auto it = std::find_if(orders.begin(), orders.end(),
                                 [&](const item_order_variant& v) { return v.id == order; });
    if (it == orders.end()) {
        std::vector<std::string> known{m.inst.item_order};
        for (const auto& v : orders)
            known.push_back(v.id);
        return {file_error(m.file, m.label + " has no item order \"" + std::string(order) +
                                       "\"; its orders are " + join(known, ", ") + " (" +
                                       m.words.description_of(m.inst.id) + " describes them).")};
    }
    if (it->by_position())
        return {file_error(m.file, "the order " + it->id + " numbers " + m.label +
                                       "'s items by position: score with the instrument "
                                       "with_item_order(\"" +
                                       it->id + "\") makes (" +
                                       m.words.setting(option_id::item_order, it->id) +
                                       " does that).")};
    const auto& items = m.inst.items;
    auto reordered = mapping.slot_columns;
    for (std::size_t t = 0; t * items.size() < reordered.size(); ++t)
        for (std::size_t p = 0; p < it->positions.size(); ++p) {
            const auto shown = m.inst.item_index(it->positions[p]);
            const auto read_as = m.inst.item_index(static_cast<int>(p + 1));
            if (shown && read_as)
                reordered[t * items.size() + *shown] =
                    mapping.slot_columns[t * items.size() + *read_as];
        }
    mapping.slot_columns = std::move(reordered);
    mapping.pattern += " in the order " + it->id;
    return {};
}

diagnostics map_ids(const mapping_context& m, std::string_view id_column, column_mapping& mapping) {
    diagnostics errors;
    for (std::string_view rest = id_column; !rest.empty();) {
        const auto comma = rest.find(',');
        const std::string name(trim(rest.substr(0, comma)));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        auto found = m.names.find(normalize_name(name));
        if (found == m.names.end())
            errors.push_back(file_error(m.file, "there is no id column \"" + name +
                                                    "\". The header has: " + m.header_list + "."));
        else if (found->second.size() > 1)
            errors.push_back(file_error(m.file, "the id column \"" + name + "\" appears " +
                                                    std::to_string(found->second.size()) +
                                                    " times in the header; rename or remove one."));
        else
            mapping.id_columns.push_back(found->second.front());
    }
    return errors;
}

}  // namespace

result<column_mapping> map_columns(const instrument& inst, const std::vector<std::string>& header,
                                   const column_choice& choice, const std::string& file) {
    mapping_context m{inst,
                      header,
                      file,
                      {},
                      list_some(header, 12),
                      inst.short_name.empty() ? inst.id : inst.short_name,
                      slots_of(inst),
                      !inst.targets.empty(),
                      {},
                      choice.words ? *choice.words : plain_option_words()};
    for (std::size_t i = 0; i < header.size(); ++i)
        m.names[normalize_name(header[i])].push_back(i);
    m.example = m.targets ? m.words.setting(option_id::column_pattern, "{target}_{n}") + " for " +
                                inst.targets.front().id + "_1 …"
                          : m.words.setting(option_id::column_pattern, "Q{n}") + " for Q1 … Q" +
                                std::to_string(inst.items.back().number);
    column_mapping mapping;
    diagnostics errors;
    if (!choice.item_columns.empty()) {
        errors = map_listed(m, choice.item_columns, mapping);
    } else {
        auto pattern = choose_pattern(m, choice.pattern);
        if (!pattern) return pattern.errors();
        mapping.pattern = std::move(pattern).value();
        errors = map_by_pattern(m, mapping);
        if (errors.empty()) errors = reorder(m, choice.item_order, mapping);
    }
    for (auto& e : map_ids(m, choice.id_column, mapping))
        errors.push_back(std::move(e));
    if (!errors.empty()) return errors;
    return mapping;
}

}  // namespace detail
}  // namespace attachscore
