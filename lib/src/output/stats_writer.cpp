// The statistics as JSON, CSV (one row per item), a terminal table and a methods paragraph.
#include <cmath>
#include <cstdio>

#include "attachscore/stats.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"
#include "output/writer_support.hpp"

namespace attachscore {
namespace {

// A number with `digits` decimals (every digit when negative); `none` for NaN.
std::string num(double v, int digits, const char* none = "") {
    return std::isfinite(v) ? detail::fixed_decimals(v, digits) : none;
}

void json_field(std::string& out, const char* name, double v, int digits) {
    out += '"';
    out += name;
    out += "\": ";
    out += std::isfinite(v) ? num(v, digits) : "null";
}

void json_score(std::string& out, const score_statistics& s, int d, bool pairwise,
                std::size_t bootstrap) {
    out += "{\"id\": ";
    detail::append_json_string(out, s.id);
    out += ", \"n\": " + std::to_string(s.n) + ", ";
    for (auto [name, v] : {std::pair{"mean", s.mean},
                           {"sd", s.sd},
                           {"min", s.min},
                           {"max", s.max},
                           {"skew", s.skew},
                           {"kurtosis", s.kurtosis}}) {
        json_field(out, name, v, d);
        out += ", ";
    }
    out += "\"n_complete\": " + std::to_string(s.n_complete) + ", ";
    json_field(out, "alpha", s.alpha, d);
    out += ", \"alpha_ci\": [" + (std::isfinite(s.alpha_ci_low) ? num(s.alpha_ci_low, d) : "null") +
           ", " + (std::isfinite(s.alpha_ci_high) ? num(s.alpha_ci_high, d) : "null") +
           "], \"alpha_ci_method\": \"feldt\", ";
    if (bootstrap) {
        out += "\"alpha_ci_bootstrap\": [" +
               (std::isfinite(s.alpha_boot_low) ? num(s.alpha_boot_low, d) : "null") + ", " +
               (std::isfinite(s.alpha_boot_high) ? num(s.alpha_boot_high, d) : "null") +
               "], \"bootstrap_resamples\": " + std::to_string(bootstrap) + ", ";
    }
    for (auto [name, v] : {std::pair{"std_alpha", s.std_alpha},
                           {"lambda6", s.lambda6},
                           {"omega_total", s.omega_total},
                           {"average_r", s.average_r}}) {
        json_field(out, name, v, d);
        out += ", ";
    }
    static constexpr const char* gaps[] = {"too_few_rows", "no_variance", "constant_items",
                                           "singular"};
    out += "\"reliability_gap\": ";
    if (s.gap == reliability_gap::none)
        out += "null";
    else
        detail::append_json_string(out, gaps[static_cast<int>(s.gap) - 1]);
    out += std::string(", \"omega_heywood\": ") + (s.omega_heywood ? "true" : "false") +
           ", \"constant_items\": [";
    for (std::size_t i = 0; i < s.constant_items.size(); ++i)
        out += (i ? ", " : "") + std::to_string(s.constant_items[i]);
    out += "], ";
    out += std::string("\"omega_method\": \"one factor, minres\", \"missing_method\": \"") +
           (pairwise ? "pairwise" : "listwise") + "\", \"items\": [";
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        const auto& it = s.items[i];
        out += i ? ",\n    {" : "\n    {";
        out += "\"item\": " + std::to_string(it.item) + ", ";
        if (!it.target.empty()) {
            out += "\"target\": ";
            detail::append_json_string(out, it.target);
            out += ", ";
        }
        out += std::string("\"reversed\": ") + (it.reversed ? "true" : "false") + ", ";
        out += "\"missing\": " + std::to_string(it.missing) + ", ";
        for (auto [name, v] : {std::pair{"mean", it.mean},
                               {"sd", it.sd},
                               {"corrected_item_total_r", it.corrected_item_total_r},
                               {"alpha_if_dropped", it.alpha_if_dropped}}) {
            json_field(out, name, v, d);
            out += ", ";
        }
        out += "\"keying_flag\": ";
        if (it.keying_flag.empty())
            out += "null";
        else
            detail::append_json_string(out, it.keying_flag);
        out += '}';
    }
    out += s.items.empty() ? "], \"group_flags\": [" : "\n  ], \"group_flags\": [";
    for (std::size_t i = 0; i < s.group_flags.size(); ++i) {
        if (i) out += ", ";
        detail::append_json_string(out, s.group_flags[i]);
    }
    out += "]}";
}

// What the run did to the data (run_record), for a program that writes its own methods.
std::string record_json(const run_record& r) {
    std::string out = "{\"administered_scale\": ";
    out += r.administered_scale ? "[" + std::to_string(r.administered_scale->min) + ", " +
                                      std::to_string(r.administered_scale->max) + "]"
                                : "null";
    out += ", \"missing_codes\": [";
    for (std::size_t i = 0; i < r.missing_codes.size(); ++i) {
        if (i) out += ", ";
        detail::append_json_string(out, r.missing_codes[i]);
    }
    out += "], \"already_reversed\": [";
    for (std::size_t i = 0; i < r.already_reversed.size(); ++i)
        out += (i ? ", " : "") + std::to_string(r.already_reversed[i]);
    out += std::string("], \"keys_as_declared\": ") + (r.keys_as_declared ? "true" : "false") +
           ", \"item_order\": ";
    if (r.item_order.empty())
        out += "null";
    else
        detail::append_json_string(out, r.item_order);
    out += std::string(", \"item_columns\": ") + (r.item_columns ? "true" : "false") +
           ", \"recoded_words\": " + std::to_string(r.recoded_words) +
           ", \"rows_not_scored\": " + std::to_string(r.rows_not_scored) + ", \"why\": {" +
           "\"outside_scale\": " + std::to_string(r.rows_outside_scale) +
           ", \"not_whole_number\": " + std::to_string(r.rows_not_whole) +
           ", \"not_a_choice\": " + std::to_string(r.rows_not_a_choice) +
           ", \"unreadable\": " + std::to_string(r.rows_unreadable) +
           ", \"wrong_values\": " + std::to_string(r.rows_wrong_values) +
           ", \"too_few_answered\": " + std::to_string(r.rows_too_few) + "}, \"outside_values\": [";
    bool first = true;
    for (const auto& [value, n] : r.outside_values) {
        out += first ? "[" : ", [";
        first = false;
        detail::append_json_number(out, value);
        out += ", " + std::to_string(n) + "]";
    }
    return out + "]}";
}

}  // namespace

