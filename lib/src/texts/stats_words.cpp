#include "texts/stats_words.hpp"

namespace attachscore::detail {

const stats_words& stats_words_for(const std::string& language) {
    static const stats_words en{
        .lang = "en",
        .title = "{name}: {rows}; {share} of item answers missing; {complete} answered every item.",
        .row = "row",
        .rows = "rows",
        .blanks =
            "Blanks per respondent: none {none}, 1: {one}, 2: {two}, 3–5: {few}, 6 or more "
            "(not all): {more}, all {k}: {all}.",
        .score = "Score",
        .descriptive_columns = "n|Mean|SD|Min|Max|Skew|Kurt",
        .listwise =
            "Reliability over the rows that answered every item of the score (listwise); "
            "alpha's 95% interval by Feldt's method; omega total from a one-factor minres "
            "model.",
        .pairwise =
            "Reliability from pairwise covariances (each pair of items over the rows that "
            "answered both; n: rows with at least one answer); alpha's 95% interval by "
            "Feldt's method; omega total from a one-factor minres model.",
        .reliability_columns = "n|Alpha|95% CI|Std a|Lambda6|Omega|Mean r",
        .bootstrap = "Alpha's 95% interval by the percentile bootstrap ({n} resamples):",
        .gap_too_few = "– {score}: reliability needs more complete rows ({rows}) than items ({k}).",
        .gap_no_variance =
            "– {score}: the total of the items does not vary, so alpha is undefined.",
        .gap_constant =
            "– {score}: every complete row answered item {items} alike: it is left "
            "out of alpha and the other reliability figures, as R's psych leaves it "
            "out; the score still counts it.",
        .gap_singular =
            "– {score}: the items' correlations are singular (an item repeats others), "
            "so lambda 6 is undefined.",
        .heywood =
            "! {score}: omega comes from an improper solution (a loading above 1, a Heywood "
            "case), as psych warns; it is not a proper estimate.",
        .items_listwise =
            "{score}: items over the {rows} rows that answered all of them "
            "(listwise), oriented by the key (R: reverse-keyed)",
        .items_pairwise =
            "{score}: items, oriented by the key (R: reverse-keyed); mean and SD over "
            "the rows that answered each item, r.drop from pairwise covariances",
        .item = "Item",
        .item_columns = "Mean|SD|r.drop|Alpha if dropped|Missing",
        .flag_single =
            "item {item} runs against the rest of {score} (corrected item–total r = {r})",
        .flag_single_reversed =
            ": it is reverse-keyed, and an export that already reversed it "
            "looks like this. Otherwise check the item order.",
        .flag_single_direct =
            ": an export that reversed it, or another item order, looks like "
            "this; check the column against the questionnaire.",
        .flag_group =
            "item {item} is reverse-keyed, and the reverse-keyed items of {score} run "
            "against the others (r = {r} between their sums): an export that already "
            "reversed them looks like this.",
        .flag_by =
            "item {item} runs against the rest of {score} at {by} = {group} (corrected "
            "item–total r = {r} over {rows} complete rows) but with it elsewhere: is it "
            "keyed differently there?",
        .by_dropped = "only the first {max} values of {by} were checked group by group.",
        .correlations = "Correlations between scores (pairwise; 95% interval by Fisher's z)",
        .no_correlations =
            "Correlations between scores: none, as fewer than three respondents "
            "have two valid scores.",
        .careless = "Careless responding: {flagged} of {screened} respondents flagged ({by}).",
        .by_run = "{n} by a run of one answer, {run} of {items} or more",
        .by_evenodd = "{n} by even–odd consistency below .30",
        .by_opposite = "{n} by answering opposite statements alike",
        .careless_means =
            "Mean longstring {longstring}, mean IRV {irv}; scoring with {quality} gives each "
            "respondent's indices.",
        .no_evenodd =
            "Even–odd consistency is not computed: {name} has {scales} scales of four or "
            "more items, and it needs {needed}.",
        .no_opposite = "Reverse inconsistency is not computed: no scale has items keyed both ways.",
        .methods = "Methods: "};
    static const stats_words es{
        .lang = "es",
        .title =
            "{name}: {rows}; faltan el {share} de las respuestas a los ítems; {complete} "
            "respondieron todos los ítems.",
        .row = "fila",
        .rows = "filas",
        .blanks =
            "Ítems en blanco por persona: ninguno {none}, 1: {one}, 2: {two}, 3–5: {few}, "
            "6 o más (no todos): {more}, todos ({k}): {all}.",
        .score = "Puntuación",
        .descriptive_columns = "n|Media|DE|Mín|Máx|Asim|Curt",
        .listwise =
            "Fiabilidad sobre las filas que respondieron todos los ítems de la puntuación "
            "(por lista); intervalo del 95 % de alfa por el método de Feldt; omega total "
            "de un modelo de un factor por residuos mínimos.",
        .pairwise =
            "Fiabilidad a partir de covarianzas por pares (cada par de ítems sobre las "
            "filas que respondieron ambos; n: filas con al menos una respuesta); "
            "intervalo del 95 % de alfa por el método de Feldt; omega total de un modelo "
            "de un factor por residuos mínimos.",
        .reliability_columns = "n|Alfa|IC 95 %|Alfa est|Lambda6|Omega|r media",
        .bootstrap = "Intervalo del 95 % de alfa por bootstrap de percentiles ({n} remuestras):",
        .gap_too_few =
            "– {score}: la fiabilidad necesita más filas completas ({rows}) que ítems "
            "({k}).",
        .gap_no_variance =
            "– {score}: el total de los ítems no varía, así que alfa no está "
            "definida.",
        .gap_constant =
            "– {score}: todas las filas completas respondieron igual el ítem {items}: "
            "queda fuera de alfa y de las demás cifras de fiabilidad, como hace psych "
            "de R; la puntuación sí lo cuenta.",
        .gap_singular =
            "– {score}: las correlaciones de los ítems son singulares (un ítem repite "
            "a otros), así que lambda 6 no está definida.",
        .heywood =
            "! {score}: omega procede de una solución impropia (una carga mayor que 1, un "
            "caso de Heywood), como advierte psych; no es una estimación válida.",
        .items_listwise =
            "{score}: ítems sobre las {rows} filas que los respondieron todos (por "
            "lista), orientados por la clave (R: inverso)",
        .items_pairwise =
            "{score}: ítems orientados por la clave (R: inverso); media y DE sobre "
            "las filas que respondieron cada ítem, r.drop de covarianzas por pares",
        .item = "Ítem",
        .item_columns = "Media|DE|r.drop|Alfa sin el ítem|Faltan",
        .flag_single =
            "el ítem {item} va en contra del resto de {score} (correlación ítem–total "
            "corregida = {r})",
        .flag_single_reversed =
            ": es inverso, y una exportación que ya lo invirtió se ve así. Si "
            "no, conviene revisar el orden de los ítems.",
        .flag_single_direct =
            ": una exportación que lo invirtió, u otro orden de los ítems, se ve "
            "así; conviene comparar la columna con el cuestionario.",
        .flag_group =
            "el ítem {item} es inverso, y los ítems inversos de {score} van en contra "
            "de los demás (r = {r} entre sus sumas): una exportación que ya los "
            "invirtió se ve así.",
        .flag_by =
            "el ítem {item} va en contra del resto de {score} en {by} = {group} "
            "(correlación ítem–total corregida = {r} sobre {rows} filas completas) pero a "
            "favor en los demás: ¿está codificado de otra forma allí?",
        .by_dropped = "solo se revisaron grupo por grupo los primeros {max} valores de {by}.",
        .correlations =
            "Correlaciones entre puntuaciones (por pares; intervalo del 95 % por la z "
            "de Fisher)",
        .no_correlations =
            "Correlaciones entre puntuaciones: ninguna, porque menos de tres "
            "personas tienen dos puntuaciones válidas.",
        .careless = "Respuestas descuidadas: se señala a {flagged} de {screened} personas ({by}).",
        .by_run = "{n} por una racha de la misma respuesta, {run} de {items} o más",
        .by_evenodd = "{n} por una consistencia par–impar menor que ,30",
        .by_opposite = "{n} por responder igual a afirmaciones opuestas",
        .careless_means =
            "Longstring media {longstring}, IRV media {irv}; puntuar con {quality} da los "
            "índices de cada persona.",
        .no_evenodd =
            "La consistencia par–impar no se calcula: {name} tiene {scales} escalas de "
            "cuatro o más ítems y hacen falta {needed}.",
        .no_opposite =
            "La inconsistencia inversa no se calcula: ninguna escala tiene ítems en "
            "ambos sentidos.",
        .methods = "Método: "};
    return language == "es" ? es : en;
}

}  // namespace attachscore::detail
