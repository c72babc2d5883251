// The findings of the whole-table checks in English. Every number in a sentence is a field of the
// finding; the ways on are worded by the caller's option_words.
#include <algorithm>

#include "attachscore/instrument.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"
#include "texts/finding_words.hpp"
#include "texts/numbers.hpp"

namespace attachscore::detail {
namespace {

// "6 or 7", "5, 6 or 7": the answers from `from` to `to` that nobody gave.
std::string unused_values(int from, int to) {
    std::string out;
    for (int v = from; v <= to; ++v)
        out += (v == from ? "" : v == to ? " or " : ", ") + std::to_string(v);
    return out;
}

std::string rows_text(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " complete row" : " complete rows");
}

std::string another_scale(const finding& f, const instrument& inst, const option_words& w) {
    const auto [low, top] = f.seen;
    const auto& pub = f.published;
    const std::string seen = range_text(low, top);
    const std::string published = range_text(pub.min, pub.max);
    const std::string zero = std::to_string(pub.min - 1);
    const std::string confirm =
        w.setting(option_id::administered_scale, range_value(pub.min, pub.max));
    const std::string missing = w.setting(option_id::missing_codes, zero);
    std::string text = "every answer " +
                       std::string(f.starts_below || f.count == 0 ? "" : "on the scale ") +
                       "lies within " + seen + " (" + std::to_string(f.respondents) +
                       " respondents; none answered " + unused_values(top + 1, pub.max);
    if (f.count > 0)
        text += (f.starts_below ? ", and " : "; besides, ") + std::to_string(f.count) +
                (f.count == 1 ? " answer of " : " answers of ") + zero + " in " +
                std::to_string(f.columns_below) + (f.columns_below == 1 ? " column" : " columns");
    text += "), but " + inst.short_name + " is published on " + published +
            ". Scored on the published key, reverse keys and bands would be wrong. "
            "If the questionnaire was given on " +
            seen + ", score with " +
            w.setting(option_id::administered_scale, range_value(low, top));
    if (f.starts_below)
        text += "; if " + zero + " means \"not answered\", score with " +
                w.together(missing,
                           w.setting(option_id::administered_scale, range_value(pub.min, top))) +
                " (or " + w.together(missing, confirm) + " if it was given on " + published + ").";
    else
        text += "; if it was given on " + published + " and nobody chose " +
                unused_values(top + 1, pub.max) + ", confirm with " + confirm + "." +
                (f.count > 0 ? " If " + zero + " means \"not answered\", add " + missing + "."
                             : std::string());
    if (f.severity == finding_severity::stop) return text;
    return text + " (With " + std::to_string(f.respondents) +
           " respondents this may be chance, so scoring went on.)";
}

// ", 47 of them at Site = Serbia" when one group holds most of a column's problems.
std::string where(const finding& f, const finding_column& c) {
    if (f.group_column.empty() || c.group_count == 0) return {};
    return ", " +
           (c.group_count == c.count ? std::string("all")
                                     : std::to_string(c.group_count) + " of them") +
           " at " + f.group_column + " = " + (c.group_value.empty() ? "(blank)" : c.group_value);
}

std::string off_scale(const finding& f, const option_words& w) {
    const std::string range = range_text(f.published.min, f.published.max);
    double lo = f.columns.front().min, hi = f.columns.front().max;
    std::vector<std::string> names;
    bool same_where = true;
    for (const auto& c : f.columns) {
        same_where = same_where && where(f, c) == where(f, f.columns.front());
        lo = std::min(lo, c.min);
        hi = std::max(hi, c.max);
        names.push_back(c.name + (f.code == finding_code::answers_off_scale
                                      ? " (" + std::to_string(c.count) + ")"
                                      : ""));
    }
    const std::string answers =
        " (answers from " + number_text(lo) + " to " + number_text(hi) + ")";
    if (f.code == finding_code::columns_off_scale)
        return "every answer in " + list_some(names, 6) + " is outside the scale " + range +
               answers + ": was the questionnaire given on another scale (see " +
               w.name(option_id::administered_scale) + "), or coded differently?";
    if (f.columns.size() == 1)
        return names.front() + " has answers outside the scale " + range + answers +
               where(f, f.columns.front()) + "; those rows are not scored.";
    return std::to_string(f.count) + " answers in " + std::to_string(f.columns.size()) +
           " columns are outside the scale " + range + answers +
           (same_where ? where(f, f.columns.front()) : std::string()) +
           "; those rows are not scored: " + join(names, ", ") + ".";
}

std::string reversed_export(const finding& f, const instrument& inst, const option_words& w) {
    std::vector<std::string> names;
    std::string evidence;
    for (const auto& s : f.scores) {
        names.push_back(s.id);
        evidence += (evidence.empty() ? "" : "; ") + s.id + ": r = " + r_text(s.r) + " over " +
                    rows_text(s.rows);
    }
    return "in " + join(names, " and ") +
           ", every reverse-keyed item runs against the items that are not reverse-keyed "
           "(between their means, " +
           evidence +
           "): this is what an export looks like whose reverse-keyed items were already "
           "reversed, and scoring would reverse them a second time. If the export reversed "
           "them, score with " +
           w.setting(option_id::already_reversed, "all") + " (items " +
           item_numbers(f.items, ", ") + "); to score the columns as " + inst.short_name +
           " keys them, use " + w.setting(option_id::keys_as_declared, "") + ".";
}

std::string reversed_items(const finding& f, const option_words& w) {
    const auto& s = f.scores.front();
    std::vector<std::string> named;
    for (const auto& item : f.items)
        named.push_back(std::to_string(item.number) + column_in_parens(item.column));
    const bool one = f.items.size() == 1;
    std::string text = "in " + s.id + ", reverse-keyed item" + (one ? " " : "s ") +
                       join(named, ", ") + (one ? " runs" : " run") +
                       " against the items that are not reverse-keyed (r = " + r_text(s.r) +
                       " between the reverse-keyed items' mean and the others' over " +
                       rows_text(s.rows) + "): an export that already reversed " +
                       (one ? "it" : "them") + " looks like this, and so " +
                       (one ? "does an item" : "do items") + " that this sample reads differently.";
    if (!f.settled)
        text += " If the export reversed " + std::string(one ? "it" : "them") + ", score with " +
                w.setting(option_id::already_reversed, item_numbers(f.items, ",")) + ".";
    return text;
}

std::string item_against_rest(const finding& f) {
    const auto& item = f.items.front();
    return "item " + std::to_string(item.number) + column_in_parens(item.column) +
           " runs against the rest of " + f.scores.front().id +
           " (item–rest r = " + r_text(item.r) + " over " + rows_text(item.rows) + ")" +
           (item.reversed_in_scoring
                ? ": it is reversed in scoring; was it already reversed in the export?"
                : ": is it reversed in the export, or keyed differently here?");
}

std::string item_keyed_by_group(const finding& f) {
    const auto& item = f.items.front();
    const bool against = item.r < 0;
    return "item " + std::to_string(item.number) + column_in_parens(item.column) + " runs " +
           (against ? "against" : "with") + " the rest of " + f.scores.front().id + " at " +
           f.group_column + " = " + (f.group_value.empty() ? "(blank)" : f.group_value) + " but " +
           (against ? "with" : "against") + " it elsewhere (item–rest r = " + r_text(item.r) +
           " there, " + r_text(item.r_elsewhere) + " elsewhere): is it keyed differently there?";
}

std::string item_order(const finding& f, const instrument& inst, const option_words& w) {
    const std::string read_as = f.columns_listed
                                    ? "the columns named with " + w.name(option_id::item_columns)
                                : f.read_as.empty() ? "this file's numbering, " + inst.item_order
                                                    : "the order " + f.read_as;
    const std::string rows =
        count_text(f.count, "en") + (f.count == 1 ? " complete row" : " complete rows");
    const std::string confirm = w.setting(option_id::item_order, inst.item_order);
    const std::string fits = "mean item–rest r = " + apa_text(f.fit_found, 2, "en") + " against " +
                             apa_text(f.fit_declared, 2, "en") + ", over " + rows;
    const std::string name_columns =
        "Name the column of each item in " + inst.short_name + "'s own numbering (" +
        inst.item_order + "; " + w.description_of(inst.id) + " describes it) with " +
        w.setting(option_id::item_columns, "COL,COL,…") + " (" +
        std::to_string(inst.answer_count()) + " columns, item 1 first)" +
        (f.settled ? std::string(".")
                   : "; if the columns are right, confirm with " + confirm + ".");
    std::string text;
    if (f.code == finding_code::another_item_order) {
        text = "the columns look like " + inst.short_name + "'s items in another order, " +
               f.order + ": " + order_description(f, inst, "en") +
               " Read in that order, the items hang together with their own scale far better "
               "than in " +
               read_as + " (" + fits +
               "). If the questionnaire was given in that order, score with " +
               w.setting(option_id::item_order, f.order) +
               (f.settled ? std::string(".")
                          : "; if it was given in " + inst.short_name +
                                "'s own numbering, confirm with " + confirm + ".");
    } else if (f.code == finding_code::keys_do_not_fit) {
        text = "the items hang together within " + inst.short_name +
               "'s scales, but not with the keys of " + read_as +
               ": with keys read from the data they fit far better (" + fits +
               "). Whole scales may sit in each other's places (another item order), or the "
               "export may have keyed items its own way. " +
               name_columns;
    } else {
        std::vector<std::string> named;
        for (const auto& it : f.items)
            named.push_back(std::to_string(it.number) + (it.target.empty() ? "" : " " + it.target) +
                            (it.column.empty() ? "" : " (" + it.column + ")"));
        text = std::to_string(f.items.size()) + " of " + std::to_string(f.items_judged) +
               " items correlate clearly more with another scale than with their own (items " +
               list_some(named, 8) + "; mean item–rest r = " + apa_text(f.fit_declared, 2, "en") +
               ", over " + rows + "): the columns do not seem to hold " + inst.short_name +
               "'s items in " + read_as + ". " + name_columns;
    }
    return f.settled ? text + " (The order was confirmed, so scoring went on.)" : text;
}

std::string not_utf8(const finding& f, const option_words& w) {
    const std::string where =
        (f.where.line > 0 ? "line " + std::to_string(f.where.line) + ", column " +
                                (f.columns.empty() ? std::string() : f.columns.front().name)
                          : std::string("the header")) +
        " holds text that is not UTF-8";
    const std::string how = "say how the file is encoded with " +
                            w.setting(option_id::encoding, "latin1") +
                            " (or windows-1252) to have it converted to UTF-8";
    if (f.severity == finding_severity::stop)
        return where + ", which this output cannot hold: " + how + ".";
    return where + "; it was copied byte for byte: " + how;
}

}  // namespace

