#include "output/writer_support.hpp"

#include <cmath>
#include <cstdio>
#include <string_view>

#include "common/number_format.hpp"
#include "common/text_util.hpp"

namespace attachscore::detail {

// A spreadsheet runs a cell starting with =, +, -, @, tab or CR as a formula; numbers are safe.

// JSON strings must be valid UTF-8: bytes that are not (say, Latin-1 text) become U+FFFD.
void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else if (c >= 0x80) {
            // Strict UTF-8 (no overlong forms, surrogates or bytes F5–FF); anything else U+FFFD.
            const std::size_t len = utf8_char_length(text, i);
            if (len == 0) {
                out += "\\ufffd";
                ++i;
                continue;
            }
            out.append(text.substr(i, len));
            i += len;
            continue;
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    out += '"';
}

void append_json_number(std::string& out, double value) {
    if (std::isfinite(value))
        append_number(out, value);
    else
        out += "null";
}

std::string scale_text(const response_scale& s) {
    return std::to_string(s.min) + "-" + std::to_string(s.max);
}

const choice_option* chosen_option(const scorer& sc, const scored_row& r, std::size_t k) {
    const int option = r.result->choices()[k];
    if (option < 0) return nullptr;
    return &sc.slot_item(sc.choice_slots()[k]).options[static_cast<std::size_t>(option)];
}

const std::string& in_language(const localized_text& t, const std::string& lang) {
    static const std::string none;
    auto it = t.find(lang);
    return it == t.end() ? none : it->second;
}

// The norm values for a score in this row's group, or nullptr.
const norm_values* norm_for(const output_context& ctx, const scored_row& r,
                            const std::string& score) {
    if (!ctx.norms || !r.group) return nullptr;
    auto it = r.group->scores.find(score);
    return it == r.group->scores.end() ? nullptr : &it->second;
}

// Scores that have norms in some group of the set get norm columns.
bool has_norm(const output_context& ctx, const std::string& score) {
    if (!ctx.norms) return false;
    for (const auto& g : ctx.norms->groups)
        if (g.scores.count(score)) return true;
    return false;
}
bool has_reliability(const output_context& ctx, const std::string& score) {
    if (!ctx.norms) return false;
    for (const auto& g : ctx.norms->groups)
        if (auto it = g.scores.find(score); it != g.scores.end() && it->second.reliability)
            return true;
    return false;
}

std::string category_method_text(const category_rule& rule, const category_value& v,
                                 const std::string& lang) {
    std::string out = in_language(rule.label, lang);
    if (v.not_applied) out += " — not applied: the answers are on another scale";
    return out;
}

namespace {
bool is_number(std::string_view text) {
    double v = 0;
    return parse_number(text, v);
}
}  // namespace

void append_input_text(std::string& out, std::string_view text, bool protect, char delimiter) {
    if (protect && !text.empty() &&
        std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
        !is_number(text)) {
        std::string safe = "'";
        safe += text;
        append_csv_field(out, safe, delimiter);
        return;
    }
    append_csv_field(out, text, delimiter);
}

std::string fixed_decimals(double value, int digits) {
    if (digits < 0) return number_text(value);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    // "-0.00" is 0 rounded: no sign.
    const bool zero = std::string_view(buffer).find_first_not_of("-0.") == std::string::npos;
    return zero && buffer[0] == '-' ? buffer + 1 : buffer;
}

void append_decimal(std::string& out, double value, char decimal, int digits) {
    const std::size_t start = out.size();
    out += fixed_decimals(value, digits);
    if (decimal != '.')
        for (std::size_t i = start; i < out.size(); ++i)
            if (out[i] == '.') out[i] = decimal;
}

void append_quality_json(std::string& out, const careless_indices& q, const std::string& language) {
    out += ",\"quality\":{\"longstring\":" + std::to_string(q.longstring);
    for (auto [name, v] : {std::pair{"irv", q.irv},
                           {"evenodd", q.evenodd},
                           {"reverse_inconsistency", q.reverse_inconsistency}}) {
        out += ",\"";
        out += name;
        out += "\":";
        if (std::isnan(v))
            out += "null";
        else
            append_json_number(out, v);
    }
    static constexpr const char* codes[] = {"long_run", "low_evenodd", "opposite_alike"};
    out += std::string(",\"careless\":") + (q.careless ? "true" : "false") + ",\"signs\":[";
    for (std::size_t i = 0; i < q.signs.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, codes[static_cast<std::size_t>(q.signs[i])]);
    }
    out += "],\"reasons\":[";
    for (std::size_t i = 0; i < q.signs.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, careless_sign_text(q.signs[i], q, language));
    }
    out += "]}";
}

}  // namespace attachscore::detail
