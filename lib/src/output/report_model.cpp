// The report's blocks: scores with their bands and texts, norms in sentences computed from the
// numbers, the profile and the default classification from one model, the disclaimer.
#include "output/report_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "attachscore/interpret.hpp"
#include "common/text_util.hpp"
#include "output/profile_text.hpp"
#include "output/writer_support.hpp"
#include "texts/numbers.hpp"

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
    const char* moved_bands;  ///< ": the bands … are placed on that scale as on the published"
    const char* unanswered;   ///< "Not answered"
    const char* nearest_pattern;  ///< ": nearest pattern "
    const char* not_a_person;     ///< " (a name for where the answers sit, not for a person)"
    const char* for_each;         ///< before a text written for one person, said of several
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
        ": the bands made for the published scale do not apply, and no pattern is named.",
        ": the bands and the pattern below are placed on that scale as they are on the "
        "published one (its thirds, its middle), a heuristic of this tool: positions on the "
        "scale, not norms.",
        "Not answered",
        ": nearest pattern ",
        " (a name for where the answers sit, not for a person)",
        "For each of them: "};
    static const report_words es{
        "Persona",
        "línea",
        "ítems respondidos",
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
        ": las bandas de la escala publicada no se aplican y no se nombra ningún patrón.",
        ": las bandas y el patrón de abajo se sitúan en esa escala como en la publicada (sus "
        "tercios, su centro), un criterio propio de esta herramienta: posiciones en la escala, "
        "no normas.",
        "Sin responder",
        ": patrón más cercano ",
        " (un nombre para dónde se sitúan las respuestas, no para una persona)",
        "Para cada una de estas personas: "};
    return lang == "es" ? es : en;
}

using kind = report_block::kind;

class report_builder {
  public:
    report_builder(const output_context& ctx, const scored_row& r)
        : ctx_(ctx), r_(r), sc_(*ctx.sc), inst_(sc_.definition()), w_(words_for(ctx.language)) {}

    report_model build() const {
        report_model m;
        m.title = inst_.short_name + " — " + inst_.name;
        // A respondent scored outside a table (render_report) may have no line.
        m.who = w_.respondent;
        if (!r_.id.empty()) m.who += " " + printable(r_.id);
        if (r_.line) m.who += std::string(" (") + w_.line + " " + std::to_string(r_.line) + ")";
        if (r_.status != "ok") m.notices.push_back(printable(r_.status));
        if (sc_.scale_overridden()) {
            bool moved = true;
            for (std::size_t s = 0; s < inst_.scores.size(); ++s)
                moved = moved && (inst_.scores[s].bands.empty() || sc_.bands_apply(s));
            m.notices.push_back(std::string(w_.answers_on) + range(sc_.scale()) + w_.not_published +
                                range(inst_.scale) + (moved ? w_.moved_bands : w_.no_bands));
        }
        targets_blocks(m.blocks);
        for (std::size_t i = 0; i < inst_.scores.size(); ++i)
            if (inst_.scores[i].target.empty()) m.blocks.push_back(score_block(i));
        if (const auto p = profile_in_words(sc_, *r_.result, lang()); !p.text.empty())
            m.blocks.push_back({kind::profile,
                                {std::string(w_.profile) + (p.label.empty() ? "" : ": " + p.label) +
                                 " (" + p.method + ")"},
                                {p.text}});
        categories_blocks(m.blocks);
        unanswered_block(m.blocks);
        m.blocks.push_back({kind::disclaimer, {in_language(inst_.disclaimer, lang())}, {}});
        return m;
    }

  private:
    [[nodiscard]] const std::string& lang() const { return ctx_.language; }
    // Why a score is not valid, in the report's language; a card shows the row's problem above.
    [[nodiscard]] std::string reason(const score_value& v, const score_definition& def) const {
        if (lang() == "es" && v.status == score_status::invalid_answers)
            return "una respuesta no se puede puntuar: el aviso de arriba dice cuál";
        return explain(v, def, lang());
    }
    static std::string range(const response_scale& s) {
        return std::to_string(s.min) + "–" + std::to_string(s.max);
    }

    report_block score_block(std::size_t i) const {
        const auto& def = inst_.scores[i];
        const auto& v = r_.result->scores()[i];
        report_block b{kind::score, {}, {}, i};
        std::string head = in_language(def.label, lang()) + ": ";
        if (v.status != score_status::valid) {
            b.heads.push_back(head + w_.not_scored + " (" + reason(v, def) + ")");
            return b;
        }
        head += fixed2(v.value, lang());
        if (!def.derived() && def.parts() > 1)  // one item is answered or not: no count
            head += " (" + std::to_string(v.answered) + " " + w_.of + " " +
                    std::to_string(def.parts()) + " " + w_.answered + ")";
        const auto meaning = describe_score(def, v, ctx_.norms, r_.group, !sc_.bands_apply(i));
        if (meaning.label) head += " — " + in_language(*meaning.label, lang());
        b.heads.push_back(head);
        if (const norm_values* norm = norm_for(ctx_, r_, def.id)) norm_sentences(*norm, def, v, b);
        if (meaning.text) b.paragraphs.push_back(in_language(*meaning.text, lang()));
        return b;
    }

    // A label without the target's name before ": " ("Mother: avoidance" → "avoidance").
    std::string dimension_label(const score_definition& def) const {
        std::string label = in_language(def.label, lang());
        const auto colon = label.find(": ");
        return colon == std::string::npos ? label : label.substr(colon + 2);
    }

