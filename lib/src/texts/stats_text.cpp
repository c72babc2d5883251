// The statistics for people: tables that fit a terminal, each figure left out ("–") with why,
// the flags and the careless-response summary in words, and the methods paragraph; in English or
// Spanish.
#include <algorithm>
#include <cmath>

#include "attachscore/interpret.hpp"
#include "attachscore/stats.hpp"
#include "common/text_util.hpp"
#include "texts/numbers.hpp"
#include "texts/stats_words.hpp"

namespace attachscore {
namespace {

using detail::count_text;
using detail::fill;

std::size_t chars(const std::string& text) {
    std::size_t n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}
std::string pad_left(const std::string& text, std::size_t width) {
    const auto n = chars(text);
    return n >= width ? text : std::string(width - n, ' ') + text;
}
std::string pad_right(const std::string& text, std::size_t width) {
    const auto n = chars(text);
    return n >= width ? text : text + std::string(width - n, ' ');
}

std::vector<std::string> split_bars(const char* names) {
    std::vector<std::string> out(1);
    for (const char* c = names; *c; ++c) {
        if (*c == '|')
            out.emplace_back();
        else
            out.back() += *c;
    }
    return out;
}

// A table line: the first cell padded to `first`, the others right-aligned to `widths`.
std::string table_line(const std::string& head, std::size_t first,
                       const std::vector<std::string>& cells,
                       const std::vector<std::size_t>& widths) {
    std::string t = pad_right(head, first);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const bool spaced = !cells[i].empty() && cells[i].front() == ' ';
        t += chars(cells[i]) >= widths[i] && !spaced ? " " + cells[i]
                                                     : pad_left(cells[i], widths[i]);
    }
    return t + "\n";
}

struct renderer {
    const instrument& inst;
    const table_statistics& st;
    int d;
    std::size_t width;
    const detail::stats_words& w;
    std::string lang;
    const option_words& options;
    std::size_t first = 9;  ///< the score column's width

    std::string num(double v) const { return detail::decimal_text(v, std::max(d, 0), lang); }
    // A score named inside a sentence: its label in the language, in lower case ("attachment
    // anxiety"); the id where the instrument lacks it.
    std::string named(const score_statistics& s) const {
        const auto* def = inst.find_score(s.id);
        return def ? detail::in_sentence(detail::text_in(def->label, lang)) : s.id;
    }
    std::string wrap(const std::string& text, std::size_t indent = 0) const {
        return wrap_text(text, indent, width) + "\n";
    }

    std::string title() const {
        const double share = st.answers ? 100.0 * static_cast<double>(st.missing_answers) /
                                              static_cast<double>(st.answers)
                                        : 0;
        return wrap(fill(w.title, {{"name", inst.short_name},
                                   {"rows", detail::counted(st.n_rows, w.row, w.rows, lang)},
                                   {"share", detail::percent_text(share, lang)},
                                   {"complete", count_text(st.rows_complete, lang)}}));
    }

    std::string blanks() const {
        const auto& by = st.rows_by_blanks;
        if (by.empty()) return "";
        const auto count = [&](std::size_t from, std::size_t to) {
            std::size_t n = 0;
            for (std::size_t m = from; m <= to && m < by.size(); ++m)
                n += by[m];
            return count_text(n, lang);
        };
        const std::size_t last = by.size() - 1;
        return wrap(fill(w.blanks, {{"none", count(0, 0)},
                                    {"one", count(1, 1)},
                                    {"two", count(2, 2)},
                                    {"few", count(3, 5)},
                                    {"more", count(6, last - 1)},
                                    {"k", std::to_string(last)},
                                    {"all", count(last, last)}}));
    }

    std::string descriptives() const {
        const auto names = split_bars(w.descriptive_columns);
        const std::vector<std::size_t> widths{7, 8, 7, 7, 7, 7, 7};
        std::string t = table_line(w.score, first, names, widths);
        for (const auto& s : st.scores)
            t += table_line(s.id, first,
                            {count_text(s.n, lang), num(s.mean), num(s.sd), num(s.min), num(s.max),
                             num(s.skew), num(s.kurtosis)},
                            widths);
        return t;
    }

