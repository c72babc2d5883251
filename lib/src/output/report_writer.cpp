// The readable report for people: scores with their bands and texts, norms in sentences computed
// from the numbers, the profile and the default classification from one model, the disclaimer.
// Lines fit the width asked for (80 columns unless the terminal says otherwise).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

#include "attachscore/interpret.hpp"
#include "common/text_util.hpp"
#include "output/output_writer.hpp"
#include "output/profile_text.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

// Words around the instrument's own texts in the report, in the languages the tool speaks.
struct report_words {
    const char* respondent;
    const char* line;
    const char* answered;
    const char* of;
    const char* not_scored;
    const char* profile;
    const char* near_boundary;
    const char* tie_settled;
    const char* compared_with;  ///< "Compared with "
    const char* percentile;     ///< ", percentile about "
    const char* normal_curve;   ///< " (from the normal curve, an approximation)"
    const char* floor;          ///< percentile 0 at the lowest possible score
    const char* ceiling;        ///< percentile 100 at the highest
    const char* band90;         ///< "90 % band for the score without measurement error: "
    const char* to;
    const char* band90_basis;
    const char* basis_elsewhere;  ///< where to read a method's basis (kept in English)
    const char* answers_on;       ///< "Answers given on "
    const char* not_published;    ///< ", not the published "
    const char* no_bands;         ///< ": the bands made for the published scale do not apply."
};
const report_words& words_for(const std::string& lang) {
    static const report_words en{
        "Respondent",
        "line",
        "answered",
        "of",
        "not scored",
        "Together",
        "close to another category: read it with care",
        "the highest ratings tie; the forced choice settles it",
        "Compared with ",
        ", percentile about ",
        " (from the normal curve, an approximation)",
        ", percentile 0: this is the lowest possible score, so nobody in the group scores lower",
        ", percentile 100: this is the highest possible score, so nobody in the group scores "
        "higher",
        "90 % band for the score without measurement error: ",
        " to ",
        " (± 1.645 standard errors of measurement, from the scale's reliability in the norm "
        "group; kept within the scale)",
        "The method's basis: attachscore info ",
        "Answers given on ",
        ", not the published ",
        ": the bands made for the published scale do not apply, and no pattern is named."};
    static const report_words es{
        "Persona",
        "línea",
        "respondidos",
        "de",
        "sin puntuación",
        "En conjunto",
        "cerca de otra categoría: léase con cautela",
        "las valoraciones más altas empatan; la elección forzada decide",
        "Comparado con ",
        ", percentil aproximado ",
        " (según la curva normal, una aproximación)",
        ", percentil 0: es la puntuación más baja posible, así que nadie del grupo puntúa por "
        "debajo",
        ", percentil 100: es la puntuación más alta posible, así que nadie del grupo puntúa por "
        "encima",
        "Banda del 90 % para la puntuación sin error de medida: ",
        " a ",
        " (± 1,645 errores típicos de medida, según la fiabilidad de la escala en el grupo de "
        "referencia; dentro de la escala)",
        "La base del método (en inglés): attachscore info ",
        "Respuestas dadas en la escala ",
        ", no en la publicada ",
        ": las bandas de la escala publicada no se aplican y no se nombra ningún patrón."};
    return lang == "es" ? es : en;
}

// Two decimals, with a decimal comma in Spanish.
std::string fixed2(double v, const std::string& lang) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string out = buf;
    if (lang == "es")
        for (char& c : out)
            if (c == '.') c = ',';
    return out;
}

class report_writer final : public output_writer {
  public:
    report_writer(std::ostream& out, output_context ctx)
        : out_(out),
          ctx_(std::move(ctx)),
          sc_(*ctx_.sc),
          inst_(sc_.definition()),
          w_(words_for(ctx_.language)),
          width_(ctx_.width) {}

    void begin() override {}

