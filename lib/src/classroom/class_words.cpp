#include "classroom/class_words.hpp"

namespace attachscore::classroom {
namespace {

constexpr class_words english{
    "en",
    "{n} statements about how you feel in close relationships. Choose how much each one fits "
    "you; there are no right or wrong answers. No name is asked, and your answers stay on your "
    "teacher's computer.",
    "Item {n} (the wording was not supplied)",
    "Class code",
    "{n} questions",
    "{i} of {n}",
    "About: ",
    "Choose an answer.",
    "{k} questions still need an answer: {list}. Your other answers are kept.",
    "The answer to question {i} is not one of its options.",
    "The class code is not right: check it on the board. Your answers are kept.",
    "Send my answers",
    "Your result",
    "Keep this page open or save its address: the address is the only way back to it, and "
    "nobody else can see it.",
    "Your point on the plane (only yours is shown).",
    "Our class",
    "{n} answers so far",
    "The points appear once at least {min} students have answered, so that no one can be "
    "recognised by when they answered.",
    "The board is hidden.",
    "This class no longer takes answers.",
    "Answers are closed.",
    "Hide the board",
    "Show the board",
    "Close answers",
    "Open answers",
    "Class code: ",
    "Means of the {n} answers: ",
    "The board needs the teacher's address, with its key.",
    "Not found",
    "There is no such page here.",
    "There is no result at this address.",
    "The form could not be read: {why}.",
    "This class has reached its limit of answers.",
    "Back to the questions"};

constexpr class_words spanish{
    "es",
    "{n} afirmaciones sobre cómo te sientes en las relaciones cercanas. Elige cuánto encaja "
    "cada una contigo; no hay respuestas correctas ni incorrectas. No se pide ningún nombre y "
    "tus respuestas se quedan en el ordenador de tu profesor o profesora.",
    "Ítem {n} (no se aportó el enunciado)",
    "Código de la clase",
    "{n} preguntas",
    "{i} de {n}",
    "Sobre: ",
    "Elige una respuesta.",
    "Faltan {k} respuestas: {list}. Las demás se conservan.",
    "La respuesta a la pregunta {i} no es una de sus opciones.",
    "El código de la clase no es correcto: compruébalo en la pantalla. Tus respuestas se "
    "conservan.",
    "Enviar mis respuestas",
    "Tu resultado",
    "Deja esta página abierta o guarda su dirección: es la única forma de volver a ella y nadie "
    "más puede verla.",
    "Tu punto en el plano (solo se muestra el tuyo).",
    "Nuestra clase",
    "{n} respuestas hasta ahora",
    "Los puntos aparecen cuando al menos {min} personas han respondido, para que nadie pueda ser "
    "reconocido por el momento en que respondió.",
    "La pantalla está oculta.",
    "Esta clase ya no acepta respuestas.",
    "Las respuestas están cerradas.",
    "Ocultar la pantalla",
    "Mostrar la pantalla",
    "Cerrar las respuestas",
    "Abrir las respuestas",
    "Código de la clase: ",
    "Medias de las {n} respuestas: ",
    "La pantalla necesita la dirección del profesor o profesora, con su clave.",
    "No encontrado",
    "Aquí no hay ninguna página así.",
    "No hay ningún resultado en esta dirección.",
    "No se pudo leer el formulario: {why}.",
    "Esta clase ha llegado a su límite de respuestas.",
    "Volver a las preguntas"};

}  // namespace

const class_words& class_words_for(const std::string& lang) {
    return lang == "es" ? spanish : english;
}

}  // namespace attachscore::classroom
