// The words of giving a questionnaire one item at a time (attachscore take, or any front end),
// in English and Spanish; {name} marks where a value goes.
#include <array>
#include <string>

#include "attachscore/administration.hpp"
#include "texts/numbers.hpp"

namespace attachscore {
namespace {

constexpr std::size_t message_count = static_cast<std::size_t>(take_message::count);
using words = std::array<const char*, message_count>;

// In the order of take_message.
constexpr words english{
    "{n} questions. Press the number (or letter) of your answer.",
    "{n} questions. Type the number (or letter) of your answer and press Enter.",
    "No wording was supplied, so items are shown by number. The wording is published in {cite}; "
    "copy it into a file with {template} and pass it with {flag}.",
    "Question {i} of {n} ({name} item {item})",
    "About: {target}",
    "(item {item}: the wording was not supplied, see above)",
    "Your answer (<: back, >: skip; Ctrl-C stops without saving): ",
    "This is the first question.",
    "Stopped: these answers were not saved.",
    "Your answers were added to {file} as respondent \"{id}\".",
    "{why}. Nothing was saved.",
    "-- more: press a key --",
    "Press Enter when you have read this: the screen is then cleared for the next person "
    "(Ctrl-C ends).",
    "answer with one of {keys}",
    "answer with a whole number from {min} to {max}",
    "every question is answered already",
    "{why}. These answers were not saved.",
};

constexpr words spanish{
    "{n} preguntas. Pulsa el número (o la letra) de tu respuesta.",
    "{n} preguntas. Escribe el número (o la letra) de tu respuesta y pulsa Intro.",
    "No se aportó el enunciado de los ítems, así que se muestran por su número. El enunciado está "
    "publicado en {cite}; cópialo en un archivo con {template} y pásalo con {flag}.",
    "Pregunta {i} de {n} ({name}, ítem {item})",
    "Sobre: {target}",
    "(ítem {item}: no se aportó el enunciado; mira arriba)",
    "Tu respuesta (<: atrás, >: saltar; Ctrl-C: parar sin guardar): ",
    "Esta es la primera pregunta.",
    "Detenido: estas respuestas no se guardaron.",
    "Tus respuestas se añadieron a {file} con el identificador \"{id}\".",
    "{why}. No se guardó nada.",
    "-- más: pulsa una tecla --",
    "Pulsa Intro (Enter) cuando lo hayas leído: después se borrará la pantalla para la siguiente "
    "persona (Ctrl-C termina).",
    "responde con una de estas teclas: {keys}",
    "responde con un número entero del {min} al {max}",
    "todas las preguntas tienen ya respuesta",
    "{why}. Estas respuestas no se guardaron.",
};

}  // namespace

std::string take_text(take_message message, std::string_view language,
                      std::initializer_list<std::pair<const char*, std::string>> values) {
    const auto& w = language == "es" ? spanish : english;
    return detail::fill(w[static_cast<std::size_t>(message)], values);
}

}  // namespace attachscore