    void row(const scored_row& r) override {
        std::string t = wrap(inst_.short_name + " — " + inst_.name, 0) + "\n";
        // A respondent scored outside a table (render_report) may have no line.
        std::string who = w_.respondent;
        if (!r.id.empty()) who += " " + printable(r.id);
        if (r.line) who += std::string(" (") + w_.line + " " + std::to_string(r.line) + ")";
        t += who + "\n";
        if (r.status != "ok") t += wrap(printable(r.status), 0) + "\n";
        if (sc_.scale_overridden())
            t += wrap(std::string(w_.answers_on) + range(sc_.scale()) + w_.not_published +
                          range(inst_.scale) + w_.no_bands,
                      0) +
                 "\n";
        t += targets_block(r);
        for (std::size_t i = 0; i < inst_.scores.size(); ++i)
            if (inst_.scores[i].target.empty()) t += score_block(r, i);
        if (const auto p = profile_in_words(sc_, *r.result, lang()); !p.text.empty())
            t += "\n" +
                 wrap(std::string(w_.profile) + (p.label.empty() ? "" : ": " + p.label) + " (" +
                          p.method + ")",
                      0) +
                 "\n  " + wrap(p.text, 2) + "\n";
        t += categories_block(r);
        t += "\n" + wrap(in_language(inst_.disclaimer, lang()), 0) + "\n";
        out_ << t;
    }
    [[nodiscard]] std::string separator() const override {
        return "\n" + std::string(std::min<std::size_t>(width_, 60), '-') + "\n\n";
    }

    void end() override { out_.flush(); }

  private:
    [[nodiscard]] const std::string& lang() const { return ctx_.language; }
    // Why a score is not valid, in the report's language (explain() is the English of the status).
    [[nodiscard]] std::string reason(const score_value& v, const score_definition& def) const {
        if (lang() != "es") return explain(v, def);
        const std::string parts = std::to_string(def.parts());
        switch (v.status) {
            case score_status::valid:
                return {};
            case score_status::too_few_answered:
                return std::to_string(v.answered) + " de " + parts +
                       (def.derived() ? " puntuaciones válidas" : " respondidos") +
                       "; se necesitan " +
                       (def.min_answered == static_cast<int>(def.parts())
                            ? std::string(def.derived() ? "todas" : "todos")
                            : "al menos " + std::to_string(def.min_answered));
            case score_status::invalid_answers:
                return "una respuesta de esta fila no se puede puntuar; el estado de la fila dice "
                       "cuál";
        }
        return {};
    }
    static std::string range(const response_scale& s) {
        return std::to_string(s.min) + "–" + std::to_string(s.max);
    }
    [[nodiscard]] std::string wrap(const std::string& text, std::size_t indent) const {
        return wrap_text(text, indent, width_);
    }

    std::string score_block(const scored_row& r, std::size_t i) const {
        const auto& def = inst_.scores[i];
        const auto& v = r.result->scores()[i];
        std::string head = in_language(def.label, lang()) + ": ";
        if (v.status != score_status::valid)
            return "\n" + wrap(head + w_.not_scored + " (" + reason(v, def) + ")", 0) + "\n";
        head += fixed2(v.value, lang());
        if (!def.derived())
            head += " (" + std::to_string(v.answered) + " " + w_.of + " " +
                    std::to_string(def.parts()) + " " + w_.answered + ")";
        const auto meaning = describe_score(def, v, ctx_.norms, r.group, sc_.scale_overridden());
        if (meaning.label) head += " — " + in_language(*meaning.label, lang());
        std::string t = "\n" + wrap(head, 0) + "\n";
        if (const norm_values* norm = norm_for(ctx_, r, def.id)) t += norm_block(*norm, r, def, v);
        if (meaning.text) t += "  " + wrap(in_language(*meaning.text, lang()), 2) + "\n";
        return t;
    }

