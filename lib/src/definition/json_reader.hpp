// Reading instrument JSON with every problem collected: the checker keeps the diagnostics, the
// object_reader reads one object's keys and reports wrong types, missing and unknown keys.
#pragma once

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "attachscore/diagnostic.hpp"
#include "attachscore/instrument.hpp"
#include "common/text_util.hpp"
#include "definition/json_locator.hpp"

namespace attachscore::detail {

namespace json = boost::json;

/// Text from the file in quotes for a message, cut short when long (a 27,000-character id must
/// not make a 27,000-character message).
inline std::string in_quotes(std::string_view s) {
    constexpr std::size_t shown = 60;
    if (s.size() <= shown) return "\"" + std::string(s) + "\"";
    std::size_t cut = shown;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;  // whole UTF-8
    return "\"" + std::string(s.substr(0, cut)) + "…\" (" + std::to_string(s.size()) + " bytes)";
}

inline std::string kind_name(const json::value& v) {
    switch (v.kind()) {
        case json::kind::null:
            return "null";
        case json::kind::bool_:
            return "true/false";
        case json::kind::int64:
        case json::kind::uint64:
            return "a whole number";
        case json::kind::double_:
            return "a number";
        case json::kind::string:
            return "text";
        case json::kind::array:
            return "a list";
        case json::kind::object:
            return "an object";
    }
    return "a value";
}

// Collects problems with their place; the whole file is checked before anything is returned.
class checker {
  public:
    checker(std::string file, const json_locator& locator)
        : file_(std::move(file)), loc_(locator) {}

    /// Problems past the first max_listed are counted, not listed: a file with 200,000 repeated
    /// keys needs its first few fixed, not 200,000 lines.
    static constexpr std::size_t max_listed = 200;

    void error(const std::string& pointer, std::string message) {
        if (++count_ > max_listed) return;
        const auto p = loc_.find(pointer);
        errors_.push_back({{file_, pointer, p.line, p.column}, std::move(message)});
    }
    diagnostics take() {
        if (count_ > max_listed)
            errors_.push_back({{file_, "", 0, 0},
                               "… and " + std::to_string(count_ - max_listed) +
                                   " more problems; fix the ones above first."});
        return std::move(errors_);
    }
    [[nodiscard]] std::size_t count() const noexcept { return count_; }

    std::vector<std::string> languages;

  private:
    std::string file_;
    const json_locator& loc_;
    diagnostics errors_;
    std::size_t count_ = 0;
};

// Text in every declared language, e.g. {"en": "…", "es": "…"}; `name` names it in messages.
inline std::optional<localized_text> read_localized(checker& c, const json::value& v,
                                                    const std::string& at,
                                                    const std::string& name) {
    if (!v.is_object()) {
        c.error(at, name + " must be an object of texts by language, e.g. {\"en\": \"…\"}; found " +
                        kind_name(v) + ".");
        return std::nullopt;
    }
    localized_text out;
    const std::size_t before = c.count();
    for (const auto& kv : v.as_object()) {
        const std::string lang(kv.key());
        const std::string lang_at = at + "/" + pointer_token(lang);
        if (std::find(c.languages.begin(), c.languages.end(), lang) == c.languages.end())
            c.error(lang_at,
                    "language " + in_quotes(lang) +
                        " is not declared in /languages; add it there or remove this text.");
        else if (!kv.value().is_string() || kv.value().as_string().empty())
            c.error(lang_at, "the " + in_quotes(lang) + " text must be non-empty text.");
        else
            out[lang] = std::string(kv.value().as_string());
    }
    for (const auto& lang : c.languages)
        if (!v.as_object().contains(lang))
            c.error(at, "the " + in_quotes(lang) +
                            " text is missing; every declared language needs one.");
    if (c.count() != before) return std::nullopt;
    return out;
}

// Reads the fields of one JSON object, reporting wrong types, missing and unknown keys.
class object_reader {
  public:
    object_reader(checker& c, const json::value& v, std::string pointer,
                  std::initializer_list<std::string_view> allowed)
        : c_(c), pointer_(std::move(pointer)), allowed_(allowed) {
        if (!v.is_object()) {
            c_.error(pointer_, "expected an object here, found " + kind_name(v) + ".");
            return;
        }
        obj_ = &v.as_object();
        for (const auto& kv : *obj_) {
            const std::string_view key = kv.key();
            if (key == "$schema" && pointer_.empty()) continue;  // editors' schema hint
            if (std::find(allowed_.begin(), allowed_.end(), key) != allowed_.end()) continue;
            std::string msg = "unknown key " + in_quotes(key) + ".";
            std::string best;
            for (auto a : allowed_)
                if (edit_distance(key, a) <= 2) best = a;
            if (!best.empty()) msg += " Did you mean " + in_quotes(best) + "?";
            std::vector<std::string> names(allowed_.begin(), allowed_.end());
            msg += " Allowed here: " + join(names, ", ") + ".";
            c_.error(child(key), msg);
        }
    }

