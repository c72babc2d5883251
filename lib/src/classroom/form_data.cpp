#include "classroom/form_data.hpp"

namespace attachscore::classroom {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Percent-escapes and '+' decoded; nullopt for a broken escape.
std::optional<std::string> decode(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '+') {
            out += ' ';
        } else if (in[i] == '%') {
            const int hi = i + 1 < in.size() ? hex_value(in[i + 1]) : -1;
            const int lo = i + 2 < in.size() ? hex_value(in[i + 2]) : -1;
            if (hi < 0 || lo < 0) return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += in[i];
        }
    }
    return out;
}

}  // namespace

std::optional<std::string_view> form_data::get(std::string_view name) const {
    const auto it = fields.find(name);
    if (it == fields.end()) return std::nullopt;
    return it->second;
}

bool is_clean_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return false;
            ++i;
            continue;
        }
        // Lead bytes: C2–DF two bytes, E0–EF three, F0–F4 four; C0, C1 and F5–FF never.
        const std::size_t len = c >= 0xf5 ? 0 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
        if (len == 0 || i + len > text.size()) return false;
        unsigned code = c & (0x3f >> (len - 1));
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xc0) != 0x80) return false;
            code = (code << 6) | (cc & 0x3f);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && code < 0x800) || (len == 4 && (code < 0x10000 || code > 0x10ffff)) ||
            (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += len;
    }
    return true;
}

form_data parse_form(std::string_view body, std::size_t max_fields) {
    form_data form;
    if (body.empty()) return form;
    std::size_t count = 0;
    for (std::size_t start = 0; start <= body.size();) {
        auto end = body.find('&', start);
        if (end == std::string_view::npos) end = body.size();
        const auto pair = body.substr(start, end - start);
        start = end + 1;
        if (pair.empty()) {
            form.problem = "an empty field";
            return form;
        }
        if (++count > max_fields) {
            form.problem = "more than " + std::to_string(max_fields) + " fields";
            return form;
        }
        const auto eq = pair.find('=');
        const auto name = decode(pair.substr(0, eq));
        const auto value = decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
        if (!name || !value || name->empty()) {
            form.problem = "a field that is not written as a form writes it";
            return form;
        }
        if (!is_clean_utf8(*name) || !is_clean_utf8(*value)) {
            form.problem = "text that is not UTF-8";
            return form;
        }
        if (!form.fields.emplace(*name, *value).second) {
            form.problem = "the field \"" + *name + "\" twice";
            return form;
        }
        if (end == body.size()) break;
    }
    return form;
}

}  // namespace attachscore::classroom
