#include "output/profile_text.hpp"

#include <cctype>
#include <vector>

#include "common/text_util.hpp"
#include "output/writer_support.hpp"
#include "texts/numbers.hpp"

namespace attachscore::detail {
namespace {

struct words {
    const char* heuristic;  ///< the method when no classification names the pattern
    const char* and_;
    const char* in_middle;    ///< "the answers are in the middle of the scale on "
    const char* they_middle;  ///< the same after "but"
    const char*
        other_side;  ///< "their {dim} is {side} the middle …, where that pattern has it {other}"
    const char* below;
    const char* above;
    const char* no_pattern;  ///< ", so they do not point to one pattern"
    const char* by;          ///< "{method}: "
    const char* nearest;     ///< "these answers are nearest the pattern researchers call "
    const char* but;
    const char* undecided;   ///< "these answers do not point to one pattern ("
    const char* scores_say;  ///< "; the scores above describe them best."
    const char* open_quote;
    const char* close_quote;
    const char* tie;  ///< "a tie between "
};

const words& words_for(const std::string& lang) {
    static const words en{"a heuristic split at the middle of the scale",
                          " and ",
                          "The answers are in the middle of the scale on ",
                          "they are in the middle of the scale on ",
                          "their {dim} is {side} the middle of the scale, where that pattern has "
                          "it {other}",
                          "below",
                          "above",
                          ", so they do not point to one pattern",
                          "{method}: ",
                          "these answers are nearest the pattern researchers call ",
                          ", but ",
                          "these answers do not point to one pattern (",
                          "; the scores above describe them best.",
                          "\u201c",
                          "\u201d",
                          "a tie between "};
    static const words es{"una división heurística en el centro de la escala",
                          " y ",
                          "Las respuestas están en la zona media de la escala en ",
                          "están en la zona media de la escala en ",
                          "su {dim} está por {side} del centro de la escala, y en ese patrón está "
                          "por {other}",
                          "debajo",
                          "encima",
                          ", así que no apuntan a un único patrón",
                          "{method}: ",
                          "estas respuestas quedan más cerca del patrón que la investigación "
                          "llama ",
                          ", pero ",
                          "estas respuestas no apuntan a un único patrón (",
                          "; las puntuaciones de arriba las describen mejor.",
                          "\u00ab",
                          "\u00bb",
                          "empate entre "};
    return lang == "es" ? es : en;
}

}  // namespace

std::string category_in_words(const std::string& category, const std::string& lang) {
    const auto& w = words_for(lang);
    static const std::vector<std::pair<std::string, std::string>> names = {
        {"secure", "seguro"},
        {"fearful", "temeroso"},
        {"preoccupied", "preocupado"},
        {"dismissing", "evitativo"},
        {"unclassified", "sin clasificar"}};
    const auto one = [&](const std::string& c) {
        if (c == "unclassified") return lang == "es" ? std::string("sin clasificar") : c;
        std::string name = c;
        if (lang == "es")
            for (const auto& [en, es] : names)
                if (en == c) name = es;
        return w.open_quote + name + w.close_quote;
    };
    if (category.rfind("tie:", 0) != 0) return one(category);
    std::vector<std::string> tied;
    std::string part;
    for (char c : category.substr(4) + "+") {
        if (c != '+') {
            part += c;
            continue;
        }
        tied.push_back(one(part));
        part.clear();
    }
    std::string out = w.tie;
    for (std::size_t i = 0; i < tied.size(); ++i)
        out += (i == 0 ? "" : i + 1 == tied.size() ? w.and_ : ", ") + tied[i];
    return out;
}

profile_words profile_in_words(const scorer& sc, const respondent_scores& r,
                               const std::string& lang) {
    const auto st = describe_profile(sc, r);
    profile_words out;
    if (!st.shown) return out;
    const auto& inst = sc.definition();
    const auto& w = words_for(lang);
    out.method = st.method ? in_language(st.method->label, lang) : w.heuristic;
    if (st.cell >= 0) {
        out.label = in_language(inst.profile->cells[st.cell].label, lang);
        out.text = in_language(inst.profile->cells[st.cell].text, lang);
        return out;
    }
    // Spanish names a scale inside a sentence in quotes; "en modelo de ti" would read as prose.
    const auto dim = [&](int k) {
        const std::string label = in_sentence(in_language(
            inst.find_score(inst.profile->inputs[static_cast<std::size_t>(k)])->label, lang));
        return lang == "es" ? w.open_quote + label + w.close_quote : label;
    };
    std::vector<std::string> middle;
    std::string other;
    for (int k = 0; k < 2; ++k) {
        if (st.positions[k] == score_position::middle) {
            middle.push_back(dim(k));
        } else if (!st.fits[k]) {
            const bool low = st.positions[k] == score_position::low;
            other += (other.empty() ? "" : w.and_) +
                     fill(w.other_side, {{"dim", dim(k)},
                                         {"side", low ? w.below : w.above},
                                         {"other", low ? w.above : w.below}});
        }
    }
    // What does not fit, as the rest of a sentence: "they are in the middle … on X".
    std::string why;
    if (!middle.empty()) why = w.they_middle + join(middle, w.and_);
    if (!other.empty()) why += (why.empty() ? "" : w.and_) + other;
    const std::string method_start = fill(w.by, {{"method", out.method}});
    if (st.method && st.category.rfind("tie:", 0) == 0)
        out.text =
            method_start + w.undecided + category_in_words(st.category, lang) + ")" + w.scores_say;
    else if (st.method && !st.category.empty() && !why.empty())
        out.text = method_start + w.nearest + category_in_words(st.category, lang) + w.but + why +
                   w.scores_say;
    else if (!middle.empty())
        out.text = w.in_middle + join(middle, w.and_) + w.no_pattern + w.scores_say;
    return out;
}

}  // namespace attachscore::detail
