// The findings of the whole-table checks in Spanish, sentence for sentence as the English ones
// (finding_texts_en.cpp): the same fields, the same ways on, worded by the caller's option_words.
#include <algorithm>
#include <cmath>
#include <cstddef>

#include "attachscore/instrument.hpp"
#include "common/text_util.hpp"
#include "texts/finding_words.hpp"
#include "texts/numbers.hpp"

namespace attachscore::detail {
namespace {

// An answer as read from the file may be any number: whole ones without decimals ("99", "−9").
std::string value_text(double v) {
    const bool whole = std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15;
    return decimal_text(v, whole ? 0 : 2, "es");
}

// list_some words its tail in English.
std::string list_some_es(const std::vector<std::string>& names, std::size_t limit) {
    if (names.size() <= limit) return join(names, ", ");
    const std::vector<std::string> head(names.begin(),
                                        names.begin() + static_cast<std::ptrdiff_t>(limit));
    return join(head, ", ") + ", … (" + count_text(names.size(), "es") + " en total)";
}

std::string rows_text(std::size_t n) {
    return counted(n, "fila completa", "filas completas", "es");
}

std::string another_scale(const finding& f, const instrument& inst, const option_words& w) {
    const auto [low, top] = f.seen;
    const auto& pub = f.published;
    const std::string seen = range_text(low, top), published = range_text(pub.min, pub.max);
    const std::string zero = value_text(pub.min - 1);
    const std::string people = counted(f.respondents, "persona", "personas", "es");
    std::string none;  // the answers nobody gave: "6 o 7", "5, 6 o 7", "7 u 8" (u before /o/)
    for (int v = top + 1; v <= pub.max; ++v)
        none += (v == top + 1                         ? ""
                 : v < pub.max                        ? ", "
                 : v == 11 || value_text(v)[0] == '8' ? " u "
                                                      : " o ") +
                value_text(v);
    const std::string confirm =
        w.setting(option_id::administered_scale, range_value(pub.min, pub.max));
    const std::string missing = w.setting(option_id::missing_codes, std::to_string(pub.min - 1));
    std::string text = "todas las respuestas" +
                       std::string(f.starts_below || f.count == 0 ? "" : " de la escala") +
                       " se mantienen en " + seen + " (" + people + "; nadie respondió " + none;
    if (f.count > 0)
        text += std::string(f.starts_below ? ", y hay " : "; además, hay ") +
                counted(f.count, "respuesta", "respuestas", "es") + " de " + zero + " en " +
                counted(f.columns_below, "columna", "columnas", "es");
    text += "), pero " + inst.short_name + " se publicó con la escala " + published +
            ". Con la clave publicada, la inversión de los ítems inversos y las bandas serían "
            "erróneas. Si el cuestionario se aplicó en " +
            seen + ", conviene puntuar con " +
            w.setting(option_id::administered_scale, range_value(low, top));
    if (f.starts_below)
        text += "; si el " + zero + " significa «sin respuesta», conviene puntuar con " +
                w.together(missing,
                           w.setting(option_id::administered_scale, range_value(pub.min, top))) +
                " (o con " + w.together(missing, confirm) + " si se aplicó en " + published + ").";
    else
        text += "; si se aplicó en " + published + " y nadie eligió " + none +
                ", basta confirmarlo con " + confirm + "." +
                (f.count > 0 ? " Si el " + zero + " significa «sin respuesta», conviene añadir " +
                                   missing + "."
                             : std::string());
    if (f.severity == finding_severity::stop) return text;
    return text + " (Con " + people +
           " esto puede deberse al azar, así que la puntuación continuó.)";
}

// ", 47 de ellas en Site = Serbia" when one group holds most of a column's problems.
std::string where(const finding& f, const finding_column& c) {
    if (f.group_column.empty() || c.group_count == 0) return {};
    const std::string share = c.group_count != c.count
                                  ? count_text(c.group_count, "es") + " de ellas "
                              : c.count == 1 ? ""
                                             : "todas ";
    return ", " + share + "en " + f.group_column + " = " +
           (c.group_value.empty() ? "(en blanco)" : c.group_value);
}

std::string off_scale(const finding& f, const option_words& w) {
    const std::string range = range_text(f.published.min, f.published.max);
    double lo = f.columns.front().min, hi = f.columns.front().max;
    std::vector<std::string> names;
    bool same_where = true;
    for (const auto& c : f.columns) {
        same_where = same_where && where(f, c) == where(f, f.columns.front());
        lo = std::min(lo, c.min);
        hi = std::max(hi, c.max);
        names.push_back(c.name + (f.code == finding_code::answers_off_scale
                                      ? " (" + count_text(c.count, "es") + ")"
                                      : std::string()));
    }
    const std::string answers =
        lo == hi ? " (valor " + value_text(lo) + ")"
                 : " (respuestas de " + value_text(lo) + " a " + value_text(hi) + ")";
    if (f.code == finding_code::columns_off_scale)
        return "todas las respuestas de " + list_some_es(names, 6) + " quedan fuera de la escala " +
               range + answers + ": ¿se aplicó el cuestionario en otra escala (véase " +
               w.name(option_id::administered_scale) + ") o se codificó de otra forma?";
    if (f.columns.size() == 1) {
        const bool one = f.columns.front().count == 1;
        return names.front() + (one ? " tiene una respuesta" : " tiene respuestas") +
               " fuera de la escala " + range + answers + where(f, f.columns.front()) +
               (one ? "; esa fila no se puntúa." : "; esas filas no se puntúan.");
    }
    return count_text(f.count, "es") + " respuestas en " + count_text(f.columns.size(), "es") +
           " columnas quedan fuera de la escala " + range + answers +
           (same_where ? where(f, f.columns.front()) : std::string()) +
           "; las filas que las contienen no se puntúan: " + join(names, ", ") + ".";
}

std::string reversed_export(const finding& f, const instrument& inst, const option_words& w) {
    std::vector<std::string> names;
    std::string evidence;
    for (const auto& s : f.scores) {
        names.push_back(s.id);
        evidence += (evidence.empty() ? "" : "; ") + s.id + ": r = " + decimal_text(s.r, 2, "es") +
                    " sobre " + rows_text(s.rows);
    }
    return "en " + join(names, " y ") + ", todos los ítems inversos van en contra de los no " +
           "inversos (entre sus medias, " + evidence +
           "): es lo que cabe esperar de una exportación cuyos ítems inversos ya estaban "
           "invertidos, y la "
           "puntuación los invertiría por segunda vez. Si la exportación los invirtió, conviene "
           "puntuar con " +
           w.setting(option_id::already_reversed, "all") +
           (f.items.size() == 1 ? " (ítem " : " (ítems ") + item_numbers(f.items, ", ") +
           "); para puntuar las columnas con la clave de " + inst.short_name + ", conviene usar " +
           w.setting(option_id::keys_as_declared, "") + ".";
}

std::string reversed_items(const finding& f, const option_words& w) {
    const auto& s = f.scores.front();
    std::vector<std::string> named;
    for (const auto& item : f.items)
        named.push_back(std::to_string(item.number) + column_in_parens(item.column));
    const bool one = f.items.size() == 1;
    const std::string them = one ? "lo" : "los";
    std::string text = "en " + s.id + (one ? ", el ítem inverso " : ", los ítems inversos ") +
                       join(named, ", ") + (one ? " va" : " van") +
                       " en contra de los no inversos (r = " + decimal_text(s.r, 2, "es") +
                       (one ? " entre ese ítem y la media de los demás"
                            : " entre la media de los ítems inversos y la de los demás") +
                       ", sobre " + rows_text(s.rows) +
                       "): es lo que cabe esperar de una exportación que ya " + them +
                       " invirtió, y también " +
                       (one ? "un ítem que en esta muestra se entiende"
                            : "unos ítems que en esta muestra se entienden") +
                       " de otra manera.";
    if (!f.settled)
        text += " Si la exportación " + them + " invirtió, conviene puntuar con " +
                w.setting(option_id::already_reversed, item_numbers(f.items, ",")) + ".";
    return text;
}

// An item that runs against its score (at one group, or everywhere).
std::string item_runs(const finding& f) {
    const auto& item = f.items.front();
    const bool against = f.code == finding_code::item_against_rest || item.r < 0;
    const std::string text = "el ítem " + std::to_string(item.number) +
                             column_in_parens(item.column) + " va " +
                             (against ? "en sentido contrario al" : "en el mismo sentido que el") +
                             " resto de " + f.scores.front().id;
    const std::string r = " (r ítem–resto = " + decimal_text(item.r, 2, "es");
    if (f.code == finding_code::item_against_rest)
        return text + r + " sobre " + rows_text(item.rows) + ")" +
               (item.reversed_in_scoring
                    ? ": la puntuación lo invierte; ¿estaba ya invertido en la exportación?"
                    : ": ¿está invertido en la exportación o aquí tiene otra clave?");
    return text + " en " + f.group_column + " = " +
           (f.group_value.empty() ? "(en blanco)" : f.group_value) + ", pero " +
           (against ? "en el mismo sentido" : "en sentido contrario") + " en los demás grupos" + r +
           " allí y " + decimal_text(item.r_elsewhere, 2, "es") +
           " en los demás): ¿tiene allí otra clave?";
}

std::string item_order(const finding& f, const instrument& inst, const option_words& w) {
    const std::string read_as =
        f.columns_listed    ? "las columnas indicadas con " + w.name(option_id::item_columns)
        : f.read_as.empty() ? "la numeración de este archivo, " + inst.item_order
                            : "el orden " + f.read_as;
    const std::string confirm = w.setting(option_id::item_order, inst.item_order);
    const std::string fits = "r ítem–resto media = " + apa_text(f.fit_found, 2, "es") +
                             " frente a " + apa_text(f.fit_declared, 2, "es") + ", sobre " +
                             rows_text(f.count);
    const std::string name_columns =
        "Conviene indicar la columna de cada ítem en la numeración propia de " + inst.short_name +
        " (" + inst.item_order + "; la describe " + w.description_of(inst.id) + ") con " +
        w.setting(option_id::item_columns, "COL,COL,…") + " (" +
        counted(inst.answer_count(), "columna", "columnas", "es") + ", empezando por el ítem 1)" +
        (f.settled ? std::string(".")
                   : "; si las columnas son correctas, basta confirmarlo con " + confirm + ".");
    std::string text;
    if (f.code == finding_code::another_item_order) {
        text = "las columnas parecen los ítems de " + inst.short_name + " en otro orden, " +
               f.order + ": " + order_description(f, inst, "es") +
               " Leídos en ese orden, los ítems encajan con su propia escala mucho mejor que en " +
               read_as + " (" + fits + "). Si el cuestionario se aplicó en ese orden, conviene " +
               "puntuar con " + w.setting(option_id::item_order, f.order) +
               (f.settled ? std::string(".")
                          : "; si se aplicó en la numeración propia de " + inst.short_name +
                                ", basta confirmarlo con " + confirm + ".");
    } else if (f.code == finding_code::keys_do_not_fit) {
        text = "los ítems encajan dentro de las escalas de " + inst.short_name +
               ", pero no con las claves " +
               (read_as.rfind("el ", 0) == 0 ? "del " + read_as.substr(3) : "de " + read_as) +
               ": con claves obtenidas de los datos encajan mucho mejor (" + fits +
               "). Puede que escalas enteras ocupen el lugar de otras (otro orden de los "
               "ítems), o que la exportación haya asignado a los ítems sus propias claves. " +
               name_columns;
    } else {
        std::vector<std::string> named;
        for (const auto& it : f.items)
            named.push_back(std::to_string(it.number) + (it.target.empty() ? "" : " " + it.target) +
                            (it.column.empty() ? "" : " (" + it.column + ")"));
        const bool one = f.items.size() == 1;
        text = count_text(f.items.size(), "es") + " de " + count_text(f.items_judged, "es") +
               (one ? " ítems correlaciona" : " ítems correlacionan") +
               " claramente más con otra escala que con la suya (" + (one ? "ítem " : "ítems ") +
               list_some_es(named, 8) +
               "; r ítem–resto media = " + apa_text(f.fit_declared, 2, "es") + ", sobre " +
               rows_text(f.count) + "): las columnas no parecen contener los ítems de " +
               inst.short_name + " en " + read_as + ". " + name_columns;
    }
    return f.settled ? text + " (El orden estaba confirmado, así que la puntuación continuó.)"
                     : text;
}

std::string not_utf8(const finding& f, const option_words& w) {
    std::string where = "la cabecera";
    if (f.where.line > 0)
        where = "la línea " + std::to_string(f.where.line) +
                (f.columns.empty() ? "" : ", columna " + f.columns.front().name + ",");
    where += " contiene texto que no es UTF-8";
    const std::string how = "conviene indicar la codificación del archivo con " +
                            w.setting(option_id::encoding, "latin1") +
                            " (o windows-1252) para convertirlo a UTF-8";
    if (f.severity == finding_severity::stop)
        return where + ", que esta salida no puede contener: " + how + ".";
    // No full stop, as in English: the warning's printer ends the sentence.
    return where + "; se copió byte a byte: " + how;
}

}  // namespace

std::string finding_text_es(const finding& f, const instrument& inst, const option_words& w) {
    switch (f.code) {
        case finding_code::none:
            break;
        case finding_code::another_scale:
            return another_scale(f, inst, w);
        case finding_code::columns_off_scale:
        case finding_code::answers_off_scale:
            return off_scale(f, w);
        case finding_code::zero_rows:
            return count_text(f.count, "es") + (f.count == 1 ? " fila tiene" : " filas tienen") +
                   " 0 en todos los ítems respondidos: si aquí el 0 significa «sin respuesta», "
                   "conviene puntuar con " +
                   w.setting(option_id::missing_codes, "0") + ".";
        case finding_code::reversed_export:
            return reversed_export(f, inst, w);
        case finding_code::reversed_items:
            return reversed_items(f, w);
        case finding_code::item_against_rest:
        case finding_code::item_keyed_by_group:
            return item_runs(f);
        case finding_code::too_many_groups:
            return f.group_column + " tiene más de " + count_text(f.count, "es") +
                   " valores distintos, demasiados para señalar dónde se concentran los "
                   "problemas; las indicaciones agrupadas por una columna como el centro o la "
                   "oleada sí lo señalan.";
        case finding_code::another_item_order:
        case finding_code::keys_do_not_fit:
        case finding_code::items_elsewhere:
            return item_order(f, inst, w);
        case finding_code::not_utf8:
            return not_utf8(f, w);
    }
    return {};
}

}  // namespace attachscore::detail
