#include "attachscore/loader.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>
#include <initializer_list>
#include <regex>
#include <set>
#include <sstream>

#include "json_locator.hpp"
#include "text_util.hpp"

namespace attachscore {
namespace {

namespace json = boost::json;
using detail::json_locator;
using detail::join;
using detail::pointer_token;

constexpr std::int64_t supported_format = 1;

std::string in_quotes(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

std::string kind_name(const json::value& v) {
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

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// Collects problems with their place; the whole file is checked before anything is returned.
class checker {
  public:
    checker(std::string file, const json_locator& locator)
        : file_(std::move(file)), loc_(locator) {}

    void error(const std::string& pointer, std::string message) {
        const auto p = loc_.find(pointer);
        errors_.push_back({{file_, pointer, p.line, p.column}, std::move(message)});
    }
    diagnostics take() { return std::move(errors_); }
    [[nodiscard]] std::size_t count() const noexcept { return errors_.size(); }

    std::vector<std::string> languages;

  private:
    std::string file_;
    const json_locator& loc_;
    diagnostics errors_;
};

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
        const std::string at = child(key);
        if (!v->is_object()) {
            c_.error(at,
                     in_quotes(key) +
                         " must be an object of texts by language, e.g. {\"en\": \"…\"}; found " +
                         kind_name(*v) + ".");
            return std::nullopt;
        }
        localized_text out;
        const std::size_t before = c_.count();
        for (const auto& kv : v->as_object()) {
            const std::string lang(kv.key());
            const std::string lang_at = at + "/" + pointer_token(lang);
            if (std::find(c_.languages.begin(), c_.languages.end(), lang) == c_.languages.end())
                c_.error(lang_at,
                         "language " + in_quotes(lang) +
                             " is not declared in /languages; add it there or remove this text.");
            else if (!kv.value().is_string() || kv.value().as_string().empty())
                c_.error(lang_at, "the " + in_quotes(lang) + " text must be non-empty text.");
            else
                out[lang] = std::string(kv.value().as_string());
        }
        for (const auto& lang : c_.languages)
            if (!v->as_object().contains(lang))
                c_.error(at, "the " + in_quotes(lang) +
                                 " text is missing; every declared language needs one.");
        if (c_.count() != before) return std::nullopt;
        return out;
    }

  private:
    checker& c_;
    std::string pointer_;
    std::vector<std::string_view> allowed_;
    const json::object* obj_ = nullptr;
};

bool matches(const std::string& s, const char* pattern) {
    return std::regex_match(s, std::regex(pattern));
}

void read_citation(checker& c, object_reader& top, citation& out) {
    const auto* v = top.get("citation", true);
    if (!v) return;
    object_reader r(c, *v, top.child("citation"), {"authors", "year", "title", "source", "doi"});
    if (!r.valid()) return;
    out.authors = r.text("authors").value_or("");
    out.title = r.text("title").value_or("");
    out.source = r.text("source").value_or("");
    out.doi = r.text("doi", false).value_or("");
    if (auto y = r.integer("year")) {
        if (*y < 1900 || *y > 2100)
            c.error(r.child("year"),
                    "\"year\" " + std::to_string(*y) + " is not a plausible publication year.");
        else
            out.year = static_cast<int>(*y);
    }
}

void read_key_sources(checker& c, object_reader& top, std::vector<reference>& out) {
    const auto* list = top.list("key_sources");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        object_reader r(c, (*list)[i], top.child("key_sources") + "/" + std::to_string(i),
                        {"what", "where"});
        if (!r.valid()) continue;
        reference ref;
        ref.what = r.text("what").value_or("");
        ref.where = r.text("where").value_or("");
        out.push_back(std::move(ref));
    }
}

void read_languages(checker& c, object_reader& top, std::vector<std::string>& out) {
    const auto* list = top.list("languages");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = top.child("languages") + "/" + std::to_string(i);
        const auto& v = (*list)[i];
        if (!v.is_string() || !matches(std::string(v.as_string()), "[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
            c.error(at, "a language must be a code such as \"en\" or \"es\".");
            continue;
        }
        std::string lang(v.as_string());
        if (std::find(out.begin(), out.end(), lang) != out.end())
            c.error(at, "language " + in_quotes(lang) + " is listed twice.");
        else
            out.push_back(std::move(lang));
    }
}

void read_scale(checker& c, object_reader& top, response_scale& out) {
    const auto* v = top.get("scale", true);
    if (!v) return;
    object_reader r(c, *v, top.child("scale"), {"min", "max", "anchors"});
    if (!r.valid()) return;
    auto lo = r.integer("min");
    auto hi = r.integer("max");
    if (lo && hi) {
        if (*lo >= *hi) {
            c.error(r.child("max"), "the scale's \"max\" (" + std::to_string(*hi) +
                                        ") must be greater than its \"min\" (" +
                                        std::to_string(*lo) + ").");
        } else if (*lo < -1000 || *hi > 1000) {
            c.error(r.pointer(), "the scale must lie between -1000 and 1000.");
        } else {
            out.min = static_cast<int>(*lo);
            out.max = static_cast<int>(*hi);
        }
    }
    const auto* anchors = r.list("anchors");
    if (!anchors) return;
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < anchors->size(); ++i) {
        object_reader a(c, (*anchors)[i], r.child("anchors") + "/" + std::to_string(i),
                        {"value", "label"});
        if (!a.valid()) continue;
        auto value = a.integer("value");
        auto label = a.localized("label");
        if (!value) continue;
        if (lo && hi && (*value < *lo || *value > *hi)) {
            c.error(a.child("value"), "anchor value " + std::to_string(*value) +
                                          " is outside the scale " + std::to_string(*lo) + "–" +
                                          std::to_string(*hi) + ".");
            continue;
        }
        if (!seen.insert(*value).second) {
            c.error(a.child("value"),
                    "anchor value " + std::to_string(*value) + " is labelled twice.");
            continue;
        }
        if (label) out.anchors.push_back({static_cast<int>(*value), std::move(*label)});
    }
}

