// Every sentence a report says about the two main dimensions is true of the numbers beside it, for
// every built-in instrument with a profile, in English and Spanish, over a fine grid of scores:
// a pattern is named only when both dimensions sit outside their middle bands on its sides and on
// the matching side of the scale's middle; a named pattern is the default classification's; a
// neutral sentence names exactly the dimensions that do not fit; Spanish has no English in it.
#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <sstream>

#include "output/profile_text.hpp"
#include "test_helpers.hpp"

namespace {

using namespace attachscore;

// The item scores a score is made of (itself, or the inputs of a derived score, recursively).
void item_scores(const instrument& inst, const std::string& id, std::set<std::size_t>& out) {
    const auto index = *inst.score_index(id);
    const auto& def = inst.scores[index];
    if (!def.derived()) {
        out.insert(index);
        return;
    }
    for (const auto& in : def.inputs)
        item_scores(inst, in.score, out);
}

// Answers that give item score `s` the keyed mean `level` (as near as whole answers allow).
void set_level(const scorer& sc, std::size_t s, double level, std::vector<double>& answers) {
    const auto& inst = sc.definition();
    const auto& def = inst.scores[s];
    const auto lo = static_cast<double>(inst.scale.min), hi = static_cast<double>(inst.scale.max);
    const auto n = static_cast<double>(def.items.size());
    const double total = std::clamp(std::round(level * n), lo * n, hi * n);
    const double base = std::floor(total / n);
    double extra = total - base * n;
    std::size_t target = 0;
    for (std::size_t t = 0; t < inst.targets.size(); ++t)
        if (inst.targets[t].id == def.target) target = t;
    for (const auto& k : def.items) {
        const double keyed = std::min(hi, base + (extra-- > 0 ? 1 : 0));
        answers[target * inst.items.size() + *inst.item_index(k.number)] =
            sc.reverses(k) ? lo + hi - keyed : keyed;
    }
}

// Whether `word` (one or more words) occurs in text as whole words, ignoring ASCII case.
bool contains_word(const std::string& text, const std::string& word) {
    const auto lower = [](std::string s) {
        for (auto& c : s)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    // Quotation marks around a word (« », “ ”) are not letters of it.
    std::string t = lower(text);
    const std::string w = lower(word);
    for (const char* quote : {"\u00ab", "\u00bb", "\u201c", "\u201d"})
        for (auto at = t.find(quote); at != std::string::npos; at = t.find(quote))
            t.replace(at, std::string(quote).size(), " ");
    const auto letter = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    };
    for (auto at = t.find(w); at != std::string::npos; at = t.find(w, at + 1))
        if ((at == 0 || !letter(t[at - 1])) &&
            (at + w.size() == t.size() || !letter(t[at + w.size()])))
            return true;
    return false;
}

struct checker {
    const scorer& sc;
    std::size_t checked = 0;

    void check(const std::vector<double>& answers) {
        const auto r = sc.score(answers);
        const auto st = describe_profile(sc, r);
        if (!st.shown) return;
        ++checked;
        const auto& inst = sc.definition();
        const auto& profile = *inst.profile;
        double values[2];
        for (int k = 0; k < 2; ++k)
            values[k] =
                r.scores()[*inst.score_index(profile.inputs[static_cast<std::size_t>(k)])].value;
        INFO(inst.id << ": " << profile.inputs[0] << " = " << values[0] << ", " << profile.inputs[1]
                     << " = " << values[1] << ", category " << st.category);
        if (st.cell >= 0) {
            for (int k = 0; k < 2; ++k) {
                const bool high = (st.cell >> k) & 1;
                // The cell's words ("above the middle …") hold for the numbers.
                CHECK(st.positions[k] == (high ? score_position::high : score_position::low));
                CHECK((values[k] >= profile.cuts[k]) == high);
            }
            if (st.method) CHECK(profile.cells[st.cell].prototype == st.category);
        }
        for (const std::string lang : {"en", "es"})
            check_words(r, st, lang);
    }

    void check_words(const respondent_scores& r, const profile_statement& st,
                     const std::string& lang) {
        const auto& inst = sc.definition();
        const auto words = detail::profile_in_words(sc, r, lang);
        REQUIRE_FALSE(words.text.empty());
        INFO(lang << ": " << words.text);
        static const std::vector<std::string> en_patterns = {"secure", "fearful", "preoccupied",
                                                             "dismissing"};
        static const std::vector<std::string> es_patterns = {"seguro", "temeroso", "preocupado",
                                                             "evitativo"};
        const auto& patterns = lang == "es" ? es_patterns : en_patterns;
        if (st.cell < 0) {
            // No pattern is named but the method's own (with its reservation).
            for (std::size_t p = 0; p < patterns.size(); ++p)
                if (!st.method || st.category.find(en_patterns[p]) == std::string::npos)
                    CHECK_FALSE(contains_word(words.text, patterns[p]));
            const bool tie = st.category.rfind("tie:", 0) == 0;  // said as a tie, dimensions aside
            for (int k = 0; k < 2 && !tie; ++k)
                if (st.positions[k] == score_position::middle) {
                    auto label = in_language_of(
                        inst.find_score(inst.profile->inputs[static_cast<std::size_t>(k)])->label,
                        lang);
                    CHECK(contains_word(words.text, label));
                }
        }
        if (lang == "es")
            for (const char* english : {"the", "and", "answers", "scores", "pattern", "middle",
                                        "scale", "researchers", "by"})
                CHECK_FALSE(
                    contains_word(words.text + " " + words.label + " " + words.method, english));
    }