    [[nodiscard]] bool valid() const noexcept { return obj_ != nullptr; }
    [[nodiscard]] const std::string& pointer() const noexcept { return pointer_; }
    [[nodiscard]] std::string child(std::string_view key) const {
        return pointer_ + "/" + pointer_token(key);
    }

    const json::value* get(std::string_view key, bool required) {
        if (!obj_) return nullptr;
        if (auto* v = obj_->if_contains(key)) return v;
        if (required) c_.error(pointer_, "missing required key " + in_quotes(key) + ".");
        return nullptr;
    }

    std::optional<std::string> text(std::string_view key, bool required = true) {
        const auto* v = get(key, required);
        if (!v) return std::nullopt;
        if (!v->is_string()) {
            c_.error(child(key), in_quotes(key) + " must be text, found " + kind_name(*v) + ".");
            return std::nullopt;
        }
        std::string s(v->as_string());
        if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
            c_.error(child(key), in_quotes(key) + " must not be empty.");
            return std::nullopt;
        }
        return s;
    }

    std::optional<std::int64_t> integer(std::string_view key, bool required = true) {
        const auto* v = get(key, required);
        if (!v) return std::nullopt;
        if (v->is_int64()) return v->as_int64();
        if (v->is_uint64() && v->as_uint64() <= 1'000'000'000) return std::int64_t(v->as_uint64());
        c_.error(child(key),
                 in_quotes(key) + " must be a whole number, found " + kind_name(*v) + ".");
        return std::nullopt;
    }

    std::optional<double> number(std::string_view key, bool required = true) {
        const auto* v = get(key, required);
        if (!v) return std::nullopt;
        if (v->is_number()) return v->to_number<double>();
        c_.error(child(key), in_quotes(key) + " must be a number, found " + kind_name(*v) + ".");
        return std::nullopt;
    }

    std::optional<bool> boolean(std::string_view key, bool required = true) {
        const auto* v = get(key, required);
        if (!v) return std::nullopt;
        if (v->is_bool()) return v->as_bool();
        c_.error(child(key),
                 in_quotes(key) + " must be true or false, found " + kind_name(*v) + ".");
        return std::nullopt;
    }

    const json::array* list(std::string_view key, bool required = true, bool non_empty = true) {
        const auto* v = get(key, required);
        if (!v) return nullptr;
        if (!v->is_array()) {
            c_.error(child(key), in_quotes(key) + " must be a list, found " + kind_name(*v) + ".");
            return nullptr;
        }
        if (non_empty && v->as_array().empty()) {
            c_.error(child(key), in_quotes(key) + " must not be an empty list.");
            return nullptr;
        }
        return &v->as_array();
    }

    /// Text in every declared language, e.g. {"en": "…", "es": "…"}.
    std::optional<localized_text> localized(std::string_view key, bool required = true) {
        const auto* v = get(key, required);
        if (!v) return std::nullopt;
        return read_localized(c_, *v, child(key), in_quotes(key));
    }

  private:
    checker& c_;
    std::string pointer_;
    std::vector<std::string_view> allowed_;
    const json::object* obj_ = nullptr;
};

/// The shapes ids may take, checked by hand (std::regex recurses per character and overflows the
/// stack on very long input). At most 64 characters.
enum class id_shape {
    name,        ///< [a-z][a-z0-9_]*: scores, items, categories (they become column names)
    option,      ///< [a-z][a-z0-9-]*: --classify options
    instrument,  ///< [a-z0-9][a-z0-9-]*: instrument ids
};
inline bool valid_id(std::string_view s, id_shape shape) {
    if (s.empty() || s.size() > 64) return false;
    const auto lower_alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    if (shape == id_shape::instrument ? !lower_alnum(s[0]) : !(s[0] >= 'a' && s[0] <= 'z'))
        return false;
    const char joiner = shape == id_shape::name ? '_' : '-';
    for (char c : s.substr(1))
        if (!lower_alnum(c) && c != joiner) return false;
    return true;
}
/// A language tag such as "en", "es" or "pt-BR": [a-z]{2,3}(-[A-Za-z0-9]+)*, at most 35 characters.
inline bool valid_language_tag(std::string_view s) {
    if (s.size() > 35) return false;
    std::size_t i = 0;
    while (i < s.size() && s[i] >= 'a' && s[i] <= 'z')
        ++i;
    if (i < 2 || i > 3) return false;
    while (i < s.size()) {
        if (s[i++] != '-') return false;
        const std::size_t start = i;
        while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])))
            ++i;
        if (i == start) return false;
    }
    return true;
}

}  // namespace attachscore::detail
