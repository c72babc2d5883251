// Scored rows as CSV: one header row, then one row per input row, every field in a fixed column.
#include <cmath>

#include "attachscore/interpret.hpp"
#include "common/text_util.hpp"
#include "output/output_columns.hpp"
#include "output/output_writer.hpp"
#include "output/profile_text.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

// Said in every row that has percentiles, so that the file carries it wherever it goes.
constexpr std::string_view percentile_basis =
    "normal approximation; 0 at the lowest and 100 at the highest possible score";

class csv_writer final : public output_writer {
  public:
    csv_writer(std::ostream& out, output_context ctx)
        : out_(out), ctx_(std::move(ctx)), sc_(*ctx_.sc), inst_(sc_.definition()) {}

    void begin() override {
        line_.clear();
        for (const auto& column : output_columns(ctx_)) {
            const bool from_input =
                column.role == column_role::id || column.role == column_role::kept;
            if (column.role == column_role::status)
                append_csv_field(line_, column.name, ctx_.delimiter);
            else if (from_input)
                input_text(column.name);
            else
                text(column.name);
        }
        line_ += '\n';
        out_ << line_;
    }

    void row(const scored_row& r) override {
        line_.clear();
        for (const auto& value : r.ids)
            input_text(value);
        for (const auto& value : r.kept)
            input_text(value);
        const auto scores = r.result->scores();
        for (std::size_t i = 0; i < scores.size(); ++i)
            score_fields(r, i);
        for (std::size_t k = 0; k < sc_.choice_slots().size(); ++k) {
            const auto* opt = chosen_option(sc_, r, k);
            text(opt ? std::string_view(opt->category) : std::string_view());
        }
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r.result->categories()[c];
            text(category_text(v, rule));
            text(category_method_text(rule, v, ctx_.language));
            text(v.valid ? (v.near_boundary ? "yes" : "no") : "");
        }
        if (ctx_.interpretations && inst_.profile) {
            const auto p = profile_in_words(sc_, *r.result, ctx_.language);
            text(p.label);
            text(p.text);
        }
        if (sc_.scale_overridden()) text(scale_text(sc_.scale()));
        if (ctx_.norms) {
            text(r.group ? std::string_view(r.group->id) : std::string_view());
            text(percentile_basis);
        }
        if (ctx_.interpretations) text(in_language(inst_.disclaimer, ctx_.language));
        if (ctx_.quality) quality_fields(r);
        append_csv_field(line_, r.status, ctx_.delimiter);
        line_ += '\n';
        out_ << line_;
    }

    void end() override { out_.flush(); }

  private:
    void quality_fields(const scored_row& r) {
        const auto q = screen_respondent(sc_, r.answers);
        line_ += std::to_string(q.longstring);
        line_ += ctx_.delimiter;
        for (double v : {q.irv, q.evenodd, q.reverse_inconsistency}) {
            if (!std::isnan(v)) append_decimal(line_, v, ctx_.decimal, ctx_.digits);
            line_ += ctx_.delimiter;
        }
        text(q.careless ? "yes" : "no");
        std::string reasons;
        for (auto sign : q.signs)
            reasons += (reasons.empty() ? "" : "; ") + careless_sign_text(sign, q, ctx_.language);
        text(reasons);
    }
    void text(std::string_view t) {
        append_csv_field(line_, t, ctx_.delimiter);
        line_ += ctx_.delimiter;
    }
    void input_text(std::string_view t) {
        append_input_text(line_, t, ctx_.protect_formulas, ctx_.delimiter);
        line_ += ctx_.delimiter;
    }
    void number(double v, bool present) {
        if (present) append_decimal(line_, v, ctx_.decimal, ctx_.digits);
        line_ += ctx_.delimiter;
    }

    // S, S_answered, S_band and, as asked for, norms, the sample z and the band's text.
    void score_fields(const scored_row& r, std::size_t i) {
        const auto& def = inst_.scores[i];
        const auto& v = r.result->scores()[i];
        const bool valid = v.status == score_status::valid;
        number(v.value, valid);
        line_ += std::to_string(v.answered);
        line_ += ctx_.delimiter;
        const auto meaning = describe_score(def, v, ctx_.norms, r.group, !sc_.bands_apply(i));
        text(meaning.label ? in_language(*meaning.label, ctx_.language) : "");
        const norm_values* norm = valid ? norm_for(ctx_, r, def.id) : nullptr;
        const norm_result nr = norm ? apply_norm(*norm, v.value, def) : norm_result{};
        if (has_norm(ctx_, def.id))
            for (double x : {nr.z, nr.t, nr.percentile})
                number(x, norm != nullptr);
        if (has_reliability(ctx_, def.id))
            for (const auto& x : {nr.band90_low, nr.band90_high})
                number(x.value_or(0), norm && x);
        if (!ctx_.sample.empty()) {
            const auto [mean, sd] = ctx_.sample[i];
            number((v.value - mean) / sd, valid && sd > 0);
        }
        if (ctx_.interpretations)
            text(meaning.text ? in_language(*meaning.text, ctx_.language) : "");
    }

    std::ostream& out_;
    output_context ctx_;
    const scorer& sc_;
    const instrument& inst_;
    std::string line_;
};

}  // namespace

std::unique_ptr<output_writer> make_csv_writer(std::ostream& out, output_context context) {
    return std::make_unique<csv_writer>(out, std::move(context));
}

}  // namespace attachscore::detail
