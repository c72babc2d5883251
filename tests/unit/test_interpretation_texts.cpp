// Every text a participant reads exists in every language, says what tends to help, stays within
// two to four sentences, avoids clinical labels, and is followed by the disclaimer. Fails when a
// band, a language or a disclaimer goes missing from any built-in instrument.
#include <algorithm>
#include <string>

#include "test_helpers.hpp"

namespace {

std::size_t sentences(const std::string& text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
            (i + 1 == text.size() || text[i + 1] == ' '))
            ++n;
    return n;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Words that would turn a tendency into a diagnosis or a flaw.
const char* const clinical[] = {"disorder",  "patholog", "abnormal", "dysfunction",
                                "trastorno", "patológ",  "anormal"};

void check_participant_text(const std::string& where, const std::string& lang,
                            const std::string& text) {
    INFO(where << " [" << lang << "]: " << text);
    CHECK(sentences(text) >= 2);
    CHECK(sentences(text) <= 4);
    const std::string l = lower(text);
    CHECK((lang == "es"
               ? (l.find("ayud") != std::string::npos || l.find("suele") != std::string::npos)
               : (l.find("help") != std::string::npos || l.find("tend") != std::string::npos)));
    for (const char* word : clinical)
        CHECK(l.find(word) == std::string::npos);
}

}  // namespace

TEST_CASE("every built-in instrument speaks English and Spanish everywhere a person reads") {
    const auto cat = attachscore::catalogue::builtin();
    REQUIRE(cat.instruments().size() == 7);
    for (const auto& inst : cat.instruments()) {
        CAPTURE(inst.id);
        CHECK(inst.languages == std::vector<std::string>{"en", "es"});
        for (const auto& lang : inst.languages) {
            REQUIRE(inst.disclaimer.count(lang));
            const std::string d = lower(inst.disclaimer.at(lang));
            CHECK((d.find("diagnos") != std::string::npos ||
                   d.find("diagnóstico") != std::string::npos));
        }
        for (const auto& s : inst.scores) {
            REQUIRE_MESSAGE(!s.bands.empty(), inst.id << "/" << s.id << " has no bands");
            CHECK_FALSE(s.bands_basis.empty());
            for (const auto& lang : inst.languages)
                CHECK(s.label.count(lang));
            for (const auto& b : s.bands)
                for (const auto& lang : inst.languages) {
                    REQUIRE(b.label.count(lang));
                    REQUIRE(b.text.count(lang));
                    check_participant_text(inst.id + "/" + s.id + "/" + b.label.at("en"), lang,
                                           b.text.at(lang));
                }
        }
        REQUIRE_MESSAGE(inst.profile.has_value(), inst.id << " has no profile text");
        for (const auto& cell : inst.profile->cells)
            for (const auto& lang : inst.languages) {
                REQUIRE(cell.text.count(lang));
                check_participant_text(inst.id + "/profile", lang, cell.text.at(lang));
            }
        for (const auto& set : inst.norms)
            for (const auto& [score, texts] : set.band_texts)
                for (const auto& t : texts)
                    for (const auto& lang : inst.languages) {
                        REQUIRE(t.count(lang));
                        check_participant_text(inst.id + "/" + set.id + "/" + score, lang,
                                               t.at(lang));
                    }
    }
}

TEST_CASE("only published norms are bundled, and every category names its basis") {
    const auto cat = attachscore::catalogue::builtin();
    for (const auto& inst : cat.instruments()) {
        CAPTURE(inst.id);
        if (inst.id == "raas") {
            REQUIRE(inst.norms.size() == 1);
            CHECK(inst.norms[0].id == "ledley-2006");
            CHECK(inst.norms[0].n == 414);
        } else {
            CHECK(inst.norms.empty());
        }
        for (const auto& c : inst.categories) {
            CHECK_FALSE(c.basis.empty());
            // Heuristics are opt-in and say so; only published rules run by default.
            if (c.option == "midpoint")
                CHECK(c.label.at("en").find("heuristic") != std::string::npos);
            if (c.option.empty()) CHECK((inst.id == "ecr" || inst.id == "rq"));
        }
    }
}
