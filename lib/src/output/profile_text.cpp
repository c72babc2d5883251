#include "output/profile_text.hpp"

#include <cctype>
#include <vector>

#include "common/text_util.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

struct words {
    const char* heuristic;  ///< the method when no classification names the pattern
    const char* and_;
    const char* in_middle;    ///< "the answers are in the middle of the scale on "
    const char* they_middle;  ///< the same after "but"
    const char* other_side;   ///< "on {dim} they are on the other side of the middle"
    const char* other_side_end;
    const char* no_pattern;  ///< ", so they do not point to one pattern"
    const char* by;          ///< "By {method}, "
    const char* nearest;     ///< "these answers are nearest the pattern researchers call "
    const char* but;
    const char* undecided;   ///< "these answers do not settle on one pattern ("
    const char* scores_say;  ///< "; the scores above describe them best."
};

const words& words_for(const std::string& lang) {
    static const words en{"a heuristic split at the middle of the scale",
                          " and ",
                          "The answers are in the middle of the scale on ",
                          "they are in the middle of the scale on ",
                          "on ",
                          " they are on the other side of the middle of the scale",
                          ", so they do not point to one pattern",
                          "By ",
                          ", these answers are nearest the pattern researchers call ",
                          ", but ",
                          ", these answers do not settle on one pattern (",
                          "; the scores above describe them best."};
    static const words es{"una división heurística en el centro de la escala",
                          " y ",
                          "Las respuestas están en la zona media de la escala en ",
                          "están en la zona media de la escala en ",
                          "en ",
                          " quedan al otro lado del centro de la escala",
                          ", así que no apuntan a un único patrón",
                          "Según ",
                          ", estas respuestas quedan más cerca del patrón que la investigación "
                          "llama ",
                          ", pero ",
                          ", estas respuestas no se deciden por un único patrón (",
                          "; las puntuaciones de arriba las describen mejor."};
    return lang == "es" ? es : en;
}

// "Attachment anxiety" → "attachment anxiety" inside a sentence; the first letter is raised
// again at the start of one.
std::string in_sentence(const std::string& label) {
    if (label.empty() || (label.size() > 1 && std::isupper(static_cast<unsigned char>(label[1]))))
        return label;  // an acronym such as "RQ"
    std::string out = label;
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

}  // namespace

std::string category_in_words(const std::string& category, const std::string& lang) {
    const auto listed = [](const std::vector<std::string>& parts, const char* and_) {
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i)
            out += (i == 0 ? "" : i + 1 == parts.size() ? and_ : ", ") + parts[i];
        return out;
    };
    std::vector<std::string> tied;
    if (category.rfind("tie:", 0) == 0) {
        std::string part;
        for (char c : category.substr(4) + "+") {
            if (c != '+') {
                part += c;
                continue;
            }
            tied.push_back(part);
            part.clear();
        }
    }
    if (lang != "es") return tied.empty() ? category : "a tie of " + listed(tied, " and ");
    static const std::vector<std::pair<std::string, std::string>> names = {
        {"secure", "seguro"},
        {"fearful", "temeroso"},
        {"preoccupied", "preocupado"},
        {"dismissing", "evitativo"},
        {"unclassified", "sin clasificar"}};
    const auto one = [&](const std::string& c) {
        for (const auto& [en, es] : names)
            if (en == c) return es;
        return c;
    };
    if (tied.empty()) return one(category);
    for (auto& t : tied)
        t = one(t);
    return "empate entre " + listed(tied, " y ");
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
        return lang == "es" ? "\"" + label + "\"" : label;
    };
    std::vector<std::string> middle, other;
    for (int k = 0; k < 2; ++k) {
        if (st.positions[k] == score_position::middle)
            middle.push_back(dim(k));
        else if (!st.fits[k])
            other.push_back(dim(k));
    }
    // What does not fit, as the rest of a sentence: "they are in the middle … on X".
    std::string why;
    if (!middle.empty()) why = w.they_middle + join(middle, w.and_);
    for (const auto& d : other)
        why += (why.empty() ? "" : w.and_) + std::string(w.other_side) + d + w.other_side_end;
    const std::string method_start = w.by + out.method;  // method names keep their capitals
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