void read_items(checker& c, object_reader& top, std::vector<item>& out) {
    const auto* list = top.list("items");
    if (!list) return;
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        object_reader r(c, (*list)[i], top.child("items") + "/" + std::to_string(i),
                        {"number", "reverse", "text"});
        if (!r.valid()) continue;
        auto number = r.integer("number");
        auto reverse = r.boolean("reverse");
        auto text = r.localized("text", false);
        if (!number) continue;
        if (*number < 1 || *number > 100000) {
            c.error(r.child("number"),
                    "item numbers start at 1; found " + std::to_string(*number) + ".");
            continue;
        }
        if (!seen.insert(*number).second) {
            c.error(r.child("number"), "item " + std::to_string(*number) + " is defined twice.");
            continue;
        }
        item it;
        it.number = static_cast<int>(*number);
        it.reverse = reverse.value_or(false);
        it.text = std::move(text);
        out.push_back(std::move(it));
    }
}

std::string format_bound(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

void read_bands(checker& c, object_reader& score, const response_scale& scale, bool scale_ok,
                score_definition& out) {
    const auto* v = score.get("bands", true);
    if (!v) return;
    object_reader r(c, *v, score.child("bands"), {"basis", "ranges"});
    if (!r.valid()) return;
    out.bands_basis = r.text("basis").value_or("");
    const auto* ranges = r.list("ranges");
    if (!ranges) return;
    bool all_read = true;
    for (std::size_t i = 0; i < ranges->size(); ++i) {
        object_reader b(c, (*ranges)[i], r.child("ranges") + "/" + std::to_string(i),
                        {"from", "to", "label", "text"});
        if (!b.valid()) {
            all_read = false;
            continue;
        }
        auto from = b.number("from");
        auto to = b.number("to");
        auto label = b.localized("label");
        auto text = b.localized("text");
        if (!from || !to || !label || !text) {
            all_read = false;
            continue;
        }
        if (*from >= *to) {
            c.error(b.pointer(), "band " + std::to_string(i + 1) + " runs from " +
                                     format_bound(*from) + " to " + format_bound(*to) +
                                     "; \"from\" must be below \"to\".");
            all_read = false;
            continue;
        }
        out.bands.push_back({*from, *to, std::move(*label), std::move(*text)});
    }
    if (!all_read || !scale_ok || out.items.empty()) return;
    // The bands must tile the score's whole range: no gap, no overlap.
    const double lo = out.lowest(scale);
    const double hi = out.highest(scale);
    const std::string ranges_at = r.child("ranges");
    if (out.bands.front().from != lo)
        c.error(ranges_at + "/0/from",
                "the first band starts at " + format_bound(out.bands.front().from) +
                    " but the score's lowest possible value is " + format_bound(lo) + ".");
    if (out.bands.back().to != hi)
        c.error(ranges_at + "/" + std::to_string(out.bands.size() - 1) + "/to",
                "the last band ends at " + format_bound(out.bands.back().to) +
                    " but the score's highest possible value is " + format_bound(hi) + ".");
    for (std::size_t i = 0; i + 1 < out.bands.size(); ++i) {
        const double end = out.bands[i].to;
        const double next = out.bands[i + 1].from;
        const std::string at = ranges_at + "/" + std::to_string(i + 1) + "/from";
        if (next > end)
            c.error(at, "gap between bands " + std::to_string(i + 1) + " and " +
                            std::to_string(i + 2) + ": scores from " + format_bound(end) + " to " +
                            format_bound(next) + " fall in no band.");
        else if (next < end)
            c.error(at, "bands " + std::to_string(i + 1) + " and " + std::to_string(i + 2) +
                            " overlap from " + format_bound(next) + " to " + format_bound(end) +
                            "; each band must start where the one before it ends.");
    }
}

void read_scores(checker& c, object_reader& top, const std::vector<item>& items,
                 const response_scale& scale, bool scale_ok, std::vector<score_definition>& out) {
    const auto* list = top.list("scores");
    if (!list) return;
    std::set<std::string> columns = {"status"};
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = top.child("scores") + "/" + std::to_string(i);
        object_reader r(c, (*list)[i], at,
                        {"id", "label", "description", "items", "aggregate", "missing",
                         "min_answered", "min_answered_basis", "bands"});
        if (!r.valid()) continue;
        score_definition def;
        if (auto id = r.text("id")) {
            if (!matches(*id, "[a-z][a-z0-9_]*"))
                c.error(r.child("id"),
                        "score id " + in_quotes(*id) +
                            " must be lower-case letters, digits and _, starting with a letter "
                            "(it becomes a column name).");
            else if (!columns.insert(*id).second || !columns.insert(*id + "_answered").second)
                c.error(r.child("id"),
                        "score id " + in_quotes(*id) + " clashes with another output column.");
            def.id = *id;
        }
        def.label = r.text("label").value_or("");
        def.description = r.text("description").value_or("");
        if (const auto* refs = r.list("items")) {
            std::set<std::int64_t> seen;
            for (std::size_t k = 0; k < refs->size(); ++k) {
                const std::string item_at = r.child("items") + "/" + std::to_string(k);
                const auto& ref = (*refs)[k];
                if (!ref.is_int64()) {
                    c.error(item_at, "expected an item number, found " + kind_name(ref) + ".");
                    continue;
                }
                const auto n = ref.as_int64();
                const bool exists = std::any_of(items.begin(), items.end(),
                                                [n](const item& it) { return it.number == n; });
                if (!exists)
                    c.error(item_at, "item " + std::to_string(n) +
                                         " does not exist; /items defines " +
                                         std::to_string(items.size()) + " items.");
                else if (!seen.insert(n).second)
                    c.error(item_at,
                            "item " + std::to_string(n) + " is listed twice in this score.");
                else
                    def.items.push_back(static_cast<int>(n));
            }
        }
        if (auto agg = r.text("aggregate")) {
            if (*agg == "mean")
                def.aggregate = aggregation::mean;
            else if (*agg == "sum")
                def.aggregate = aggregation::sum;
            else
                c.error(r.child("aggregate"),
                        "\"aggregate\" must be \"mean\" or \"sum\", not " + in_quotes(*agg) + ".");
        }
        if (auto miss = r.text("missing")) {
            if (*miss == "prorate")
                def.missing = missing_rule::prorate;
            else if (*miss == "invalid")
                def.missing = missing_rule::invalid;
            else
                c.error(r.child("missing"), "\"missing\" must be \"prorate\" or \"invalid\", not " +
                                                in_quotes(*miss) + ".");
        }
        const auto n_items = static_cast<std::int64_t>(def.items.size());
        auto min_answered = r.integer("min_answered", def.missing == missing_rule::prorate);
        if (def.missing == missing_rule::invalid) {
            if (min_answered && *min_answered != n_items)
                c.error(r.child("min_answered"),
                        "with \"missing\": \"invalid\" every item is needed, so "
                        "\"min_answered\" must be " +
                            std::to_string(n_items) + " or left out.");
            def.min_answered = static_cast<int>(n_items);
        } else if (min_answered) {
            if (*min_answered < 1 || *min_answered > n_items)
                c.error(r.child("min_answered"),
                        "\"min_answered\" must be between 1 and the score's " +
                            std::to_string(n_items) + " items; found " +
                            std::to_string(*min_answered) + ".");
            else
                def.min_answered = static_cast<int>(*min_answered);
        }
        auto basis = r.text("min_answered_basis", def.min_answered < n_items);
        def.min_answered_basis = basis.value_or("");
        read_bands(c, r, scale, scale_ok, def);
        out.push_back(std::move(def));
    }
}

