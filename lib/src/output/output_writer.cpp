#include "output/output_writer.hpp"

#include <cmath>
#include <cstdio>

#include "attachscore/interpret.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"

namespace attachscore::detail {
namespace {

// A spreadsheet runs a cell starting with =, +, -, @, tab or CR as a formula; numbers are safe.
void append_input_text(std::string& out, std::string_view text, bool protect);

// JSON strings must be valid UTF-8: bytes that are not (say, Latin-1 text) become U+FFFD.
void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
            ++i;
        } else if (c == '\n') {
            out += "\\n";
            ++i;
        } else if (c == '\r') {
            out += "\\r";
            ++i;
        } else if (c == '\t') {
            out += "\\t";
            ++i;
        } else if (c < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
            ++i;
        } else if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
        } else {
            const std::size_t len = c >= 0xF0 && c < 0xF5   ? 4
                                    : c >= 0xE0             ? 3
                                    : c >= 0xC2 && c < 0xE0 ? 2
                                                            : 0;
            bool ok = len != 0 && i + len <= text.size();
            for (std::size_t k = 1; ok && k < len; ++k)
                ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
            if (ok) {
                out.append(text.substr(i, len));
                i += len;
            } else {
                out += "\\ufffd";
                ++i;
            }
        }
    }
    out += '"';
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

bool is_number(std::string_view text) {
    double v = 0;
    return parse_number(text, v);
}

void append_input_text(std::string& out, std::string_view text, bool protect) {
    if (protect && !text.empty() &&
        std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
        !is_number(text)) {
        std::string safe = "'";
        safe += text;
        append_csv_field(out, safe);
        return;
    }
    append_csv_field(out, text);
}

class csv_writer final : public output_writer {
  public:
    csv_writer(std::ostream& out, output_context ctx)
        : out_(out), ctx_(std::move(ctx)), sc_(*ctx_.sc), inst_(sc_.definition()) {}

    void begin() override {
        line_.clear();
        if (!ctx_.id_name.empty()) {
            append_input_text(line_, ctx_.id_name, ctx_.protect_formulas);
            line_ += ',';
        }
        for (const auto& name : ctx_.kept_names) {
            append_input_text(line_, name, ctx_.protect_formulas);
            line_ += ',';
        }
        for (std::size_t i = 0; i < inst_.scores.size(); ++i) {
            const std::string& s = inst_.scores[i].id;
            line_ += s + ',' + s + "_answered," + s + "_band,";
            if (has_norm(ctx_, s)) line_ += s + "_z," + s + "_t," + s + "_percentile,";
            if (has_reliability(ctx_, s)) line_ += s + "_band90_low," + s + "_band90_high,";
            if (!ctx_.sample.empty()) line_ += s + "_sample_z,";
            if (ctx_.interpretations) line_ += s + "_interpretation,";
        }
        for (auto slot : sc_.choice_slots())
            line_ += choice_column(inst_, slot) + ',';
        for (std::size_t c = 0; c < inst_.categories.size(); ++c)
            if (sc_.category_enabled(c)) {
                const auto& id = inst_.categories[c].id;
                line_ += id + ',' + id + "_method," + id + "_near_boundary,";
            }
        if (ctx_.interpretations && inst_.profile) line_ += "profile,profile_text,";
        if (sc_.scale_overridden()) line_ += "administered_scale,";
        if (ctx_.norms) line_ += "norm_group,";
        if (ctx_.interpretations) line_ += "disclaimer,";
        line_ += "status\n";
        out_ << line_;
    }

