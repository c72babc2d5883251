// The statistics for people: a table that fits a terminal, and a methods paragraph.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "attachscore/interpret.hpp"
#include "attachscore/stats.hpp"
#include "output/writer_support.hpp"

namespace attachscore {
namespace {

std::string fixed(double v, int digits) {
    return std::isfinite(v) ? detail::fixed_decimals(v, std::max(digits, 0)) : "–";
}

// Without the leading zero, as APA style writes values that cannot exceed 1 (.91, −.12).
std::string apa(double v, int digits) {
    std::string text = fixed(v, digits);
    if (text.rfind("0.", 0) == 0) return text.substr(1);
    if (text.rfind("-0.", 0) == 0) return "−" + text.substr(2);
    return text;
}

std::string pad_left(std::string text, std::size_t width) {
    // Counted in characters: "–" is one character of three bytes.
    std::size_t chars = 0;
    for (char c : text)
        chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return chars >= width ? text : std::string(width - chars, ' ') + text;
}

std::string pad_right(std::string text, std::size_t width) {
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

// "Fraley et al., 2000" from "Fraley, R. C., Waller, N. G., & Brennan, K. A." and the year.
std::string in_text_citation(const citation& c) {
    std::vector<std::string> surnames;
    std::size_t at = 0;
    while (at < c.authors.size()) {
        auto end = c.authors.find(", ", at);
        std::string part = c.authors.substr(at, end == std::string::npos ? end : end - at);
        at = end == std::string::npos ? c.authors.size() : end + 2;
        if (part.rfind("& ", 0) == 0) part.erase(0, 2);
        const bool initials = part.find('.') != std::string::npos && part.size() <= 8;
        if (!part.empty() && !initials) surnames.push_back(part);
    }
    std::string who = surnames.empty() ? c.authors : surnames[0];
    if (surnames.size() == 2) who += " & " + surnames[1];
    if (surnames.size() > 2) who += " et al.";
    return who + ", " + std::to_string(c.year);
}

// "Attachment anxiety (ECR-R; Fraley et al., 2000) was computed as …"; the instrument is cited in
// the first sentence only.
std::string score_sentence(const instrument& inst, const score_definition& def,
                           const score_statistics& s, int d, bool cite) {
    std::string t = detail::in_language(def.label, "en");
    if (cite) t += " (" + inst.short_name + "; " + in_text_citation(inst.cite) + ")";
    const auto k = def.items.size();
    if (def.derived()) {
        t += " was computed from " + std::to_string(def.inputs.size()) + " other scores";
    } else if (k == 1) {
        t += " is the answer to item " + std::to_string(def.items[0].number);
    } else {
        t += std::string(" was computed as the ") +
             (def.aggregate == aggregation::mean ? "mean" : "sum") + " of its " +
             std::to_string(k) + " items";
        if (def.missing == missing_rule::invalid)
            t += " when every item was answered";
        else if (def.min_answered < static_cast<int>(k))
            t += " when at least " + std::to_string(def.min_answered) + " were answered";
    }
    t += " (n = " + std::to_string(s.n) + ", M = " + fixed(s.mean, d) + ", SD = " + fixed(s.sd, d);
    if (std::isfinite(s.alpha))
        t += "; α = " + apa(s.alpha, d) + ", 95 % CI [" + apa(s.alpha_ci_low, d) + ", " +
             apa(s.alpha_ci_high, d) + "]; ω = " + apa(s.omega_total, d);
    return t + ").";
}

std::string descriptives(const instrument& inst, const table_statistics& st, int d, std::size_t w) {
    std::string t = pad_right("Score", w) + "      n    Mean     SD    Min    Max   Skew   Kurt\n";
    for (const auto& s : st.scores)
        t += pad_right(s.id, w) + pad_left(std::to_string(s.n), 7) + pad_left(fixed(s.mean, d), 8) +
             pad_left(fixed(s.sd, d), 7) + pad_left(fixed(s.min, d), 7) +
             pad_left(fixed(s.max, d), 7) + pad_left(fixed(s.skew, d), 7) +
             pad_left(fixed(s.kurtosis, d), 7) + "\n";
    (void)inst;
    return t;
}

std::string reliabilities(const table_statistics& st, int d, std::size_t w) {
    std::string t =
        std::string(
            st.pairwise
                ? "\nReliability from pairwise covariances (each pair of items over the rows\n"
                  "that answered both; n: rows with two or more answers); alpha's 95 %\n"
                  "interval by Feldt's method; omega total from a one-factor minres model.\n"
                : "\nReliability over the rows that answered every item of the score "
                  "(listwise);\nalpha's 95 % interval by Feldt's method; omega total from a "
                  "one-factor minres\nmodel.\n") +
        pad_right("Score", w) + "      n  Alpha  95 % CI         Std a  Lambda6  Omega  Mean r\n";
    for (const auto& s : st.scores) {
        if (s.items.empty()) continue;
        const std::string ci =
            "[" + fixed(s.alpha_ci_low, d) + ", " + fixed(s.alpha_ci_high, d) + "]";
        t += pad_right(s.id, w) + pad_left(std::to_string(s.n_complete), 7) +
             pad_left(fixed(s.alpha, d), 7) + "  " + pad_right(ci, 14) +
             pad_left(fixed(s.std_alpha, d), 7) + pad_left(fixed(s.lambda6, d), 9) +
             pad_left(fixed(s.omega_total, d), 7) + pad_left(fixed(s.average_r, d), 8) + "\n";
    }
    if (st.bootstrap > 0) {
        t += "Alpha's 95 % interval by the percentile bootstrap (" + std::to_string(st.bootstrap) +
             " resamples):\n";
        for (const auto& s : st.scores)
            if (!s.items.empty())
                t += pad_right(s.id, w) + "  [" + fixed(s.alpha_boot_low, d) + ", " +
                     fixed(s.alpha_boot_high, d) + "]\n";
    }
    return t;
}

std::string item_table(const score_statistics& s, int d, std::size_t width) {
    std::string t = "\n" + s.id +
                    ": items, oriented by the key (R: reverse-keyed)\n"
                    "Item          Mean     SD  r.drop  Alpha if dropped  Missing\n";
    std::string flags;
    for (const auto& it : s.items) {
        std::string name = std::to_string(it.item) + (it.reversed ? " R" : "");
        if (!it.target.empty()) name += " " + it.target;
        t += pad_right(name, 12) + pad_left(fixed(it.mean, d), 6) + pad_left(fixed(it.sd, d), 7) +
             pad_left(fixed(it.corrected_item_total_r, d), 8) +
             pad_left(fixed(it.alpha_if_dropped, d), 18) + pad_left(std::to_string(it.missing), 9) +
             (it.keying_flag.empty() ? "" : "  !") + "\n";
        if (!it.keying_flag.empty())
            flags += "! " +
                     wrap_text("item " + std::to_string(it.item) + " " + it.keying_flag, 2, width) +
                     "\n";
    }
    for (const auto& flag : s.group_flags)
        flags += "! " + wrap_text(flag, 2, width) + "\n";
    return t + flags;
}

// "Blanks per respondent: none 153, 1: 90, 2: 40, 3–5: 12, 6 or more: 5."
std::string blanks_line(const table_statistics& st, std::size_t width) {
    const auto& by = st.rows_by_blanks;
    const auto count = [&](std::size_t from, std::size_t to) {
        std::size_t n = 0;
        for (std::size_t m = from; m <= to && m < by.size(); ++m)
            n += by[m];
        return n;
    };
    if (by.empty()) return "";
    const std::size_t last = by.size() - 1;
    std::string t = "Blanks per respondent: none " + std::to_string(count(0, 0)) +
                    ", 1: " + std::to_string(count(1, 1)) + ", 2: " + std::to_string(count(2, 2)) +
                    ", 3–5: " + std::to_string(count(3, 5)) +
                    ", 6 or more (not all): " + std::to_string(count(6, last - 1)) + ", all " +
                    std::to_string(last) + ": " + std::to_string(count(last, last)) + ".";
    return wrap_text(t, 0, width) + "\n";
}

}  // namespace

std::string statistics_text(const instrument& inst, const table_statistics& st, int digits,
                            std::size_t width) {
    std::size_t w = 9;
    for (const auto& s : st.scores)
        w = std::max(w, s.id.size() + 1);
    const double share = st.answers ? 100.0 * static_cast<double>(st.missing_answers) /
                                          static_cast<double>(st.answers)
                                    : 0;
    std::string t = wrap_text(inst.short_name + ": " + std::to_string(st.n_rows) + " rows; " +
                                  fixed(share, 1) + " % of item answers missing; " +
                                  std::to_string(st.rows_complete) + " rows answered every item.",
                              0, width) +
                    "\n";
    t += blanks_line(st, width) + "\n";
    t += descriptives(inst, st, digits, w);
    t += reliabilities(st, digits, w);
    for (const auto& s : st.scores)
        if (!s.items.empty()) t += item_table(s, digits, width);
    if (!st.correlations.empty()) {
        t += "\nCorrelations between scores (pairwise; 95 % interval by Fisher's z)\n";
        for (const auto& c : st.correlations)
            t += c.a + " × " + c.b + ": r = " + fixed(c.r, digits) + " [" +
                 fixed(c.ci_low, digits) + ", " + fixed(c.ci_high, digits) +
                 "], n = " + std::to_string(c.n) + "\n";
    }
    const auto& q = st.careless;
    t +=
        "\n" +
        wrap_text("Careless responding: " + std::to_string(q.flagged) + " of " +
                      std::to_string(q.screened) + " respondents flagged (" +
                      std::to_string(q.by_longstring) + " by a long run of one answer, " +
                      std::to_string(q.by_evenodd) + " by even–odd consistency below .30, " +
                      std::to_string(q.by_reverse_inconsistency) +
                      " by answering opposite statements alike); mean longstring " +
                      fixed(q.mean_longstring, digits) + ", mean IRV " + fixed(q.mean_irv, digits) +
                      ". attachscore score --quality gives "
                      "each respondent's indices.",
                  0, width) +
        "\n";
    t += "\n" + wrap_text("Methods: " + methods_paragraph(inst, st, digits), 0, width) + "\n";
    return t;
}

std::string methods_paragraph(const instrument& inst, const table_statistics& st, int digits) {
    std::string t;
    bool reliability = false;
    for (std::size_t i = 0; i < st.scores.size() && i < inst.scores.size(); ++i) {
        t += (t.empty() ? "" : " ") +
             score_sentence(inst, inst.scores[i], st.scores[i], digits, i == 0);
        reliability = reliability || std::isfinite(st.scores[i].alpha);
    }
    const double rows = static_cast<double>(st.n_rows);
    const double share = st.answers ? 100.0 * static_cast<double>(st.missing_answers) /
                                          static_cast<double>(st.answers)
                                    : 0;
    if (reliability)
        t += std::string(st.pairwise ? " Reliability was estimated from pairwise covariances "
                                       "(each pair of items over the respondents who answered "
                                       "both)"
                                     : " Reliability was estimated on the respondents who "
                                       "answered every item of a score (listwise)") +
             "; the confidence interval of α is Feldt's, and ω total comes from a "
             "one-factor minres model.";
    t += " " + fixed(share, 1) + " % of item answers were missing; " +
         std::to_string(st.rows_complete) + " respondents (" +
         fixed(rows > 0 ? 100 * static_cast<double>(st.rows_complete) / rows : 0, 1) +
         " %) answered every item.";
    const auto& q = st.careless;
    if (q.screened > 0)
        t += " " + std::to_string(q.flagged) + " respondents (" +
             fixed(100 * static_cast<double>(q.flagged) / static_cast<double>(q.screened), 1) +
             " %) were flagged as possibly careless by a run of one answer over half the items, "
             "an even–odd consistency below .30 (Johnson, 2005) or statements keyed in opposite "
             "directions answered alike.";
    std::size_t flagged = 0;
    for (const auto& s : st.scores)
        for (const auto& it : s.items)
            flagged += !it.keying_flag.empty();
    if (flagged)
        t += " " + std::to_string(flagged) + (flagged == 1 ? " item ran" : " items ran") +
             " against its scale as keyed (corrected item–total r below −.10); see the item "
             "statistics before interpreting the scores.";
    return t;
}

}  // namespace attachscore