    std::string gap_note(const score_statistics& s) const {
        const std::string id = s.id;
        switch (s.gap) {
            case reliability_gap::too_few_rows:
                return wrap(fill(w.gap_too_few, {{"score", id},
                                                 {"rows", count_text(s.n_complete, lang)},
                                                 {"k", std::to_string(s.items.size())}}),
                            2);
            case reliability_gap::no_variance:
                return wrap(fill(w.gap_no_variance, {{"score", id}}), 2);
            case reliability_gap::constant_items: {
                std::vector<std::string> items;
                for (int n : s.constant_items)
                    items.push_back(std::to_string(n));
                return wrap(
                    fill(w.gap_constant, {{"score", id}, {"items", detail::join(items, ", ")}}), 2);
            }
            case reliability_gap::singular:
                return wrap(fill(w.gap_singular, {{"score", id}}), 2);
            case reliability_gap::none:
                break;
        }
        return s.omega_heywood ? wrap(fill(w.heywood, {{"score", id}}), 2) : std::string();
    }

    std::string reliabilities() const {
        std::string t = "\n" + wrap(st.pairwise ? w.pairwise : w.listwise);
        const auto names = split_bars(w.reliability_columns);
        const std::vector<std::size_t> widths{7, 7, 16, 7, 9, 7, 8};
        auto header = names;
        header[2] = "  " + pad_right(header[2], 14);
        t += table_line(w.score, first, header, widths);
        std::string notes;
        for (const auto& s : st.scores) {
            if (s.items.empty()) continue;
            const std::string sep = lang == "es" ? "; " : ", ";
            const std::string ci = "[" + num(s.alpha_ci_low) + sep + num(s.alpha_ci_high) + "]";
            t +=
                table_line(s.id, first,
                           {count_text(s.n_complete, lang), num(s.alpha), "  " + pad_right(ci, 14),
                            num(s.std_alpha), num(s.lambda6), num(s.omega_total), num(s.average_r)},
                           widths);
            notes += gap_note(s);
        }
        t += notes;
        if (st.bootstrap > 0) {
            t += fill(w.bootstrap, {{"n", count_text(st.bootstrap, lang)}}) + "\n";
            for (const auto& s : st.scores)
                if (!s.items.empty())
                    t += pad_right(s.id, first) + "  [" + num(s.alpha_boot_low) +
                         (lang == "es" ? "; " : ", ") + num(s.alpha_boot_high) + "]\n";
        }
        return t;
    }

    std::string item_flag(const score_statistics& s, const item_statistics& it) const {
        const std::string item =
            std::to_string(it.item) + (it.target.empty() ? "" : " " + it.target);
        if (it.flag_rule == keying_rule::reversed_group)
            return fill(w.flag_group,
                        {{"item", item}, {"score", named(s)}, {"r", num(s.reversed_group_r)}});
        return fill(w.flag_single,
                    {{"item", item}, {"score", named(s)}, {"r", num(it.corrected_item_total_r)}}) +
               (it.reversed ? w.flag_single_reversed : w.flag_single_direct);
    }