    static std::string in_language_of(const localized_text& t, const std::string& lang) {
        std::string s = t.at(lang);
        if (s.size() > 1 && !std::isupper(static_cast<unsigned char>(s[1])))
            s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
        return s;
    }
};

// Levels from the scale's bottom to its top in steps of `step`.
std::vector<double> levels(const instrument& inst, double step) {
    std::vector<double> out;
    for (double v = inst.scale.min; v <= inst.scale.max + 1e-9; v += step)
        out.push_back(v);
    return out;
}

}  // namespace

TEST_CASE("the profile never says what the numbers do not, for every instrument and language") {
    const auto cat = catalogue::builtin();
    for (const auto& inst : cat.instruments()) {
        if (!inst.profile) continue;
        CAPTURE(inst.id);
        const scorer sc(inst);
        checker check{sc};
        std::set<std::size_t> first, second;
        item_scores(inst, inst.profile->inputs[0], first);
        item_scores(inst, inst.profile->inputs[1], second);
        std::vector<double> answers(sc.answer_count(), missing);
        std::vector<std::size_t> all(first.begin(), first.end());
        all.insert(all.end(), second.begin(), second.end());
        if (std::none_of(first.begin(), first.end(),
                         [&](std::size_t s) { return second.count(s) > 0; })) {
            // Two separate sets of items: a fine grid of the two dimensions.
            for (double a : levels(inst, 0.1))
                for (double b : levels(inst, 0.1)) {
                    for (auto s : first)
                        set_level(sc, s, a, answers);
                    for (auto s : second)
                        set_level(sc, s, b, answers);
                    check.check(answers);
                }
        } else {
            // Dimensions made of the same scores (the RQ's and RSQ's models): every combination of
            // their levels.
            std::sort(all.begin(), all.end());
            all.erase(std::unique(all.begin(), all.end()), all.end());
            const auto lv = levels(inst, 1);
            std::vector<std::size_t> at(all.size(), 0);
            for (;;) {
                for (std::size_t i = 0; i < all.size(); ++i)
                    set_level(sc, all[i], lv[at[i]], answers);
                check.check(answers);
                std::size_t i = 0;
                while (i < at.size() && ++at[i] == lv.size())
                    at[i++] = 0;
                if (i == at.size()) break;
            }
        }
        CHECK(check.checked > 500);
    }
}

TEST_CASE("a Spanish report holds no English words, for every instrument") {
    const auto cat = catalogue::builtin();
    for (const auto& inst : cat.instruments()) {
        CAPTURE(inst.id);
        // Every answer at the bottom, the middle and the top of the scale, and a mixed one.
        std::string table = "id";
        for (std::size_t t = 0; t < std::max<std::size_t>(inst.targets.size(), 1); ++t)
            for (const auto& it : inst.items)
                table += "," + (inst.targets.empty() ? "" : inst.targets[t].id + "_") +
                         std::to_string(it.number);
        table += '\n';
        const int mid = (inst.scale.min + inst.scale.max) / 2;
        for (int row = 0; row < 4; ++row) {
            table += "r" + std::to_string(row);
            for (std::size_t k = 0; k < inst.answer_count(); ++k) {
                const auto& it = inst.items[k % inst.items.size()];
                const int v = row == 0   ? inst.scale.min
                              : row == 1 ? mid
                              : row == 2
                                  ? inst.scale.max
                                  : inst.scale.min +
                                        static_cast<int>(k * 5 %
                                                         static_cast<std::size_t>(
                                                             inst.scale.max - inst.scale.min + 1));
                table +=
                    "," + (it.kind == item_kind::choice ? std::to_string(it.options.front().code)
                                                        : std::to_string(v));
            }
            table += '\n';
        }
        std::istringstream in(table);
        std::ostringstream out;
        table_options options;
        options.id_column = "id";
        options.column_pattern = inst.targets.empty() ? "{n}" : "{target}_{n}";
        options.format = output_format::report;
        options.language = "es";
        options.scoring.administered_scale = scale_bounds{inst.scale.min, inst.scale.max};
        auto scored = score_table(inst, in, out, options);
        REQUIRE_MESSAGE(scored.ok(), test::listing(scored.errors()));
        // The instrument's title is a published name ("… Scale – Short Form"), kept as it is.
        std::string report = out.str();
        for (auto at = report.find(inst.short_name + " — "); at != std::string::npos;
             at = report.find(inst.short_name + " — "))
            report.erase(at, report.find('\n', at) - at);
        for (const std::string english :
             {"the", "and", "your", "you", "scale", "answers", "score", "pattern", "researchers",
              "answered", "line", "not scored", "percentile", "compared", "tie"})
            CHECK_MESSAGE(!contains_word(report, english), english << " in: " << report);
    }
}
