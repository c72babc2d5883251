// The methods paragraph's words in English and Spanish, one field per phrase; {name} marks where
// a number or a list goes.
#include "texts/methods_words.hpp"

namespace attachscore::detail {

const methods_words& methods_words_for(const std::string& language) {
    static const methods_words en{
        .score = "{label} was computed as {how} (n = {n}, M = {m}, SD = {sd}{rel}).",
        .from_scores = "a combination of {k} other scores",
        .one_item = "the answer to item {item}",
        .mean_of = "the mean of its {k} items",
        .sum_of = "the sum of its {k} items",
        .when_all = " when every item was answered",
        .when_at_least = " when at least {m} were answered",
        .alpha_ci = "; α = {alpha}, 95% CI [{low}, {high}]",
        .omega = ", ω = {omega}",
        .omega_improper =
            "; ω is not reported, as its one-factor model had a loading above 1 (an "
            "improper, Heywood solution)",
        .constant_item =
            "; item {items} was answered alike by every respondent and is left out "
            "of α and ω, as R's psych leaves it out (the score still counts it)",
        .constant_items =
            "; items {items} were answered alike by every respondent and are left "
            "out of α and ω, as R's psych leaves them out (the score still counts "
            "them)",
        .over_complete = ", over the {rows} respondents who answered every item",
        .over_pairwise = ", from pairwise covariances over {rows} respondents",
        .too_few_rows =
            "; reliability was not estimated: {rows} respondents answered every item, "
            "no more than its {k} items",
        .no_variance =
            "; reliability was not estimated: the item total did not vary over the "
            "{rows} complete responses",
        .and_ = " & ",
        .et_al = " et al.",
        .list_and = ", ",
        .scale =
            "Answers were given on a {given} scale rather than the published {published} and "
            "were scored on that scale (reverse-keyed items as {flip} − x).",
        .missing_one = "Cells holding {codes} were treated as not answered.",
        .missing_many = "Cells holding {codes} were treated as not answered.",
        .reversed_all =
            "The {k} reverse-keyed items were taken as already reversed in the export "
            "and were not reversed again.",
        .reversed_some =
            "Items {items} were taken as already reversed in the export and were "
            "not reversed again.",
        .keys_declared =
            "Reverse-keyed items were reversed as the published key declares, as "
            "the analyst confirmed.",
        .order = "The columns were read in the {order} item order.",
        .columns_named = "The column of each item was named explicitly.",
        .recoded =
            "Answers written as words were mapped to numbers with a table of {k} "
            "entries.",
        .rows_all = "All {rows} rows were scored.",
        .rows_two = "Both rows were scored.",
        .rows_one = "The one row was scored.",
        .rows_some = "Of the {rows} rows, {scored} had at least one valid score; {why}.",
        .why_outside = "{rows} had an answer outside the scale ({values})",
        .value_count = "{n} answers of {value}",
        .why_not_whole = "{rows} had an answer that is not a whole number",
        .why_not_choice = "{rows} had a forced choice that is not one of its options",
        .why_unreadable = "{rows} had text where a number belongs",
        .why_values = "{rows} had the wrong number of values",
        .why_too_few = "{rows} had too few items answered",
        .listwise =
            "Reliability was estimated on the respondents who answered every item of a "
            "score (listwise); the confidence interval of α is Feldt's, and ω total comes "
            "from a one-factor minres model.",
        .pairwise =
            "Reliability was estimated from pairwise covariances (each pair of items over "
            "the respondents who answered both); the confidence interval of α is Feldt's, "
            "and ω total comes from a one-factor minres model.",
        .missing_share =
            "Of all item answers, {share} were missing; {complete} respondents "
            "({complete_share}) answered every item.",
        .careless =
            "Possible careless responding was screened with {signs}; {flagged} "
            "respondents ({share}) were flagged.",
        .sign_run =
            "a run of one answer over at least half the items ({run} of {items} in a row; "
            "a heuristic of this tool)",
        .sign_evenodd = "an even–odd consistency below .30 over {scales} scales (Johnson, 2005)",
        .sign_opposite =
            "statements keyed in opposite directions answered alike (a reverse "
            "inconsistency of .50 or more, over {scales} scales; a heuristic of this "
            "tool)",
        .evenodd_not =
            "Even–odd consistency (Johnson, 2005) was not computed: {items} has "
            "{scales} scales of four or more items, and it needs {needed}.",
        .given_answers =
            "The indices use the answers as the respondents gave them, with the "
            "export's reversals undone.",
        .item_flag_one =
            "Item {items} ran against its scale as keyed (corrected item–total r "
            "below −.10, 95% CI below 0); see the item statistics before "
            "interpreting the scores.",
        .item_flag_many =
            "Items {items} ran against their scales as keyed (corrected item–total "
            "r below −.10, 95% CI below 0); see the item statistics before "
            "interpreting the scores.",
        .group_flag =
            "In {score}, the reverse-keyed items ran against the other items as a "
            "group (r = {r} between their sums), as they would if the export had "
            "reversed them already.",
        .or_ = " or "};
    static const methods_words es{
        .score = "{label} se calculó como {how} (n = {n}, M = {m}, DE = {sd}{rel}).",
        .from_scores = "una combinación de otras {k} puntuaciones",
        .one_item = "la respuesta al ítem {item}",
        .mean_of = "la media de sus {k} ítems",
        .sum_of = "la suma de sus {k} ítems",
        .when_all = " cuando se respondieron todos",
        .when_at_least = " cuando se respondieron al menos {m}",
        .alpha_ci = "; α = {alpha}, IC 95\u00a0% [{low}; {high}]",
        .omega = ", ω = {omega}",
        .omega_improper =
            "; no se presenta ω: su modelo de un factor tuvo una carga mayor que 1 "
            "(una solución impropia, de Heywood)",
        .constant_item =
            "; el ítem {items} recibió la misma respuesta de todas las personas y "
            "queda fuera de α y ω, como hace psych de R (la puntuación sí lo cuenta)",
        .constant_items =
            "; los ítems {items} recibieron la misma respuesta de todas las "
            "personas y quedan fuera de α y ω, como hace psych de R (la puntuación "
            "sí los cuenta)",
        .over_complete = ", sobre las {rows} personas que respondieron todos los ítems",
        .over_pairwise = ", a partir de covarianzas por pares sobre {rows} personas",
        .too_few_rows =
            "; la fiabilidad no se estimó: {rows} personas respondieron todos los "
            "ítems, no más que sus {k} ítems",
        .no_variance =
            "; la fiabilidad no se estimó: el total de los ítems no varió en las "
            "{rows} respuestas completas",
        .and_ = " y ",
        .et_al = " et al.",
        .list_and = ", ",
        .scale =
            "Las respuestas se dieron en una escala de {given}, no en la publicada de "
            "{published}, y se puntuaron en esa escala (los ítems inversos como {flip} − x).",
        .missing_one = "Las celdas con {codes} se trataron como no respondidas.",
        .missing_many = "Las celdas con {codes} se trataron como no respondidas.",
        .reversed_all =
            "Los {k} ítems inversos se tomaron como ya invertidos en la exportación y "
            "no se invirtieron de nuevo.",
        .reversed_some =
            "Los ítems {items} se tomaron como ya invertidos en la exportación y no "
            "se invirtieron de nuevo.",
        .keys_declared =
            "Los ítems inversos se invirtieron como declara la clave publicada, "
            "según confirmó quien analiza los datos.",
        .order = "Las columnas se leyeron en el orden de ítems {order}.",
        .columns_named = "La columna de cada ítem se indicó expresamente.",
        .recoded =
            "Las respuestas escritas como palabras se convirtieron en números con una "
            "tabla de {k} entradas.",
        .rows_all = "Se puntuaron las {rows} filas.",
        .rows_two = "Se puntuaron las dos filas.",
        .rows_one = "Se puntuó la única fila.",
        .rows_some =
            "De las {rows} filas, {scored} tuvieron al menos una puntuación válida; "
            "{why}.",
        .why_outside = "{rows} tenían una respuesta fuera de la escala ({values})",
        .value_count = "{n} respuestas de {value}",
        .why_not_whole = "{rows} tenían una respuesta que no es un número entero",
        .why_not_choice = "{rows} tenían una elección forzada que no es una de sus opciones",
        .why_unreadable = "{rows} tenían texto donde va un número",
        .why_values = "{rows} tenían un número de valores equivocado",
        .why_too_few = "{rows} tenían menos ítems respondidos de los necesarios",
        .listwise =
            "La fiabilidad se estimó con las personas que respondieron todos los ítems de "
            "cada puntuación (eliminación por lista); el intervalo de confianza de α es "
            "el de Feldt, y ω total procede de un modelo de un factor por residuos "
            "mínimos (minres).",
        .pairwise =
            "La fiabilidad se estimó a partir de covarianzas por pares (cada par de ítems "
            "sobre las personas que respondieron ambos); el intervalo de confianza de α "
            "es el de Feldt, y ω total procede de un modelo de un factor por residuos "
            "mínimos (minres).",
        .missing_share =
            "De todas las respuestas a los ítems faltaba el {share}; {complete} "
            "personas ({complete_share}) respondieron todos los ítems.",
        .careless =
            "Las posibles respuestas descuidadas se examinaron con {signs}; se señaló a "
            "{flagged} personas ({share}).",
        .sign_run =
            "una racha de la misma respuesta en al menos la mitad de los ítems ({run} de "
            "{items} seguidos; un criterio propio de esta herramienta)",
        .sign_evenodd =
            "una consistencia par–impar menor que ,30 sobre {scales} escalas "
            "(Johnson, 2005)",
        .sign_opposite =
            "afirmaciones en sentidos opuestos respondidas igual (una inconsistencia "
            "inversa de ,50 o más, sobre {scales} escalas; un criterio propio de esta "
            "herramienta)",
        .evenodd_not =
            "La consistencia par–impar (Johnson, 2005) no se calculó: {items} tiene "
            "{scales} escalas de cuatro o más ítems y hacen falta {needed}.",
        .given_answers =
            "Los índices usan las respuestas tal como se dieron, deshecha la "
            "inversión de la exportación.",
        .item_flag_one =
            "El ítem {items} fue en contra de su escala tal como está codificado "
            "(correlación ítem–total corregida menor que −,10, IC 95\u00a0% por "
            "debajo de 0); conviene revisar los estadísticos de los ítems antes de interpretar "
            "las puntuaciones.",
        .item_flag_many =
            "Los ítems {items} fueron en contra de su escala tal como están "
            "codificados (correlación ítem–total corregida menor que −,10, IC "
            "95\u00a0% por debajo de 0); conviene revisar los estadísticos de los ítems antes "
            "de interpretar las puntuaciones.",
        .group_flag =
            "En {score}, los ítems inversos fueron en contra de los demás como grupo "
            "(r = {r} entre sus sumas), como ocurriría si la exportación ya los "
            "hubiera invertido.",
        .or_ = " o "};
    return language == "es" ? es : en;
}

}  // namespace attachscore::detail
