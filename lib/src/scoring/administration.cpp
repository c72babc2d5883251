// One question after another: what each looks like, and what a typed key means.
#include "attachscore/administration.hpp"

#include <cmath>
#include <stdexcept>

#include "attachscore/scorer.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"

namespace attachscore {
namespace {

const std::string& in_language(const localized_text& text, const std::string& language) {
    static const std::string none;
    if (auto it = text.find(language); it != text.end()) return it->second;
    if (auto it = text.find("en"); it != text.end()) return it->second;
    return none;
}

}  // namespace

administration::administration(const instrument& inst, std::string language)
    : inst_(inst), language_(std::move(language)), answers_(inst.answer_count(), missing) {}

question administration::current() const {
    question q;
    q.slot = position_;
    q.number = position_ + 1;
    const auto& item = inst_.items[position_ % inst_.items.size()];
    q.item = item.number;
    if (!inst_.targets.empty())
        q.target = in_language(inst_.targets[position_ / inst_.items.size()].label, language_);
    if (item.text) q.text = in_language(*item.text, language_);
    if (item.kind == item_kind::choice) {
        for (const auto& opt : item.options)
            q.options.emplace_back(
                opt.aliases.empty() ? std::to_string(opt.code) : opt.aliases.front(),
                in_language(opt.label, language_));
        return q;
    }
    for (int v = inst_.scale.min; v <= inst_.scale.max; ++v) {
        std::string label;
        for (const auto& a : inst_.scale.anchors)
            if (a.value == v) label = in_language(a.label, language_);
        q.options.emplace_back(std::to_string(v), label);
    }
    return q;
}

std::string administration::answer(std::string_view typed) {
    if (finished()) return take_text(take_message::all_answered, language_);
    const auto key = detail::lower(detail::trim(typed));
    const auto options = current().options;
    for (std::size_t k = 0; k < options.size(); ++k)
        if (key == detail::lower(options[k].first)) {
            const auto& item = inst_.items[position_ % inst_.items.size()];
            answers_[position_++] = item.kind == item_kind::choice
                                        ? item.options[k].code
                                        : inst_.scale.min + static_cast<double>(k);
            return {};
        }
    if (inst_.items[position_ % inst_.items.size()].kind != item_kind::choice)
        return take_text(
            take_message::answer_scale, language_,
            {{"min", std::to_string(inst_.scale.min)}, {"max", std::to_string(inst_.scale.max)}});
    std::string keys;
    for (const auto& option : options)
        keys += (keys.empty() ? "" : ", ") + option.first;
    return take_text(take_message::answer_choice, language_, {{"keys", keys}});
}

void administration::skip() {
    if (!finished()) answers_[position_++] = missing;
}

bool administration::back() {
    if (position_ == 0) return false;
    --position_;
    return true;
}

std::string answers_csv_header(const instrument& inst) {
    std::string out = "id";
    const std::size_t targets = inst.targets.empty() ? 1 : inst.targets.size();
    for (std::size_t t = 0; t < targets; ++t)
        for (const auto& item : inst.items)
            out += "," + (inst.targets.empty() ? "Q" : inst.targets[t].id + "_") +
                   std::to_string(item.number);
    return out + "\n";
}

std::string answers_csv_row(const instrument& inst, std::string_view id,
                            std::span<const double> answers) {
    if (answers.size() != inst.answer_count())
        throw std::invalid_argument("answers_csv_row: " + std::to_string(answers.size()) +
                                    " answers for " + std::to_string(inst.answer_count()) +
                                    " questions");
    std::string out;
    detail::append_csv_field(out, id);
    for (double a : answers) {
        out += ',';
        if (!std::isnan(a)) detail::append_number(out, a);
    }
    return out + "\n";
}

}  // namespace attachscore