std::string statistics_json(const table_statistics& stats, int digits) {
    std::string out = "{\"instrument\": ";
    detail::append_json_string(out, stats.instrument);
    out += ", \"n_rows\": " + std::to_string(stats.n_rows) +
           ", \"answers\": " + std::to_string(stats.answers) +
           ", \"missing_answers\": " + std::to_string(stats.missing_answers) +
           ", \"rows_complete\": " + std::to_string(stats.rows_complete) +
           ", \"rows_empty\": " + std::to_string(stats.rows_empty) + ", \"rows_by_blanks\": [";
    for (std::size_t m = 0; m < stats.rows_by_blanks.size(); ++m)
        out += (m ? ", " : "") + std::to_string(stats.rows_by_blanks[m]);
    out += "],\n\"record\": " + record_json(stats.record);
    out += ",\n\"scores\": [";
    for (std::size_t i = 0; i < stats.scores.size(); ++i) {
        out += i ? ",\n  " : "\n  ";
        json_score(out, stats.scores[i], digits, stats.pairwise, stats.bootstrap);
    }
    out += "],\n\"correlations\": [";
    for (std::size_t i = 0; i < stats.correlations.size(); ++i) {
        const auto& c = stats.correlations[i];
        out += i ? ",\n  {\"a\": " : "\n  {\"a\": ";
        detail::append_json_string(out, c.a);
        out += ", \"b\": ";
        detail::append_json_string(out, c.b);
        out += ", \"n\": " + std::to_string(c.n) + ", ";
        json_field(out, "r", c.r, digits);
        out += ", \"ci\": [" + (std::isfinite(c.ci_low) ? num(c.ci_low, digits) : "null") + ", " +
               (std::isfinite(c.ci_high) ? num(c.ci_high, digits) : "null") +
               "], \"ci_method\": \"fisher_z\"}";
    }
    const auto& q = stats.careless;
    // An index that was not computed is null, never 0.
    out += "],\n\"quality\": {\"screened\": " + std::to_string(q.screened) +
           ", \"careless\": " + std::to_string(q.flagged) +
           ", \"rating_items\": " + std::to_string(q.rating_items) +
           ", \"longstring_cutoff\": " + std::to_string(q.longstring_cutoff) +
           ", \"by_longstring\": " + std::to_string(q.by_longstring) +
           ", \"evenodd_scales\": " + std::to_string(q.evenodd_scales) +
           ", \"evenodd_min_scales\": " + std::to_string(evenodd_min_scales) +
           ", \"by_evenodd\": " + (q.evenodd_computed() ? std::to_string(q.by_evenodd) : "null") +
           ", \"reverse_scales\": " + std::to_string(q.reverse_scales) +
           ", \"by_reverse_inconsistency\": " +
           (q.reverse_scales > 0 ? std::to_string(q.by_reverse_inconsistency) : "null") + ", ";
    json_field(out, "mean_longstring", q.mean_longstring, digits);
    out += ", ";
    json_field(out, "mean_irv", q.mean_irv, digits);
    out += ", ";
    json_field(out, "mean_reverse_inconsistency", q.mean_reverse_inconsistency, digits);
    out += "}}\n";
    return out;
}

std::string statistics_csv(const table_statistics& stats, int d) {
    std::string out =
        "score,target,item,reversed,missing,mean,sd,corrected_item_total_r,alpha_if_dropped,"
        "keying_flag,score_n,score_mean,score_sd,n_complete,alpha,alpha_ci_low,alpha_ci_high,"
        "std_alpha,lambda6,omega_total,average_r\n";
    for (const auto& s : stats.scores)
        for (const auto& it : s.items) {
            out += s.id + "," + it.target + "," + std::to_string(it.item) + "," +
                   (it.reversed ? "1" : "0") + "," + std::to_string(it.missing);
            for (double v : {it.mean, it.sd, it.corrected_item_total_r, it.alpha_if_dropped})
                out += "," + num(v, d);
            out += ',';
            detail::append_csv_field(out, it.keying_flag);
            out += "," + std::to_string(s.n);
            for (double v : {s.mean, s.sd})
                out += "," + num(v, d);
            out += "," + std::to_string(s.n_complete);
            for (double v : {s.alpha, s.alpha_ci_low, s.alpha_ci_high, s.std_alpha, s.lambda6,
                             s.omega_total, s.average_r})
                out += "," + num(v, d);
            out += '\n';
        }
    return out;
}

}  // namespace attachscore