    void row(const scored_row& r) override {
        line_.clear();
        if (!ctx_.id_name.empty()) {
            append_input_text(line_, r.id, ctx_.protect_formulas);
            line_ += ',';
        }
        for (const auto& value : r.kept) {
            append_input_text(line_, value, ctx_.protect_formulas);
            line_ += ',';
        }
        const auto scores = r.result->scores();
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const auto& def = inst_.scores[i];
            const auto& v = scores[i];
            const bool valid = v.status == score_status::valid;
            if (valid) append_number(line_, v.value);
            line_ += ',' + std::to_string(v.answered) + ',';
            const auto meaning =
                describe_score(def, v, ctx_.norms, r.group, sc_.scale_overridden());
            if (meaning.label) append_csv_field(line_, in_language(*meaning.label, ctx_.language));
            line_ += ',';
            const norm_values* norm = valid ? norm_for(ctx_, r, def.id) : nullptr;
            const norm_result nr = norm ? apply_norm(*norm, v.value) : norm_result{};
            if (has_norm(ctx_, def.id)) {
                for (double x : {nr.z, nr.t, nr.percentile}) {
                    if (norm) append_number(line_, x);
                    line_ += ',';
                }
            }
            if (has_reliability(ctx_, def.id)) {
                for (const auto& x : {nr.band90_low, nr.band90_high}) {
                    if (norm && x) append_number(line_, *x);
                    line_ += ',';
                }
            }
            if (!ctx_.sample.empty()) {
                const auto [mean, sd] = ctx_.sample[i];
                if (valid && sd > 0) append_number(line_, (v.value - mean) / sd);
                line_ += ',';
            }
            if (ctx_.interpretations) {
                if (meaning.text)
                    append_csv_field(line_, in_language(*meaning.text, ctx_.language));
                line_ += ',';
            }
        }
        for (std::size_t k = 0; k < sc_.choice_slots().size(); ++k) {
            if (const auto* opt = chosen_option(sc_, r, k)) line_ += opt->category;
            line_ += ',';
        }
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r.result->categories()[c];
            line_ += category_text(v, rule) + ',';
            append_csv_field(line_, category_method_text(rule, v, ctx_.language));
            line_ += ',';
            if (v.valid) line_ += v.near_boundary ? "yes" : "no";
            line_ += ',';
        }
        if (ctx_.interpretations && inst_.profile) {
            const int cell = sc_.scale_overridden() ? -1 : find_profile_cell(inst_, scores);
            if (cell >= 0) {
                append_csv_field(line_,
                                 in_language(inst_.profile->cells[cell].label, ctx_.language));
                line_ += ',';
                append_csv_field(line_,
                                 in_language(inst_.profile->cells[cell].text, ctx_.language));
                line_ += ',';
            } else {
                line_ += ",,";
            }
        }
        if (sc_.scale_overridden()) line_ += scale_text(sc_.scale()) + ',';
        if (ctx_.norms) line_ += (r.group ? r.group->id : std::string()) + ',';
        if (ctx_.interpretations) {
            append_csv_field(line_, in_language(inst_.disclaimer, ctx_.language));
            line_ += ',';
        }
        append_csv_field(line_, r.status);
        line_ += '\n';
        out_ << line_;
    }

    void end() override { out_.flush(); }

  private:
    std::ostream& out_;
    output_context ctx_;
    const scorer& sc_;
    const instrument& inst_;
    std::string line_;
};

// JSON Lines (one object per row) and JSON (one document holding all rows) share the row form.
class json_writer final : public output_writer {
  public:
    json_writer(std::ostream& out, output_context ctx, bool lines)
        : out_(out), ctx_(std::move(ctx)), sc_(*ctx_.sc), inst_(sc_.definition()), lines_(lines) {}