    std::string item_table(const score_statistics& s) const {
        std::string t =
            "\n" + wrap(st.pairwise
                            ? fill(w.items_pairwise, {{"score", s.id}})
                            : fill(w.items_listwise,
                                   {{"score", s.id}, {"rows", count_text(s.n_complete, lang)}}));
        const auto names = split_bars(w.item_columns);
        const std::vector<std::size_t> widths{6, 7, 8, 18, 9};
        t += table_line(w.item, 12, names, widths);
        std::string flags;
        for (const auto& it : s.items) {
            std::string name = std::to_string(it.item) + (it.reversed ? " R" : "");
            if (!it.target.empty()) name += " " + it.target;
            std::string line = table_line(name, 12,
                                          {num(it.mean), num(it.sd), num(it.corrected_item_total_r),
                                           num(it.alpha_if_dropped), count_text(it.missing, lang)},
                                          widths);
            if (it.flag_rule != keying_rule::none) {
                line.insert(line.size() - 1, "  !");
                flags += "! " + wrap_text(item_flag(s, it), 2, width) + "\n";
            }
            t += line;
        }
        for (const auto& g : s.group_keyings)
            flags += "! " +
                     wrap_text(fill(w.flag_by, {{"item", std::to_string(g.item)},
                                                {"score", named(s)},
                                                {"by", by_column()},
                                                {"group", g.group},
                                                {"r", num(g.r)},
                                                {"rows", count_text(g.rows, lang)}}),
                               2, width) +
                     "\n";
        if (s.groups_dropped)
            flags +=
                "! " +
                wrap_text(fill(w.by_dropped, {{"max", "100"}, {"by", by_column()}}), 2, width) +
                "\n";
        return t + flags;
    }

    std::string by_column() const { return st.by_column; }

    std::string correlations() const {
        if (st.scores.size() < 2) return "";
        if (st.correlations.empty()) return "\n" + wrap(w.no_correlations);
        std::string t = "\n" + std::string(w.correlations) + "\n";
        const std::string sep = lang == "es" ? "; " : ", ";
        for (const auto& c : st.correlations)
            t += c.a + " × " + c.b + ": r = " + num(c.r) + " [" + num(c.ci_low) + sep +
                 num(c.ci_high) + "], n = " + count_text(c.n, lang) + "\n";
        return t;
    }

    std::string careless() const {
        const auto& q = st.careless;
        std::vector<std::string> by{fill(w.by_run, {{"n", count_text(q.by_longstring, lang)},
                                                    {"run", std::to_string(q.longstring_cutoff)},
                                                    {"items", std::to_string(q.rating_items)}})};
        if (q.evenodd_computed())
            by.push_back(fill(w.by_evenodd, {{"n", count_text(q.by_evenodd, lang)}}));
        if (q.reverse_scales > 0)
            by.push_back(
                fill(w.by_opposite, {{"n", count_text(q.by_reverse_inconsistency, lang)}}));
        std::string t = fill(w.careless, {{"flagged", count_text(q.flagged, lang)},
                                          {"screened", count_text(q.screened, lang)},
                                          {"by", detail::join(by, "; ")}}) +
                        " " +
                        fill(w.careless_means, {{"longstring", num(q.mean_longstring)},
                                                {"irv", num(q.mean_irv)},
                                                {"quality", options.name(option_id::quality)}});
        if (!q.evenodd_computed())
            t += " " + fill(w.no_evenodd, {{"name", inst.short_name},
                                           {"scales", std::to_string(q.evenodd_scales)},
                                           {"needed", std::to_string(evenodd_min_scales)}});
        if (q.reverse_scales == 0) t += " " + std::string(w.no_opposite);
        return "\n" + wrap(t);
    }
};

}  // namespace

std::string statistics_text(const instrument& inst, const table_statistics& st, int digits,
                            std::size_t width, const std::string& language,
                            const option_words& words) {
    const std::string lang = language == "es" ? "es" : "en";
    renderer r{inst, st, digits, width, detail::stats_words_for(lang), lang, words};
    for (const auto& s : st.scores)
        r.first = std::max(r.first, s.id.size() + 1);
    r.first = std::max(r.first, chars(r.w.score) + 1);
    std::string t = r.title() + r.blanks() + "\n" + r.descriptives() + r.reliabilities();
    for (const auto& s : st.scores)
        if (!s.items.empty()) t += r.item_table(s);
    t += r.correlations() + r.careless();
    t += "\n" + r.wrap(r.w.methods + methods_paragraph(inst, st, digits, lang));
    return t;
}

}  // namespace attachscore