void read_column_patterns(checker& c, object_reader& top, std::vector<std::string>& out) {
    const auto* list = top.list("column_patterns", false);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = top.child("column_patterns") + "/" + std::to_string(i);
        const auto& v = (*list)[i];
        if (!v.is_string()) {
            c.error(at, "a column pattern must be text such as \"ECRR{n}\".");
            continue;
        }
        std::string p(v.as_string());
        const auto first = p.find("{n}");
        if (first == std::string::npos || p.find("{n}", first + 1) != std::string::npos)
            c.error(at, "column pattern " + in_quotes(p) + " must contain {n} exactly once.");
        else
            out.push_back(std::move(p));
    }
}

}  // namespace

result<instrument> parse_instrument(std::string_view json_text, std::string_view source_name) {
    const std::string file(source_name);
    if (json_text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return diagnostics{
            {{file, "", 0, 0}, "the file is empty; an instrument file is one JSON object."}};
    json::parse_options opts;
    opts.max_depth = 64;
    json::parser parser(json::storage_ptr(), opts);
    json::error_code ec;
    const std::size_t consumed = parser.write(json_text.data(), json_text.size(), ec);
    if (ec) {
        const auto p = detail::position_of(json_text, consumed);
        return diagnostics{{{file, "", p.line, p.column},
                            "this is not valid JSON (" + ec.message() +
                                "); check for a missing comma, "
                                "quote or bracket just before this point."}};
    }
    const json::value root = parser.release();
    const json_locator locator(json_text);
    checker c(file, locator);
    for (const auto& d : locator.duplicates())
        c.error(d.pointer, "key " + in_quotes(d.key) + " appears twice in the same object (lines " +
                               std::to_string(d.first.line) + " and " +
                               std::to_string(d.second.line) + "); keep one.");

    object_reader top(c, root, "",
                      {"format", "id", "version", "name", "short_name", "citation", "key_sources",
                       "licence", "item_order", "wording", "languages", "scale", "items", "scores",
                       "column_patterns", "disclaimer"});
    if (!top.valid()) return c.take();

    instrument inst;
    inst.origin = file;
    if (auto f = top.integer("format"); f && *f != supported_format)
        c.error(top.child("format"), "format " + std::to_string(*f) +
                                         " is not one this attachscore reads (it reads format " +
                                         std::to_string(supported_format) + ").");
    if (auto id = top.text("id")) {
        if (!matches(*id, "[a-z0-9][a-z0-9-]*"))
            c.error(top.child("id"),
                    "instrument id " + in_quotes(*id) +
                        " must be lower-case letters, digits and hyphens, e.g. \"ecr-r\".");
        inst.id = *id;
    }
    inst.version = top.text("version").value_or("");
    inst.name = top.text("name").value_or("");
    inst.short_name = top.text("short_name").value_or("");
    read_citation(c, top, inst.cite);
    read_key_sources(c, top, inst.key_sources);
    inst.licence = top.text("licence").value_or("");
    if (const auto* v = top.get("item_order", true)) {
        object_reader r(c, *v, top.child("item_order"), {"id", "description"});
        if (r.valid()) {
            inst.item_order = r.text("id").value_or("");
            inst.item_order_description = r.text("description").value_or("");
        }
    }
    inst.wording = top.text("wording").value_or("");
    read_languages(c, top, inst.languages);
    c.languages = inst.languages;
    const std::size_t before_scale = c.count();
    read_scale(c, top, inst.scale);
    const bool scale_ok = c.count() == before_scale;
    read_items(c, top, inst.items);
    read_scores(c, top, inst.items, inst.scale, scale_ok, inst.scores);
    read_column_patterns(c, top, inst.column_patterns);
    if (auto d = top.localized("disclaimer")) inst.disclaimer = std::move(*d);

    if (c.count() != 0) return c.take();
    return inst;
}

result<instrument> load_instrument_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return diagnostics{{{path.string(), "", 0, 0}, "cannot open this file for reading."}};
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) return diagnostics{{{path.string(), "", 0, 0}, "reading this file failed."}};
    return parse_instrument(buf.str(), path.string());
}

}  // namespace attachscore
