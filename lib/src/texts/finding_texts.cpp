// The findings' sentences: the language switch, the parts every language shares, and the
// library's own words for options (the command line and the bindings bring theirs).
#include <cstdio>

#include "attachscore/findings.hpp"
#include "attachscore/instrument.hpp"
#include "attachscore/table.hpp"
#include "texts/finding_words.hpp"

namespace attachscore {

std::string option_words::setting(option_id option, std::string_view value) const {
    const std::string v(value);
    switch (option) {
        case option_id::missing_codes:
            return v + " as the missing-value code";
        case option_id::already_reversed:
            return v == "all" ? "every reverse-keyed item marked as already reversed"
                              : "items " + v + " marked as already reversed";
        case option_id::keys_as_declared:
            return name(option);
        case option_id::item_columns:
            return "the item columns listed (" + v + ")";
        default:
            return name(option) + (v.empty() ? "" : " " + v);
    }
}

std::string option_words::name(option_id option) const {
    switch (option) {
        case option_id::administered_scale:
            return "the administered scale";
        case option_id::missing_codes:
            return "the missing-value codes";
        case option_id::already_reversed:
            return "the list of already-reversed items";
        case option_id::keys_as_declared:
            return "the keys as declared";
        case option_id::item_order:
            return "the item order";
        case option_id::item_columns:
            return "the item columns";
        case option_id::column_pattern:
            return "the column pattern";
        case option_id::encoding:
            return "the encoding";
        case option_id::id_column:
            return "the id column";
        case option_id::classify:
            return "the classification";
        case option_id::norms:
            return "the norms";
        case option_id::norm_group:
            return "the norm-group column";
        case option_id::output_delimiter:
            return "the output delimiter";
        case option_id::respondent:
            return "the respondent";
        case option_id::standardize:
            return "the standardization";
        case option_id::strict:
            return "stopping at the first row that cannot be scored";
        case option_id::quality:
            return "the quality indices";
        case option_id::port:
            return "the port";
    }
    return {};
}

std::string option_words::together(const std::string& first, const std::string& second) const {
    return first + " and " + second;
}

std::string option_words::description_of(std::string_view instrument_id) const {
    return "the description of " + std::string(instrument_id);
}

const option_words& plain_option_words() {
    static const option_words words;
    return words;
}

std::string finding_text(const finding& f, const instrument& inst, std::string_view language,
                         const option_words& words) {
    if (language == "es") return detail::finding_text_es(f, inst, words);
    return detail::finding_text_en(f, inst, words);
}

namespace detail {

std::string range_text(int lo, int hi) {
    return std::to_string(lo) + "–" + std::to_string(hi);
}

std::string range_value(int lo, int hi) {
    return std::to_string(lo) + "-" + std::to_string(hi);
}

std::string r_text(double r) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", r);
    return buf;
}

std::string order_description(const finding& f, const instrument& inst, std::string_view language) {
    for (const auto& order : inst.other_orders)
        if (order.id == f.order) return text_in_language(order.description, language);
    return f.order_description;
}

std::string item_numbers(const std::vector<finding_item>& items, const char* separator) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : separator) + std::to_string(item.number);
    return out;
}

}  // namespace detail
}  // namespace attachscore

namespace attachscore {

std::string row_problem_text(row_problem problem, std::string_view language) {
    const bool es = language == "es";
    switch (problem) {
        case row_problem::wrong_value_count:
            return es ? "otro número de valores" : "the wrong number of values";
        case row_problem::not_a_number:
            return es ? "un valor que no es un número" : "a value that is not a number";
        case row_problem::not_a_choice:
            return es ? "una respuesta que no es una de las opciones"
                      : "an answer that is not one of the choices";
        case row_problem::outside_scale:
            return es ? "una respuesta fuera de la escala" : "an answer outside the scale";
        case row_problem::not_whole_number:
            return es ? "una respuesta que no es un número entero"
                      : "an answer that is not a whole number";
        case row_problem::too_few_answered:
            return es ? "demasiado pocos ítems respondidos" : "too few items answered";
        case row_problem::no_norm_group:
            return es ? "sin grupo normativo" : "no norm group";
    }
    return {};
}

}  // namespace attachscore
