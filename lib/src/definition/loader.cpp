#include "attachscore/loader.hpp"
#include "attachscore/table.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

#include "common/column_pattern.hpp"
#include "common/file_util.hpp"
#include "definition/json_reader.hpp"
#include "definition/load_parts.hpp"

namespace attachscore {
namespace {

using namespace detail;

constexpr std::int64_t supported_format = 1;

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
        if (!v.is_string() || !valid_language_tag(v.as_string())) {
            c.error(at, "a language must be a code such as \"en\", \"es\" or \"pt-BR\".");
            continue;
        }
        std::string lang(v.as_string());
        if (std::find(out.begin(), out.end(), lang) != out.end())
            c.error(at, "language " + in_quotes(lang) + " is listed twice.");
        else
            out.push_back(std::move(lang));
    }
}

void read_column_patterns(checker& c, object_reader& top, bool has_targets,
                          std::vector<std::string>& out) {
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
        if (!expand_pattern(p, 1, "t"))
            c.error(at, "column pattern " + in_quotes(p) + " must contain {n} exactly once.");
        else if (has_targets != (p.find("{target}") != std::string::npos))
            c.error(at, has_targets
                            ? "column pattern " + in_quotes(p) +
                                  " needs {target}: the items are answered for several targets."
                            : "column pattern " + in_quotes(p) +
                                  " has {target}, but this instrument has no targets.");
        else
            out.push_back(std::move(p));
    }
}

// Parses JSON text; on a syntax error, the one diagnostic with its line and column.
result<json::value> parse_json(std::string_view json_text, const std::string& file,
                               std::string_view what) {
    if (json_text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return diagnostics{
            {{file, "", 0, 0}, "the file is empty; " + std::string(what) + " is one JSON object."}};
    json::parse_options opts;
    opts.max_depth = 64;
    json::parser parser(json::storage_ptr(), opts);
    json::error_code ec;
    const std::size_t consumed = parser.write(json_text.data(), json_text.size(), ec);
    if (ec) {
        const auto p = detail::position_of(json_text, consumed);
        return diagnostics{
            {{file, "", p.line, p.column},
             "this is not valid JSON (" + ec.message() +
                 "); check for a missing comma, quote or bracket just before this point."}};
    }
    return parser.release();
}

// A text that reaches a terminal or a page must not steer it: control characters (an escape
// that retitles or clears a terminal) are refused wherever they are, with where they are.
void report_control_characters(checker& c, const json::value& v, const std::string& pointer) {
    if (v.is_string()) {
        const auto& s = v.get_string();
        const auto at = std::find_if(s.begin(), s.end(), [](char ch) {
            const auto u = static_cast<unsigned char>(ch);
            return u < 0x20 || u == 0x7F;
        });
        if (at != s.end())
            c.error(pointer, "this text holds a control character (" +
                                 printable(std::string_view(&*at, 1)) +
                                 "), which would reach terminals and pages as it is; remove it.");
    } else if (v.is_array()) {
        const auto& a = v.get_array();
        for (std::size_t i = 0; i < a.size(); ++i)
            report_control_characters(c, a[i], pointer + "/" + std::to_string(i));
    } else if (v.is_object()) {
        for (const auto& [key, child] : v.get_object()) {
            std::string step;  // as a JSON pointer writes a key (RFC 6901)
            for (const char ch : key)
                step += ch == '~' ? "~0" : ch == '/' ? "~1" : std::string(1, ch);
            report_control_characters(c, child, pointer + "/" + step);
        }
    }
}

void report_duplicates(checker& c, const json_locator& locator) {
    for (const auto& d : locator.duplicates())
        c.error(d.pointer, "key " + in_quotes(d.key) + " appears twice in the same object (lines " +
                               std::to_string(d.first.line) + " and " +
                               std::to_string(d.second.line) + "); keep one.");
}

}  // namespace

