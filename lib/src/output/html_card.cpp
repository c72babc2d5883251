// A respondent's card: the blocks of the text report as HTML, each score with a bar that shows
// where the value lies on the score's possible range and where its bands begin.
#include <cmath>

#include "output/html_parts.hpp"
#include "output/report_model.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

std::string number(double v) {
    return fixed_decimals(v, 1);
}

// A 240 × 18 bar: the range, a tick where each band begins, a dot at the value.
std::string score_bar(double value, double lowest, double highest, const score_definition& def,
                      bool bands) {
    const auto x = [&](double v) { return 6 + (v - lowest) / (highest - lowest) * 228; };
    std::string s =
        "<svg class=\"bar\" viewBox=\"0 0 240 18\" aria-hidden=\"true\">"
        "<rect x=\"6\" y=\"7\" width=\"228\" height=\"4\" rx=\"2\" fill=\"#ddd\"/>";
    if (bands)
        for (std::size_t b = 1; b < def.bands.size(); ++b)
            s += "<line x1=\"" + number(x(def.bands[b].from)) + "\" y1=\"3\" x2=\"" +
                 number(x(def.bands[b].from)) + "\" y2=\"15\" stroke=\"#999\"/>";
    const double clamped = std::fmin(std::fmax(value, lowest), highest);
    return s + "<circle cx=\"" + number(x(clamped)) +
           "\" cy=\"9\" r=\"6\" fill=\"#c0392b\"/></svg>";
}

std::string paragraph(const char* cls, const std::string& text) {
    return std::string("<p class=\"") + cls + "\">" + escape_markup(text) + "</p>\n";
}

}  // namespace

std::optional<std::pair<double, double>> score_range(const scorer& sc,
                                                     const score_definition& def) {
    if (!sc.scale_overridden()) return std::pair{def.lowest, def.highest};
    if (def.derived() || def.aggregate != aggregation::mean) return std::nullopt;
    return std::pair{static_cast<double>(sc.scale().min), static_cast<double>(sc.scale().max)};
}

std::string html_card(const output_context& ctx, const scored_row& r) {
    const auto m = build_report(ctx, r);
    const auto& inst = ctx.sc->definition();
    std::string s = "<article class=\"card\" id=\"line-" + std::to_string(r.line) + "\">\n<h3>" +
                    escape_markup(m.who) + "</h3>\n";
    std::string kept;
    for (std::size_t k = 0; k < r.kept.size() && k < ctx.kept_names.size(); ++k)
        kept += (k ? " · " : "") + ctx.kept_names[k] + ": " + std::string(r.kept[k]);
    if (!kept.empty()) s += paragraph("kept", kept);
    for (const auto& notice : m.notices)
        s += paragraph("notice", notice);
    using kind = report_block::kind;
    for (const auto& b : m.blocks) {
        if (b.what == kind::disclaimer) {
            s += paragraph("disclaimer", b.heads.front());
            continue;
        }
        s += "<div class=\"block\">\n";
        for (const auto& head : b.heads)
            s += paragraph("head", head);
        if (b.what == kind::score) {
            const auto& def = inst.scores[b.score];
            const auto& v = r.result->scores()[b.score];
            const auto range = score_range(*ctx.sc, def);
            if (v.status == score_status::valid && range && range->second > range->first)
                s += score_bar(v.value, range->first, range->second, def,
                               ctx.sc->bands_apply(b.score));
        }
        for (const auto& p : b.paragraphs)
            s += paragraph("text", p);
        s += "</div>\n";
    }
    return s + "</article>\n";
}

