#include "attachscore/instrument.hpp"

#include <algorithm>

namespace attachscore {

std::optional<std::size_t> instrument::item_index(int number) const noexcept {
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