    // Scores about several people (the ECR-RS): one line per person with every dimension, then
    // each dimension's band text once, naming the people it applies to.
    std::string targets_block(const scored_row& r) const {
        if (inst_.targets.empty()) return {};
        std::string t;
        std::vector<std::string> dims;  // "avoidance", "anxiety": score ids without the target
        // (dimension, band index) → the people whose score is in that band; each target's scores
        // are copies of one definition, so bands are matched by position.
        std::map<std::pair<std::string, std::size_t>, std::vector<std::string>> who;
        for (const auto& target : inst_.targets) {
            std::string line = in_language(target.label, lang()) + ": ";
            bool first = true;
            for (std::size_t i = 0; i < inst_.scores.size(); ++i) {
                const auto& def = inst_.scores[i];
                if (def.target != target.id) continue;
                const auto& v = r.result->scores()[i];
                const std::string dim = def.id.substr(target.id.size() + 1);
                if (std::find(dims.begin(), dims.end(), dim) == dims.end()) dims.push_back(dim);
                std::string label = in_language(def.label, lang());
                label =
                    label.substr(label.find(": ") == std::string::npos ? 0 : label.find(": ") + 2);
                line += (first ? "" : "; ") + label + " ";
                first = false;
                if (v.status != score_status::valid) {
                    line += std::string(w_.not_scored) + " (" + reason(v, def) + ")";
                    continue;
                }
                line += fixed2(v.value, lang());
                const band* b = sc_.scale_overridden() ? nullptr : find_band(def, v.value);
                if (!b) continue;
                line += " — " + in_language(b->label, lang());
                who[{dim, static_cast<std::size_t>(b - def.bands.data())}].push_back(
                    in_language(target.label, lang()));
            }
            t += "\n" + wrap(line, 0);
        }
        t += "\n";
        for (const auto& dim : dims)
            for (const auto& [key, people] : who) {
                if (key.first != dim) continue;
                const auto* def = inst_.find_score(inst_.targets.front().id + "_" + dim);
                const band& b = def->bands[key.second];
                std::string label = in_language(def->label, lang());
                label =
                    label.substr(label.find(": ") == std::string::npos ? 0 : label.find(": ") + 2);
                t += "\n" +
                     wrap(label + " — " + in_language(b.label, lang()) + " (" + join(people, ", ") +
                              ")",
                          0) +
                     "\n  " + wrap(in_language(b.text, lang()), 2) + "\n";
            }
        return t;
    }

    // The comparison with the norm group in words computed from the numbers.
    std::string norm_block(const norm_values& norm, const scored_row& r,
                           const score_definition& def, const score_value& v) const {
        const auto nr = apply_norm(norm, v.value, def);
        std::string s = w_.compared_with + ctx_.norms->id + " (" +
                        in_language(r.group->label, lang()) + "): z " + fixed2(nr.z, lang()) +
                        ", T " + fixed2(nr.t, lang());
        if (nr.at_floor)
            s += w_.floor;
        else if (nr.at_ceiling)
            s += w_.ceiling;
        else
            s += w_.percentile + std::to_string(static_cast<int>(std::lround(nr.percentile))) +
                 w_.normal_curve;
        std::string t = "  " + wrap(s + ".", 2) + "\n";
        if (nr.band90_low)
            t += "  " +
                 wrap(w_.band90 + fixed2(*nr.band90_low, lang()) + w_.to +
                          fixed2(*nr.band90_high, lang()) + w_.band90_basis + ".",
                      2) +
                 "\n";
        return t;
    }

    std::string categories_block(const scored_row& r) const {
        std::string t;
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r.result->categories()[c];
            if (!v.valid) continue;
            std::string line = in_language(rule.label, lang()) + ": " +
                               category_in_words(category_text(v, rule), lang());
            if (v.settled_by_choice)
                line += " (" + std::string(w_.tie_settled) + ")";
            else if (v.near_boundary && !v.unclassified && v.tied == 0)  // a tie says so itself
                line += " (" + std::string(w_.near_boundary) + ")";
            // The basis is a research note kept in English; other languages point to it.
            const std::string basis = lang() == "en" ? rule.basis : w_.basis_elsewhere + inst_.id;
            t += "\n" + wrap(line, 0) + "\n  " + wrap(basis, 2) + "\n";
        }
        return t;
    }

    std::ostream& out_;
    output_context ctx_;
    const scorer& sc_;
    const instrument& inst_;
    const report_words& w_;
    std::size_t width_;
};

}  // namespace

std::unique_ptr<output_writer> make_report_writer(std::ostream& out, output_context context) {
    return std::make_unique<report_writer>(out, std::move(context));
}

}  // namespace attachscore::detail
