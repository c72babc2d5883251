#include "attachscore/instrument.hpp"

#include <algorithm>

namespace attachscore {

std::optional<std::size_t> instrument::item_index(int number) const noexcept {
    // Items are nearly always numbered 1 to n in order, and this is asked for every item of every
    // row by the careless-response indices.
    if (number >= 1 && static_cast<std::size_t>(number) <= items.size()) {
        const auto at = static_cast<std::size_t>(number - 1);
        if (items[at].number == number) return at;
    }
    auto it = std::find_if(items.begin(), items.end(),
                           [number](const item& i) { return i.number == number; });
    if (it == items.end()) return std::nullopt;
    return static_cast<std::size_t>(it - items.begin());
}

std::optional<std::size_t> instrument::score_index(std::string_view score_id) const noexcept {
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i].id == score_id) return i;
    return std::nullopt;
}

const score_definition* instrument::find_score(std::string_view score_id) const noexcept {
    const auto i = score_index(score_id);
    return i ? &scores[*i] : nullptr;
}

const band* find_band(const score_definition& score, double value) noexcept {
    const auto& bands = score.bands;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const bool last = i + 1 == bands.size();
        if (value >= bands[i].from && (value < bands[i].to || (last && value == bands[i].to)))
            return &bands[i];
    }
    return nullptr;
}

}  // namespace attachscore

namespace attachscore {

result<instrument> with_item_order(const instrument& inst, std::string_view order) {
    const auto it = std::find_if(inst.other_orders.begin(), inst.other_orders.end(),
                                 [&](const item_order_variant& v) { return v.id == order; });
    if (it == inst.other_orders.end() || !it->by_position())
        return diagnostics{{{},
                            inst.short_name + " declares no order \"" + std::string(order) +
                                "\" that numbers its items by position."}};
    instrument out = inst;
    out.items.clear();
    for (std::size_t p = 1; p <= inst.items.size(); ++p) {
        item position;
        position.number = static_cast<int>(p);
        position.reverse = std::find(it->reversed.begin(), it->reversed.end(),
                                     static_cast<int>(p)) != it->reversed.end();
        out.items.push_back(std::move(position));
    }
    for (auto& def : out.scores) {
        const auto scale = it->scales.find(def.id);
        if (scale == it->scales.end()) continue;
        def.items.clear();
        for (int p : scale->second)
            def.items.push_back({p, out.items[static_cast<std::size_t>(p - 1)].reverse});
        std::sort(def.items.begin(), def.items.end(),
                  [](const keyed_item& a, const keyed_item& b) { return a.number < b.number; });
    }
    out.item_order = it->id;
    out.item_order_description = text_in_language(it->description, "en") +
                                 " Items are numbered by their position in "
                                 "that order; which item of " +
                                 inst.item_order + " each one is, is not published.";
    out.other_orders.clear();
    out.numbered_by_position = true;
    return out;
}

}  // namespace attachscore

namespace attachscore {

const std::string& text_in_language(const localized_text& text, std::string_view language) {
    static const std::string none;
    if (auto it = text.find(std::string(language)); it != text.end()) return it->second;
    if (auto en = text.find("en"); en != text.end()) return en->second;
    return text.empty() ? none : text.begin()->second;
}

}  // namespace attachscore
