#include <cmath>
#include <cstdio>

#include "attachscore/interpret.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"
#include "output/output_writer.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

// Words around the instrument's own texts in the report, in the languages the tool speaks.
struct report_words {
    const char* respondent;
    const char* line;
    const char* answered;
    const char* of;
    const char* not_scored;
    const char* profile;
    const char* near_boundary;
    const char* tie;
    const char* norm;
};
const report_words& words_for(const std::string& lang) {
    static const report_words en{"Respondent",
                                 "line",
                                 "answered",
                                 "of",
                                 "not scored",
                                 "Together",
                                 "close to another category: read it with care",
                                 "a tie",
                                 "compared with"};
    static const report_words es{"Persona",
                                 "línea",
                                 "respondidos",
                                 "de",
                                 "sin puntuación",
                                 "En conjunto",
                                 "cerca de otra categoría: léase con cautela",
                                 "un empate",
                                 "comparado con"};
    return lang == "es" ? es : en;
}

std::string fixed2(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

class report_writer final : public output_writer {
  public:
    report_writer(std::ostream& out, output_context ctx)
        : out_(out),
          ctx_(std::move(ctx)),
          sc_(*ctx_.sc),
          inst_(sc_.definition()),
          w_(words_for(ctx_.language)) {}

    void begin() override {}

    void row(const scored_row& r) override {
        std::string t;
        t += inst_.short_name + " — " + inst_.name + "\n";
        t += std::string(w_.respondent) + " " + (r.id.empty() ? "" : printable(r.id) + " ") + "(" +
             w_.line + " " + std::to_string(r.line) + ")\n";
        if (r.status != "ok") t += wrap_text(printable(r.status), 0) + "\n";
        const auto scores = r.result->scores();
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const auto& def = inst_.scores[i];
            const auto& v = scores[i];
            t += "\n" + in_language(def.label, ctx_.language) + ": ";
            if (v.status != score_status::valid) {
                t += std::string(w_.not_scored) + " (" + explain(v, def) + ")\n";
                continue;
            }
            t += fixed2(v.value);
            if (!def.derived())
                t += " (" + std::to_string(v.answered) + " " + w_.of + " " +
                     std::to_string(def.parts()) + " " + w_.answered + ")";
            const auto meaning =
                describe_score(def, v, ctx_.norms, r.group, sc_.scale_overridden());
            if (meaning.label) t += " — " + in_language(*meaning.label, ctx_.language);
            t += "\n";
            if (const norm_values* norm = norm_for(ctx_, r, def.id)) {
                const auto nr = apply_norm(*norm, v.value);
                t += "  z " + fixed2(nr.z) + ", T " + fixed2(nr.t) + ", percentile " +
                     fixed2(nr.percentile) + " (" + w_.norm + " " + ctx_.norms->id + ", " +
                     r.group->id + ")\n";
            }
            if (meaning.text)
                t += "  " + wrap_text(in_language(*meaning.text, ctx_.language), 2) + "\n";
        }
        if (inst_.profile && !sc_.scale_overridden()) {
            const int cell = find_profile_cell(inst_, scores);
            if (cell >= 0) {
                const auto& pc = inst_.profile->cells[cell];
                t += "\n" + std::string(w_.profile) + ": " + in_language(pc.label, ctx_.language) +
                     "\n  " + wrap_text(in_language(pc.text, ctx_.language), 2) + "\n";
            }
        }
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r.result->categories()[c];
            if (!v.valid) continue;
            t += "\n" + in_language(rule.label, ctx_.language) + ": " + category_text(v, rule);
            if (v.near_boundary) t += " (" + std::string(w_.near_boundary) + ")";
            t += "\n  " + wrap_text(rule.basis, 2) + "\n";
        }
        t += "\n" + wrap_text(in_language(inst_.disclaimer, ctx_.language), 0) + "\n";
        if (rows_++ > 0) out_ << "\n" << std::string(60, '-') << "\n\n";
        out_ << t;
    }

    void end() override { out_.flush(); }

  private:
    std::ostream& out_;
    output_context ctx_;
    const scorer& sc_;
    const instrument& inst_;
    const report_words& w_;
    std::size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<output_writer> make_report_writer(std::ostream& out, output_context context) {
    return std::make_unique<report_writer>(out, std::move(context));
}

}  // namespace attachscore::detail