    void begin() override {
        if (lines_) return;
        text_.clear();
        text_ += "{\"instrument\":{\"id\":";
        append_json_string(text_, inst_.id);
        text_ += ",\"name\":";
        append_json_string(text_, inst_.name);
        text_ += ",\"version\":";
        append_json_string(text_, inst_.version);
        text_ += ",\"scale\":{\"min\":" + std::to_string(inst_.scale.min) +
                 ",\"max\":" + std::to_string(inst_.scale.max) + "}";
        if (sc_.scale_overridden())
            text_ += ",\"administered_scale\":{\"min\":" + std::to_string(sc_.scale().min) +
                     ",\"max\":" + std::to_string(sc_.scale().max) + "}";
        text_ += '}';
        if (ctx_.norms) {
            text_ += ",\"norms\":{\"id\":";
            append_json_string(text_, ctx_.norms->id);
            text_ += ",\"population\":";
            append_json_string(text_, ctx_.norms->population);
            text_ += ",\"n\":" + std::to_string(ctx_.norms->n) + ",\"source\":";
            append_json_string(text_, ctx_.norms->source);
            text_ += ",\"percentile\":\"normal approximation\"}";
        }
        text_ += ",\"disclaimer\":";
        append_json_string(text_, in_language(inst_.disclaimer, ctx_.language));
        text_ += ",\"respondents\":[";
        out_ << text_;
    }

    void row(const scored_row& r) override {
        text_.clear();
        if (!lines_ && rows_ > 0) text_ += ',';
        text_ += lines_ ? "{" : "\n{";
        text_ += "\"line\":" + std::to_string(r.line);
        if (!ctx_.id_name.empty()) {
            text_ += ",\"id\":";
            append_json_string(text_, r.id);
        }
        if (!ctx_.kept_names.empty()) {
            text_ += ",\"kept\":{";
            for (std::size_t k = 0; k < ctx_.kept_names.size(); ++k) {
                if (k) text_ += ',';
                append_json_string(text_, ctx_.kept_names[k]);
                text_ += ':';
                append_json_string(text_, r.kept[k]);
            }
            text_ += '}';
        }
        text_ += ",\"status\":";
        append_json_string(text_, r.status);
        text_ += ",\"scores\":{";
        const auto scores = r.result->scores();
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const auto& def = inst_.scores[i];
            const auto& v = scores[i];
            const bool valid = v.status == score_status::valid;
            if (i) text_ += ',';
            append_json_string(text_, def.id);
            text_ += ":{\"value\":";
            if (valid)
                append_number(text_, v.value);
            else
                text_ += "null";
            text_ += ",\"answered\":" + std::to_string(v.answered) +
                     ",\"of\":" + std::to_string(def.parts());
            text_ += ",\"valid\":";
            text_ += valid ? "true" : "false";
            const auto meaning =
                describe_score(def, v, ctx_.norms, r.group, sc_.scale_overridden());
            text_ += ",\"band\":";
            if (meaning.label) {
                append_json_string(text_, in_language(*meaning.label, ctx_.language));
                text_ += ",\"band_basis\":";
                append_json_string(text_,
                                   meaning.from_norm ? ctx_.norms->bands_basis : def.bands_basis);
                text_ += ",\"interpretation\":";
                append_json_string(text_, in_language(*meaning.text, ctx_.language));
            } else {
                text_ += "null,\"interpretation\":null";
            }
            if (const norm_values* norm = valid ? norm_for(ctx_, r, def.id) : nullptr) {
                const auto nr = apply_norm(*norm, v.value);
                text_ += ",\"norm\":{\"z\":";
                append_number(text_, nr.z);
                text_ += ",\"t\":";
                append_number(text_, nr.t);
                text_ += ",\"percentile\":";
                append_number(text_, nr.percentile);
                if (nr.band90_low) {
                    text_ += ",\"band90\":[";
                    append_number(text_, *nr.band90_low);
                    text_ += ',';
                    append_number(text_, *nr.band90_high);
                    text_ += ']';
                }
                text_ += '}';
            }
            if (!ctx_.sample.empty() && valid && ctx_.sample[i].second > 0) {
                text_ += ",\"sample_z\":";
                append_number(text_, (v.value - ctx_.sample[i].first) / ctx_.sample[i].second);
            }
            text_ += '}';
        }
        text_ += '}';
        if (!sc_.choice_slots().empty()) {
            text_ += ",\"choices\":{";
            for (std::size_t k = 0; k < sc_.choice_slots().size(); ++k) {
                if (k) text_ += ',';
                append_json_string(text_, choice_column(inst_, sc_.choice_slots()[k]));
                text_ += ':';
                if (const auto* opt = chosen_option(sc_, r, k))
                    append_json_string(text_, opt->category);
                else
                    text_ += "null";
            }
            text_ += '}';
        }
        bool first = true;
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r.result->categories()[c];
            text_ += first ? ",\"categories\":{" : ",";
            first = false;
            append_json_string(text_, rule.id);
            text_ += ":{\"value\":";
            if (v.valid)
                append_json_string(text_, category_text(v, rule));
            else
                text_ += "null";
            text_ += ",\"method\":";
            append_json_string(text_, category_method_text(rule, v, ctx_.language));
            text_ += ",\"basis\":";
            append_json_string(text_, rule.basis);
            text_ += ",\"tie\":";
            text_ += v.valid && v.tied != 0 ? "true" : "false";
            text_ += ",\"settled_by\":";
            if (v.settled_by_choice)
                append_json_string(text_, rule.tie_break);
            else
                text_ += "null";
            text_ += ",\"margin\":";
            if (v.valid && std::isfinite(v.margin))
                append_number(text_, v.margin);
            else
                text_ += "null";
            text_ += ",\"near_boundary\":";
            text_ += v.valid && v.near_boundary ? "true" : "false";
            text_ += '}';
        }
        if (!first) text_ += '}';
        if (inst_.profile) {
            const int cell = sc_.scale_overridden() ? -1 : find_profile_cell(inst_, scores);
            text_ += ",\"profile\":";
            if (cell >= 0) {
                text_ += "{\"label\":";
                append_json_string(text_,
                                   in_language(inst_.profile->cells[cell].label, ctx_.language));
                text_ += ",\"text\":";
                append_json_string(text_,
                                   in_language(inst_.profile->cells[cell].text, ctx_.language));
                text_ += ",\"basis\":";
                append_json_string(text_, inst_.profile->basis);
                text_ += '}';
            } else {
                text_ += "null";
            }
        }
        if (ctx_.norms) {
            text_ += ",\"norm_group\":";
            if (r.group)
                append_json_string(text_, r.group->id);
            else
                text_ += "null";
        }
        if (lines_) {
            text_ += ",\"disclaimer\":";
            append_json_string(text_, in_language(inst_.disclaimer, ctx_.language));
        }
        text_ += lines_ ? "}\n" : "}";
        out_ << text_;
        ++rows_;
    }

    void end() override {
        if (!lines_) out_ << "\n]}\n";
        out_.flush();
    }

  private:
    std::ostream& out_;
    output_context ctx_;
    const scorer& sc_;
    const instrument& inst_;
    bool lines_;
    std::string text_;
    std::size_t rows_ = 0;
};