result<instrument> parse_instrument(std::string_view json_text, std::string_view source_name) {
    const std::string file(source_name);
    auto parsed = parse_json(json_text, file, "an instrument file");
    if (!parsed) return parsed.errors();
    const json::value& root = parsed.value();
    const json_locator locator(json_text);
    checker c(file, locator);
    report_duplicates(c, locator);
    report_control_characters(c, root, "");

    object_reader top(c, root, "", {"format",     "id",       "version",         "name",
                                    "short_name", "citation", "key_sources",     "licence",
                                    "item_order", "wording",  "languages",       "scale",
                                    "items",      "targets",  "scores",          "categories",
                                    "profile",    "norms",    "column_patterns", "disclaimer"});
    if (!top.valid()) return c.take();

    instrument inst;
    inst.origin = file;
    if (auto f = top.integer("format"); f && *f != supported_format)
        c.error(top.child("format"), "format " + std::to_string(*f) +
                                         " is not one this attachscore reads (it reads format " +
                                         std::to_string(supported_format) + ").");
    if (auto id = top.text("id")) {
        if (!valid_id(*id, id_shape::instrument))
            c.error(
                top.child("id"),
                "instrument id " + in_quotes(*id) +
                    " must be at most 64 lower-case letters, digits and hyphens, e.g. \"ecr-r\".");
        inst.id = *id;
    }
    inst.version = top.text("version").value_or("");
    inst.name = top.text("name").value_or("");
    inst.short_name = top.text("short_name").value_or("");
    read_citation(c, top, inst.cite);
    read_key_sources(c, top, inst.key_sources);
    inst.licence = top.text("licence").value_or("");
    inst.wording = top.text("wording").value_or("");
    read_languages(c, top, inst.languages);
    c.languages = inst.languages;
    const std::size_t before_scale = c.count();
    read_scale(c, top, inst.scale);
    const bool scale_ok = c.count() == before_scale;
    read_items(c, top, inst.items);
    read_targets(c, top, inst.targets);
    column_names columns = {"status", "administered_scale"};
    read_scores(c, top, inst, scale_ok, columns);
    read_item_order(c, top, inst);
    for (std::size_t i = 0; i < inst.items.size(); ++i)
        if (inst.items[i].kind == item_kind::choice && !inst.items[i].id.empty() &&
            !columns.insert(inst.items[i].id).second)
            c.error("/items/" + std::to_string(i) + "/id",
                    "choice id " + in_quotes(inst.items[i].id) +
                        " clashes with another output column.");
    read_categories(c, top, inst, columns);
    read_profile(c, top, inst);
    read_norms(c, top, inst);
    read_column_patterns(c, top, !inst.targets.empty(), inst.column_patterns);
    if (auto d = top.localized("disclaimer")) inst.disclaimer = std::move(*d);

    if (c.count() != 0) return c.take();
    return inst;
}

result<instrument> load_instrument_file(const std::filesystem::path& path) {
    auto text = detail::read_regular_file(path, "an instrument file");
    if (!text) return text.errors();
    return parse_instrument(text.value(), path.string());
}

result<std::vector<norm_set>> load_norm_file(const instrument& inst,
                                             const std::filesystem::path& path) {
    const std::string file = path.string();
    auto text = detail::read_regular_file(path, "a norm file");
    if (!text) return text.errors();
    auto parsed = parse_json(text.value(), file, "a norm file");
    if (!parsed) return parsed.errors();
    const json_locator locator(text.value());
    checker c(file, locator);
    report_duplicates(c, locator);
    c.languages = inst.languages;
    object_reader top(c, parsed.value(), "", {"format", "instrument", "norms"});
    if (!top.valid()) return c.take();
    if (auto f = top.integer("format"); f && *f != supported_format)
        c.error(top.child("format"), "format " + std::to_string(*f) +
                                         " is not one this attachscore reads (it reads format " +
                                         std::to_string(supported_format) + ").");
    if (auto id = top.text("instrument"); id && *id != inst.id)
        c.error(top.child("instrument"),
                "these norms are for " + in_quotes(*id) + ", not " + in_quotes(inst.id) + ".");
    instrument with_norms = inst;
    with_norms.norms.clear();
    read_norms(c, top, with_norms);
    if (c.count() != 0) return c.take();
    return with_norms.norms;
}

}  // namespace attachscore
