// The reasons in a row's status and why a score is not valid, in English and Spanish.
#include "attachscore/scorer.hpp"
#include "texts/row_words.hpp"

namespace attachscore {
namespace detail {
namespace {

std::string cell(const row_reason& r) {
    return std::string(r.column) + " = " +
           (r.quoted ? "\"" + std::string(r.value) + "\"" : std::string(r.value));
}

std::string reason_en(const row_reason& r) {
    const std::string detail(r.detail);
    switch (r.kind) {
        case row_problem::wrong_value_count:
            return std::to_string(r.values) + (r.values == 1 ? " value" : " values") +
                   " where the header has " + std::to_string(r.columns) +
                   " columns; the row is not scored because its values may be shifted";
        case row_problem::not_a_number:
            return cell(r) + " is not a number";
        case row_problem::not_a_choice:
            return cell(r) + " is not one of the choices: " + detail;
        case row_problem::outside_scale:
            return cell(r) + " is outside the scale " + detail;
        case row_problem::not_whole_number:
            return cell(r) + " is not a whole number on the scale " + detail;
        case row_problem::no_norm_group:
            return cell(r) + " names no group of the norms " + std::string(r.norms) + " (" +
                   detail + "), so no norm scores";
        case row_problem::too_few_answered:
            break;  // worded by explain()
    }
    return {};
}

std::string reason_es(const row_reason& r) {
    const std::string detail(r.detail);
    switch (r.kind) {
        case row_problem::wrong_value_count:
            return std::to_string(r.values) + (r.values == 1 ? " valor" : " valores") +
                   " donde la cabecera tiene " + std::to_string(r.columns) +
                   " columnas; la fila no se puntúa porque sus valores pueden estar desplazados";
        case row_problem::not_a_number:
            return cell(r) + " no es un número";
        case row_problem::not_a_choice:
            return cell(r) + " no es una de las opciones: " + detail;
        case row_problem::outside_scale:
            return cell(r) + " está fuera de la escala " + detail;
        case row_problem::not_whole_number:
            return cell(r) + " no es un número entero de la escala " + detail;
        case row_problem::no_norm_group:
            return cell(r) + " no nombra ningún grupo de las normas " + std::string(r.norms) +
                   " (" + detail + "), así que no hay puntuaciones normativas";
        case row_problem::too_few_answered:
            break;
    }
    return {};
}

std::string needed_es(const score_value& value, const score_definition& def) {
    const std::string parts = std::to_string(def.parts());
    const bool all = def.min_answered == static_cast<int>(def.parts());
    return std::to_string(value.answered) + " de " + parts +
           (def.derived() ? " puntuaciones válidas" : " ítems respondidos") + "; se necesitan " +
           (all ? std::string(def.derived() ? "todas" : "todos")
                : "al menos " + std::to_string(def.min_answered));
}

}  // namespace

std::string row_reason_text(const row_reason& r, std::string_view language) {
    return language == "es" ? reason_es(r) : reason_en(r);
}

std::string row_status_text(std::size_t line, std::string_view reasons, std::string_view language) {
    return (language == "es" ? "línea " : "line ") + std::to_string(line) + ": " +
           std::string(reasons);
}

}  // namespace detail

std::string explain(const score_value& value, const score_definition& def,
                    std::string_view language) {
    if (language != "es") return explain(value, def);
    switch (value.status) {
        case score_status::valid:
            return {};
        case score_status::too_few_answered:
            return detail::needed_es(value, def);
        case score_status::invalid_answers:
            return "una respuesta de esta fila no se puede puntuar; el estado de la fila dice cuál";
    }
    return {};
}

}  // namespace attachscore
