#include "classroom/class_words.hpp"

#include "classroom/pages.hpp"

namespace attachscore::classroom {
namespace {

constexpr class_words english{
    "en",
    "{n} statements about how you feel in close relationships. Choose how much each one fits "
    "you; there are no right or wrong answers. No name is asked. Your answers go to your "
    "teacher's computer only; until you send them, this browser also keeps them.",
    "Item {n} (the wording was not supplied)",
    "Class code",
    "{n} statements",
    "{i} of {n}",
    "About: ",
    "Choose an answer.",
    "{k} questions still need an answer: {list}.",
    "1 question still needs an answer: {list}.",
    "Your other answers are kept.",
    "The answer to question {i} is not one of its options.",
    "The class code is not right: check it on the board.",
    "Type the class code shown on the board.",
    "Send my answers",
    "Your result",
    "Keep this page open or save its address: it is the only way back to it, and only while "
    "this class session runs. Anyone with the address can open it, so keep it to yourself.",
    "Your point on the plane; nobody else's answers are shown. The corner names are a "
    "plain-language guide to where answers sit, not types; your card below says what your own "
    "scores mean.",
    "Our class",
    "{n} answers so far",
    "1 answer so far",
    "The points appear once at least {min} students have answered. After that each new answer "
    "shows within seconds: hide the board while answers come in if that matters.",
    "Each point is one answer; no names are asked or shown. The corner names are a "
    "plain-language guide to where answers sit (lines at {xcut} and {ycut}), not types or "
    "diagnoses: these tendencies are learned and can change.",
    "The board is hidden.",
    "This class no longer takes answers.",
    "Answers sent now are not recorded. Ask your teacher if you still want to take part.",
    "No more answers are taken.",
    "Hide the board",
    "Show the board",
    "Stop taking answers",
    "Take answers again",
    "Class code: ",
    "Means of the {n} answers: ",
    "To see the board, open the board address printed when the session started.",
    "Not found",
    "There is no such page here.",
    "There is no result at this address (results last only while the session runs).",
    "The form could not be read: {why}.",
    "This class has reached its limit of answers.",
    "Back to the questions",
    "Join the class",
    "On your phone, scan the QR code, or open {address} and type the class code.",
    "Many answers came from your network in a short time. Wait a minute and send again: your "
    "answers are kept on this page.",
    "Your teacher's computer could not save these answers, so they were not recorded (any "
    "answers you sent before stay as they were). Please tell your teacher. Your answers are still "
    "filled in below.",
    "Saved as {id}. This page lasts only while the session runs; if you want your report later, "
    "you can give this id to your teacher (they will then know these answers are yours).",
    "This browser had already sent answers: these replace the earlier ones.",
    "Remove the last answer ({id})",
    "Printable class summary",
    "The last answer or change could not be saved, so it was not made: the terminal says why.",
    "This button was pressed on another page, so nothing was done: press it on the board.",
    "These answers came from another page or site, so they were not taken. Go back to the "
    "questions and send them from there.",
    "Not sent",
    "This board page is out of date (the session was started again?): reload it and press the "
    "button again.",
    "The class summary appears once at least {min} students have answered, and not while the "
    "board is hidden, so that nobody's answers can be picked out."};

constexpr class_words spanish{
    "es",
    "{n} afirmaciones sobre cómo te sientes en las relaciones cercanas. Elige cuánto encaja "
    "cada una contigo; no hay respuestas correctas ni incorrectas. No se pide ningún nombre. Tus "
    "respuestas solo van al equipo de tu profesor o profesora; hasta que las envíes, este "
    "navegador también las guarda.",
    "Ítem {n} (no se aportó el enunciado)",
    "Código de la clase",
    "{n} afirmaciones",
    "{i} de {n}",
    "Sobre: ",
    "Elige una respuesta.",
    "Faltan {k} respuestas: {list}.",
    "Falta 1 respuesta: {list}.",
    "Las demás respuestas se conservan.",
    "La respuesta a la pregunta {i} no es una de sus opciones.",
    "El código de la clase no es correcto: compruébalo en la pantalla de la clase.",
    "Escribe el código de la clase que aparece en la pantalla de la clase.",
    "Enviar mis respuestas",
    "Tu resultado",
    "Deja esta página abierta o guarda su dirección: es la única forma de volver a ella, y solo "
    "mientras dure la sesión. Quien tenga la dirección puede abrirla: no la compartas.",
    "Tu punto en el plano; no se muestran las respuestas de nadie más. Los nombres de las "
    "esquinas son una guía en lenguaje sencillo de dónde se sitúan las respuestas, no tipos; tu "
    "ficha, más abajo, dice qué significan tus propias puntuaciones.",
    "Nuestra clase",
    "{n} respuestas hasta ahora",
    "1 respuesta hasta ahora",
    "Los puntos aparecen cuando al menos {min} personas han respondido. Después, cada respuesta "
    "nueva aparece en segundos: oculta la pantalla mientras llegan respuestas si eso importa.",
    "Cada punto es una respuesta; no se piden ni se muestran nombres. Los nombres de las esquinas "
    "son una guía en lenguaje sencillo de dónde se sitúan las respuestas (líneas en {xcut} y "
    "{ycut}), no tipos ni diagnósticos: estas tendencias se aprenden y pueden cambiar.",
    "La pantalla está oculta.",
    "Esta clase ya no acepta respuestas.",
    "Las respuestas que se envíen ahora no se registran. Pregunta a tu profesor o profesora si "
    "aún quieres participar.",
    "Ya no se aceptan respuestas.",
    "Ocultar la pantalla",
    "Mostrar la pantalla",
    "Dejar de aceptar respuestas",
    "Volver a aceptar respuestas",
    "Código de la clase: ",
    "Medias de las {n} respuestas: ",
    "Para ver la pantalla, abre la dirección de la pantalla que se mostró al iniciar la sesión.",
    "No encontrado",
    "Esta página no existe.",
    "No hay ningún resultado en esta dirección (los resultados solo duran mientras dura la "
    "sesión).",
    "No se pudo leer el formulario: {why}.",
    "Esta clase ha llegado a su límite de respuestas.",
    "Volver a las preguntas",
    "Únete a la clase",
    "En tu teléfono, escanea el código QR, o abre {address} y escribe el código de la clase.",
    "Han llegado muchas respuestas desde tu red en poco tiempo. Espera un minuto y vuelve a "
    "enviarlas: tus respuestas se conservan en esta página.",
    "El equipo de tu profesor o profesora no pudo guardar estas respuestas, así que no se han "
    "registrado (las que enviaste antes siguen igual). Avísale, por favor. Tus respuestas siguen "
    "marcadas abajo.",
    "Tus respuestas se guardaron como {id}. Esta página solo dura mientras dura la sesión; si "
    "quieres tu informe después, puedes darle este código a tu profesor o profesora (así sabrá "
    "que estas respuestas son tuyas).",
    "Este navegador ya había enviado respuestas: estas sustituyen a las anteriores.",
    "Quitar la última respuesta ({id})",
    "Resumen de la clase para imprimir",
    "La última respuesta o el último cambio no se pudo guardar, así que no se hizo: la terminal "
    "dice por qué.",
    "Este botón se pulsó en otra página, así que no se ha hecho nada: púlsalo en la pantalla.",
    "Estas respuestas llegaron desde otra página o sitio, así que no se aceptaron. Vuelve a las "
    "preguntas y envíalas desde allí.",
    "No enviado",
    "Esta página de la pantalla está desactualizada (¿se reinició la sesión?): recárgala y "
    "vuelve a pulsar el botón.",
    "El resumen de la clase aparece cuando al menos {min} personas han respondido, y no mientras "
    "la pantalla está oculta, para que no se puedan reconocer las respuestas de nadie."};

}  // namespace

const class_words& class_words_for(const std::string& lang) {
    return lang == "es" ? spanish : english;
}

std::string count_text(std::size_t n, const char* one, const char* many) {
    return fill(n == 1 ? one : many, {{"n", std::to_string(n)}, {"k", std::to_string(n)}});
}

}  // namespace attachscore::classroom
