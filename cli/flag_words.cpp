#include "flag_words.hpp"

#include <string>

namespace attachscore::cli {

namespace {

class flags final : public option_words {
  public:
    std::string setting(option_id option, std::string_view value) const override {
        // A pattern's braces mean something to a shell: it is given in quotes.
        if (option == option_id::column_pattern && value.find('{') != std::string_view::npos)
            return name(option) + " '" + std::string(value) + "'";
        return name(option) + (value.empty() ? "" : " " + std::string(value));
    }
    std::string name(option_id option) const override {
        switch (option) {
            case option_id::administered_scale:
                return "--scale";
            case option_id::missing_codes:
                return "--missing";
            case option_id::already_reversed:
                return "--already-reversed";
            case option_id::keys_as_declared:
                return "--keys-as-declared";
            case option_id::item_order:
                return "--item-order";
            case option_id::item_columns:
                return "--item-columns";
            case option_id::column_pattern:
                return "--columns";
            case option_id::encoding:
                return "--encoding";
            case option_id::id_column:
                return "--id-column";
            case option_id::classify:
                return "--classify";
            case option_id::norms:
                return "--norms";
            case option_id::norm_group:
                return "--norm-group";
            case option_id::output_delimiter:
                return "--output-delimiter";
            case option_id::respondent:
                return "--respondent";
            case option_id::standardize:
                return "--standardize";
            case option_id::strict:
                return "--strict";
            case option_id::quality:
                return "--quality";
            case option_id::port:
                return "--port";
        }
        return {};
    }
    std::string together(const std::string& first, const std::string& second) const override {
        return first + " " + second;
    }
    std::string description_of(std::string_view instrument_id) const override {
        return "'attachscore info " + std::string(instrument_id) + "'";
    }
};

}  // namespace

const option_words& flag_words() {
    static const flags words;
    return words;
}

}  // namespace attachscore::cli