constexpr page_words english{
    "en",
    "{name}: results of {n} respondents",
    "{name}: results of {id}",
    "Together",
    "On the plane",
    "{rows} rows read; {valid} scored without a problem.",
    " {blank} of them have items left blank",
    "Each point is one respondent: {k} of {n} have both scores. The dashed lines are at "
    "{xcut} on {xlabel} and at {ycut} on {ylabel}; the corner names describe in plain words "
    "the answers that fall there: they are not types.",
    "The red point is this respondent's; nobody else's answers are shown.",
    "The answers were given on a {given} scale, not the published {published}: the plane "
    "shows the scores on that scale, without the published lines and names.",
    "Each point is one respondent: {k} of {n} have both scores. The answers were given on a "
    "{given} scale, not the published {published}: the dashed lines are at that scale's "
    "middle ({xcut} on {xlabel}, {ycut} on {ylabel}), where the published plane has them on its "
    "own; the corner names describe in plain words the answers that fall there: they are not "
    "types.",
    "How the pattern on the cards is named: ",
    " Here the answers were given on the {given} scale, whose middle puts the split at {xcut} "
    "and {ycut}.",
    "This plane cannot be drawn: its scores were not made for the {given} scale used.",
    "Score",
    "n",
    "Mean",
    "SD",
    "Min",
    "Max",
    "Alpha (95% CI)",
    "n counts respondents with a valid score. Alpha (Cronbach) with Feldt's 95 % interval is "
    "computed over the respondents who answered every item of the score (their number follows "
    "it), when there are more of them than items; otherwise the cell shows —.",
    "Distributions",
    "Respondents",
    "Notes on the input",
    "Items",
    "Item",
    "Wording",
    "r with the rest",
    "Blank",
    " (reverse-keyed)",
    "No wording was supplied, so items are shown by number; the wording is published in "
    "{source}.",
    "Mean and SD are of the answers as scored (reverse-keyed items reversed), over "
    "the respondents who answered every item of the score.",
    "—",
    " 1 of them has items left blank",
    "; each card says how many items were answered."};
constexpr page_words spanish{
    "es",
    "{name}: resultados de {n} personas",
    "{name}: resultados de {id}",
    "En conjunto",
    "En el plano",
    "{rows} filas leídas; {valid} puntuadas sin problemas.",
    " {blank} tienen ítems en blanco",
    "Cada punto es una persona: {k} de {n} tienen ambas puntuaciones. Las líneas discontinuas "
    "marcan {xcut} en {xlabel} y {ycut} en {ylabel}; los nombres de las esquinas describen con "
    "palabras sencillas las respuestas que caen ahí: no son tipos.",
    "El punto rojo es el de esta persona; no se muestran las respuestas de nadie más.",
    "Las respuestas se dieron en una escala {given}, no en la publicada {published}: el plano "
    "muestra las puntuaciones en esa escala, sin las líneas ni los nombres publicados.",
    "Cada punto es una persona: {k} de {n} tienen ambas puntuaciones. Las respuestas se dieron "
    "en una escala {given}, no en la publicada {published}: las líneas discontinuas están en el "
    "centro de esa escala ({xcut} en {xlabel}, {ycut} en {ylabel}), donde el plano publicado las "
    "tiene en la suya; los nombres de las esquinas describen con palabras sencillas las "
    "respuestas que caen ahí: no son tipos.",
    "Cómo se nombra el patrón de las fichas: ",
    " Aquí las respuestas se dieron en la escala {given}, cuyo centro sitúa la división en "
    "{xcut} y {ycut}.",
    "Este plano no se puede dibujar: sus puntuaciones no se hicieron para la escala {given} "
    "usada.",
    "Puntuación",
    "n",
    "Media",
    "DE",
    "Mín.",
    "Máx.",
    "Alfa (IC 95 %)",
    "n cuenta a las personas con una puntuación válida. Alfa (Cronbach), con el intervalo del "
    "95 % de Feldt, se calcula sobre las personas que respondieron todos los ítems de la "
    "puntuación (su número va detrás), cuando hay más personas que ítems; si no, se muestra —.",
    "Distribuciones",
    "Personas",
    "Notas sobre los datos",
    "Ítems",
    "Ítem",
    "Enunciado",
    "r con el resto",
    "En blanco",
    " (inverso)",
    "No se aportó el enunciado, así que los ítems se muestran por número; el enunciado está "
    "publicado en {source}.",
    "Media y DT son de las respuestas puntuadas (ítems inversos "
    "invertidos), sobre las personas que respondieron todos los ítems de la puntuación.",
    "—",
    " 1 tiene ítems en blanco",
    "; cada ficha dice cuántos ítems se respondieron."};
const page_words& page_words_for(const std::string& lang) {
    return lang == "es" ? spanish : english;
}

}  // namespace attachscore::detail