// Words around the instrument's own texts in the report, in the languages the tool speaks.
struct report_words {
    const char* respondent;
    const char* line;
    const char* answered;
    const char* of;
    const char* not_scored;
    const char* profile;
    const char* near_boundary;
    const char* tie;
    const char* norm;
};
const report_words& words_for(const std::string& lang) {
    static const report_words en{"Respondent",
                                 "line",
                                 "answered",
                                 "of",
                                 "not scored",
                                 "Together",
                                 "close to another category: read it with care",
                                 "a tie",
                                 "compared with"};
    static const report_words es{"Persona",
                                 "línea",
                                 "respondidos",
                                 "de",
                                 "sin puntuación",
                                 "En conjunto",
                                 "cerca de otra categoría: léase con cautela",
                                 "un empate",
                                 "comparado con"};
    return lang == "es" ? es : en;
}

std::string fixed2(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

class report_writer final : public output_writer {
  public:
    report_writer(std::ostream& out, output_context ctx)
        : out_(out),
          ctx_(std::move(ctx)),
          sc_(*ctx_.sc),
          inst_(sc_.definition()),
          w_(words_for(ctx_.language)) {}

    void begin() override {}

    void row(const scored_row& r) override {
        std::string t;
        t += inst_.short_name + " — " + inst_.name + "\n";
        t += std::string(w_.respondent) + " " + (r.id.empty() ? "" : std::string(r.id) + " ") +
             "(" + w_.line + " " + std::to_string(r.line) + ")\n";
        if (r.status != "ok") t += wrap_text(std::string(r.status), 0) + "\n";
        const auto scores = r.result->scores();
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const auto& def = inst_.scores[i];
            const auto& v = scores[i];
            t += "\n" + in_language(def.label, ctx_.language) + ": ";
            if (v.status != score_status::valid) {
                t += std::string(w_.not_scored) + " (" + explain(v, def) + ")\n";
                continue;
            }
            t += fixed2(v.value);
            if (!def.derived())
                t += " (" + std::to_string(v.answered) + " " + w_.of + " " +
                     std::to_string(def.parts()) + " " + w_.answered + ")";
            const auto meaning =
                describe_score(def, v, ctx_.norms, r.group, sc_.scale_overridden());
            if (meaning.label) t += " — " + in_language(*meaning.label, ctx_.language);
            t += "\n";
            if (const norm_values* norm = norm_for(ctx_, r, def.id)) {
                const auto nr = apply_norm(*norm, v.value);
                t += "  z " + fixed2(nr.z) + ", T " + fixed2(nr.t) + ", percentile " +
                     fixed2(nr.percentile) + " (" + w_.norm + " " + ctx_.norms->id + ", " +
                     r.group->id + ")\n";
            }
            if (meaning.text)
                t += "  " + wrap_text(in_language(*meaning.text, ctx_.language), 2) + "\n";
        }
        if (inst_.profile && !sc_.scale_overridden()) {
            const int cell = find_profile_cell(inst_, scores);
            if (cell >= 0) {
                const auto& pc = inst_.profile->cells[cell];
                t += "\n" + std::string(w_.profile) + ": " + in_language(pc.label, ctx_.language) +
                     "\n  " + wrap_text(in_language(pc.text, ctx_.language), 2) + "\n";
            }
        }
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r.result->categories()[c];
            if (!v.valid) continue;
            t += "\n" + in_language(rule.label, ctx_.language) + ": " + category_text(v, rule);
            if (v.near_boundary) t += " (" + std::string(w_.near_boundary) + ")";
            t += "\n  " + wrap_text(rule.basis, 2) + "\n";
        }
        t += "\n" + wrap_text(in_language(inst_.disclaimer, ctx_.language), 0) + "\n";
        if (rows_++ > 0) out_ << "\n" << std::string(60, '-') << "\n\n";
        out_ << t;
    }

    void end() override { out_.flush(); }

  private:
    std::ostream& out_;
    output_context ctx_;
    const scorer& sc_;
    const instrument& inst_;
    const report_words& w_;
    std::size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<output_writer> make_writer(output_format format, std::ostream& out,
                                           output_context context) {
    switch (format) {
        case output_format::csv:
            return std::make_unique<csv_writer>(out, std::move(context));
        case output_format::jsonl:
            return std::make_unique<json_writer>(out, std::move(context), true);
        case output_format::json:
            return std::make_unique<json_writer>(out, std::move(context), false);
        case output_format::report:
            return std::make_unique<report_writer>(out, std::move(context));
    }
    return nullptr;
}

std::string choice_column(const instrument& inst, std::size_t slot) {
    const item& it = inst.items[slot % inst.items.size()];
    if (inst.targets.empty()) return it.id;
    return inst.targets[slot / inst.items.size()].id + "_" + it.id;
}

}  // namespace attachscore::detail
