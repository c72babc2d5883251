#include "attachscore/instrument.hpp"

#include <algorithm>

namespace attachscore {

double score_definition::lowest(const response_scale& s) const noexcept {
    return aggregate == aggregation::mean
               ? s.min
               : static_cast<double>(s.min) * static_cast<double>(items.size());
}

double score_definition::highest(const response_scale& s) const noexcept {
    return aggregate == aggregation::mean
               ? s.max
               : static_cast<double>(s.max) * static_cast<double>(items.size());
}

std::optional<std::size_t> instrument::item_index(int number) const noexcept {
    auto it = std::find_if(items.begin(), items.end(),
                           [number](const item& i) { return i.number == number; });
    if (it == items.end()) return std::nullopt;
    return static_cast<std::size_t>(it - items.begin());
}

const score_definition* instrument::find_score(std::string_view score_id) const noexcept {
    for (const auto& s : scores)
        if (s.id == score_id) return &s;
    return nullptr;
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
