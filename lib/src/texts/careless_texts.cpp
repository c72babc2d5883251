// Why a respondent is flagged as possibly careless, in the languages the tool speaks.
#include <cmath>

#include "attachscore/stats.hpp"
#include "texts/numbers.hpp"

namespace attachscore {

std::string careless_sign_text(careless_sign sign, const careless_indices& q,
                               const std::string& language) {
    const bool es = language == "es";
    const std::string lang = es ? "es" : "en";
    switch (sign) {
        case careless_sign::long_run:
            return es ? "la misma respuesta " + std::to_string(q.longstring) + " veces seguidas"
                      : "the same answer " + std::to_string(q.longstring) + " times in a row";
        case careless_sign::low_evenodd:
            return (es ? "consistencia par–impar " : "even–odd consistency ") +
                   detail::apa_text(-q.evenodd, 2, lang) +
                   (es ? " (por debajo de ,30, sobre " : " (below .30, over ") +
                   std::to_string(q.evenodd_scales) + (es ? " escalas)" : " scales)");
        case careless_sign::opposite_alike:
            return (es ? "afirmaciones en sentidos opuestos respondidas igual (inconsistencia "
                       : "statements keyed in opposite directions answered alike (reverse "
                         "inconsistency ") +
                   detail::decimal_text(q.reverse_inconsistency, 2, lang) + ")";
    }
    return {};
}

}  // namespace attachscore