    // Scores about several people (the ECR-RS): one line per person with every dimension, then
    // each dimension's band text once, naming the people it applies to.
    void targets_blocks(std::vector<report_block>& out) const {
        if (inst_.targets.empty()) return;
        report_block lines{kind::targets, {}, {}};
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
                const auto& v = r_.result->scores()[i];
                const std::string dim = def.id.substr(target.id.size() + 1);
                if (std::find(dims.begin(), dims.end(), dim) == dims.end()) dims.push_back(dim);
                line += (first ? "" : "; ") + dimension_label(def) + " ";
                first = false;
                if (v.status != score_status::valid) {
                    line += std::string(w_.not_scored) + " (" + reason(v, def) + ")";
                    continue;
                }
                line += fixed2(v.value, lang());
                const band* b = sc_.bands_apply(i) ? find_band(def, v.value) : nullptr;
                if (!b) continue;
                line += " — " + in_language(b->label, lang());
                who[{dim, static_cast<std::size_t>(b - def.bands.data())}].push_back(
                    in_language(target.label, lang()));
            }
            lines.heads.push_back(line);
        }
        out.push_back(std::move(lines));
        for (const auto& dim : dims)
            for (const auto& [key, people] : who) {
                if (key.first != dim) continue;
                const auto* def = inst_.find_score(inst_.targets.front().id + "_" + dim);
                const band& b = def->bands[key.second];
                out.push_back({kind::target_band,
                               {dimension_label(*def) + " — " + in_language(b.label, lang()) +
                                " (" + join(people, ", ") + ")"},
                               {for_each(people.size(), in_language(b.text, lang()))}});
            }
    }

    // A text written of one person, said of several: "For each of them: …" (Spanish goes on in
    // lower case after the colon).
    [[nodiscard]] std::string for_each(std::size_t people, std::string text) const {
        if (people < 2) return text;
        if (lang() == "es" && !text.empty() && text[0] >= 'A' && text[0] <= 'Z')
            text[0] = static_cast<char>(text[0] - 'A' + 'a');
        return w_.for_each + text;
    }

    // The comparison with the norm group in words computed from the numbers.
    void norm_sentences(const norm_values& norm, const score_definition& def, const score_value& v,
                        report_block& b) const {
        const auto nr = apply_norm(norm, v.value, def);
        std::string s = w_.compared_with + ctx_.norms->id + " (" +
                        in_language(r_.group->label, lang()) + "): z " + fixed2(nr.z, lang()) +
                        ", T " + fixed2(nr.t, lang());
        if (nr.at_floor)
            s += w_.floor;
        else if (nr.at_ceiling)
            s += w_.ceiling;
        else
            s += w_.percentile + std::to_string(static_cast<int>(std::lround(nr.percentile))) +
                 w_.normal_curve;
        b.paragraphs.push_back(s + ".");
        if (nr.band90_low)
            b.paragraphs.push_back(w_.band90 + fixed2(*nr.band90_low, lang()) + w_.to +
                                   fixed2(*nr.band90_high, lang()) + w_.band90_basis + ".");
    }

    // With the items' wording lent (--wording), the items left blank, each with its wording, so
    // that a person sees what they skipped.
    void unanswered_block(std::vector<report_block>& out) const {
        if (r_.answers.empty() || std::none_of(inst_.items.begin(), inst_.items.end(),
                                               [](const item& it) { return it.text.has_value(); }))
            return;
        report_block b{kind::unanswered, {}, {}};
        for (std::size_t slot = 0; slot < r_.answers.size(); ++slot) {
            if (!std::isnan(r_.answers[slot]) ||
                std::find(r_.unreadable.begin(), r_.unreadable.end(), slot) != r_.unreadable.end())
                continue;  // answered, or written but unreadable (the notice says so)
            const item& it = sc_.slot_item(slot);
            std::string line =
                inst_.targets.empty()
                    ? std::string()
                    : in_language(inst_.targets[slot / inst_.items.size()].label, lang()) + ", ";
            line += std::to_string(it.number);
            if (it.text) line += ". " + in_language(*it.text, lang());
            b.paragraphs.push_back(line);
        }
        if (b.paragraphs.empty()) return;
        b.heads.push_back(std::string(w_.unanswered) + " (" + std::to_string(b.paragraphs.size()) +
                          " " + w_.of + " " + std::to_string(r_.answers.size()) + ")");
        out.push_back(std::move(b));
    }

    void categories_blocks(std::vector<report_block>& out) const {
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r_.result->categories()[c];
            if (!v.valid) continue;
            // A single pattern is named as the nearest one and as a name for the answers; a tie
            // or no class says so itself.
            const bool one_pattern = v.winner >= 0 && !v.unclassified;
            std::string line = in_language(rule.label, lang()) +
                               (one_pattern ? w_.nearest_pattern : ": ") +
                               category_in_words(category_text(v, rule), lang()) +
                               (one_pattern ? w_.not_a_person : "");
            if (v.settled_by_choice)
                line += " (" + std::string(w_.tie_settled) + ")";
            else if (v.near_boundary && !v.unclassified && v.tied == 0)  // a tie says so itself
                line += " (" + std::string(w_.near_boundary) + ")";
            // The basis is a research note kept in English; other languages point to it.
            const std::string basis = lang() == "en" ? rule.basis : w_.basis_elsewhere + inst_.id;
            out.push_back({kind::category, {line}, {basis}});
        }
    }

    const output_context& ctx_;
    const scored_row& r_;
    const scorer& sc_;
    const instrument& inst_;
    const report_words& w_;
};

}  // namespace

std::string fixed2(double v, const std::string& lang) {
    return decimal_text(v, 2, lang);
}

report_model build_report(const output_context& ctx, const scored_row& r) {
    return report_builder(ctx, r).build();
}

}  // namespace attachscore::detail