std::string finding_text_en(const finding& f, const instrument& inst, const option_words& w) {
    switch (f.code) {
        case finding_code::none:
            break;
        case finding_code::another_scale:
            return another_scale(f, inst, w);
        case finding_code::columns_off_scale:
        case finding_code::answers_off_scale:
            return off_scale(f, w);
        case finding_code::zero_rows:
            return std::to_string(f.count) + (f.count == 1 ? " row has" : " rows have") +
                   " 0 in every answered item: if 0 means \"not answered\" here, score with " +
                   w.setting(option_id::missing_codes, "0") + ".";
        case finding_code::reversed_export:
            return reversed_export(f, inst, w);
        case finding_code::reversed_items:
            return reversed_items(f, w);
        case finding_code::item_against_rest:
            return item_against_rest(f);
        case finding_code::item_keyed_by_group:
            return item_keyed_by_group(f);
        case finding_code::too_many_groups:
            return f.group_column + " has more than " + std::to_string(f.count) +
                   " different values, too many to say where problems sit; hints by a column "
                   "such as a site or a wave say where.";
        case finding_code::another_item_order:
        case finding_code::keys_do_not_fit:
        case finding_code::items_elsewhere:
            return item_order(f, inst, w);
        case finding_code::not_utf8:
            return not_utf8(f, w);
    }
    return {};
}

}  // namespace attachscore::detail
