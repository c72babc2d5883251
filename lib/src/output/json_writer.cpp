#include <cmath>

#include "attachscore/interpret.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"
#include "output/output_writer.hpp"
#include "output/profile_text.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

// JSON Lines (one object per row) and JSON (one document holding all rows) share the row form.
class json_writer final : public output_writer {
  public:
    json_writer(std::ostream& out, output_context ctx, bool lines)
        : out_(out), ctx_(std::move(ctx)), sc_(*ctx_.sc), inst_(sc_.definition()), lines_(lines) {}

    void begin() override {
        if (lines_) return;
        text_.clear();
        text_ += "{\"instrument\":{\"id\":";
        append_json_string(text_, inst_.id);
        text_ += ",\"name\":";
        append_json_string(text_, inst_.name);
        text_ += ",\"version\":";
        append_json_string(text_, inst_.version);
        text_ += ",\"scale\":{\"min\":" + std::to_string(inst_.scale.min) +
                 ",\"max\":" + std::to_string(inst_.scale.max) + "}";
        if (sc_.scale_overridden())
            text_ += ",\"administered_scale\":{\"min\":" + std::to_string(sc_.scale().min) +
                     ",\"max\":" + std::to_string(sc_.scale().max) + "}";
        text_ += '}';
        if (ctx_.norms) {
            text_ += ",\"norms\":{\"id\":";
            append_json_string(text_, ctx_.norms->id);
            text_ += ",\"population\":";
            append_json_string(text_, ctx_.norms->population);
            text_ += ",\"n\":" + std::to_string(ctx_.norms->n) + ",\"source\":";
            append_json_string(text_, ctx_.norms->source);
            text_ += ",\"percentile\":\"normal approximation\"}";
        }
        text_ += ",\"disclaimer\":";
        append_json_string(text_, in_language(inst_.disclaimer, ctx_.language));
        text_ += ",\"respondents\":[";
        out_ << text_;
    }

    void row(const scored_row& r) override {
        text_.clear();
        text_ += lines_ ? "{" : "\n{";
        text_ += "\"line\":" + std::to_string(r.line);
        ids_json(r);
        text_ += ",\"status\":";
        append_json_string(text_, r.status);
        scores_json(r);
        choices_json(r);
        categories_json(r);
        profile_json(r);
        if (ctx_.norms) {
            text_ += ",\"norm_group\":";
            if (r.group)
                append_json_string(text_, r.group->id);
            else
                text_ += "null";
        }
        if (lines_ && sc_.scale_overridden())  // JSON says it once, in the document's header
            text_ += ",\"administered_scale\":{\"min\":" + std::to_string(sc_.scale().min) +
                     ",\"max\":" + std::to_string(sc_.scale().max) + "}";
        if (lines_ && ctx_.interpretations) {
            text_ += ",\"disclaimer\":";
            append_json_string(text_, in_language(inst_.disclaimer, ctx_.language));
        }
        if (ctx_.quality)
            append_quality_json(text_, screen_respondent(sc_, r.answers), ctx_.language);
        text_ += lines_ ? "}\n" : "}";
        out_ << text_;
    }
    [[nodiscard]] std::string separator() const override { return lines_ ? "" : ","; }

    void end() override {
        if (!lines_) out_ << "\n]}\n";
        out_.flush();
    }

  private:
    // "id" (an object for a composite id) and "kept".
    void ids_json(const scored_row& r) {
        if (ctx_.id_names.size() == 1) {
            text_ += ",\"id\":";
            append_json_string(text_, r.ids.front());
        } else if (!ctx_.id_names.empty()) {  // a composite id: {"record_id": …, "event": …}
            text_ += ",\"id\":{";
            for (std::size_t k = 0; k < ctx_.id_names.size(); ++k) {
                if (k) text_ += ',';
                append_json_string(text_, ctx_.id_names[k]);
                text_ += ':';
                append_json_string(text_, r.ids[k]);
            }
            text_ += '}';
        }
        if (!ctx_.kept_names.empty()) {
            text_ += ",\"kept\":{";
            for (std::size_t k = 0; k < ctx_.kept_names.size(); ++k) {
                if (k) text_ += ',';
                append_json_string(text_, ctx_.kept_names[k]);
                text_ += ':';
                append_json_string(text_, r.kept[k]);
            }
            text_ += '}';
        }
    }

    void choices_json(const scored_row& r) {
        if (!sc_.choice_slots().empty()) {
            text_ += ",\"choices\":{";
            for (std::size_t k = 0; k < sc_.choice_slots().size(); ++k) {
                if (k) text_ += ',';
                append_json_string(text_, choice_column(inst_, sc_.choice_slots()[k]));
                text_ += ':';
                if (const auto* opt = chosen_option(sc_, r, k))
                    append_json_string(text_, opt->category);
                else
                    text_ += "null";
            }
            text_ += '}';
        }
    }

    // The profile from the one model every output shares (see profile_text.hpp).
    void profile_json(const scored_row& r) {
        if (inst_.profile) {
            const auto p = profile_in_words(sc_, *r.result, ctx_.language);
            text_ += ",\"profile\":";
            if (!p.text.empty()) {
                text_ += "{\"label\":";
                if (p.label.empty())
                    text_ += "null";
                else
                    append_json_string(text_, p.label);
                text_ += ",\"method\":";
                append_json_string(text_, p.method);
                if (ctx_.interpretations) {
                    text_ += ",\"text\":";
                    append_json_string(text_, p.text);
                    text_ += ",\"basis\":";
                    append_json_string(text_, inst_.profile->basis);
                }
                text_ += '}';
            } else {
                text_ += "null";
            }
        }
    }

    void scores_json(const scored_row& r) {
        text_ += ",\"scores\":{";
        const auto scores = r.result->scores();
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const auto& def = inst_.scores[i];
            const auto& v = scores[i];
            const bool valid = v.status == score_status::valid;
            if (i) text_ += ',';
            append_json_string(text_, def.id);
            text_ += ":{\"value\":";
            if (valid)
                append_json_number(text_, v.value);
            else
                text_ += "null";
            text_ += ",\"answered\":" + std::to_string(v.answered) +
                     ",\"of\":" + std::to_string(def.parts());
            text_ += ",\"valid\":";
            text_ += valid ? "true" : "false";
            const auto meaning = describe_score(def, v, ctx_.norms, r.group, !sc_.bands_apply(i));
            text_ += ",\"band\":";
            if (meaning.label)
                append_json_string(text_, in_language(*meaning.label, ctx_.language));
            else
                text_ += "null";
            // Texts and their bases only when asked for: they are the same on every row, and
            // `attachscore info ID --format json` gives the bases once.
            if (ctx_.interpretations && meaning.label) {
                text_ += ",\"band_basis\":";
                append_json_string(text_,
                                   meaning.from_norm ? ctx_.norms->bands_basis : def.bands_basis);
                text_ += ",\"interpretation\":";
                append_json_string(text_, in_language(*meaning.text, ctx_.language));
            } else if (ctx_.interpretations) {
                text_ += ",\"interpretation\":null";
            }
            if (const norm_values* norm = valid ? norm_for(ctx_, r, def.id) : nullptr) {
                const auto nr = apply_norm(*norm, v.value, def);
                text_ += ",\"norm\":{\"z\":";
                append_json_number(text_, nr.z);
                text_ += ",\"t\":";
                append_json_number(text_, nr.t);
                text_ += ",\"percentile\":";
                append_json_number(text_, nr.percentile);
                if (nr.band90_low) {
                    text_ += ",\"band90\":[";
                    append_json_number(text_, *nr.band90_low);
                    text_ += ',';
                    append_json_number(text_, *nr.band90_high);
                    text_ += ']';
                }
                text_ += '}';
            }
            if (!ctx_.sample.empty() && valid && ctx_.sample[i].second > 0) {
                text_ += ",\"sample_z\":";
                append_json_number(text_, (v.value - ctx_.sample[i].first) / ctx_.sample[i].second);
            }
            text_ += '}';
        }
        text_ += '}';
    }

    void categories_json(const scored_row& r) {
        bool first = true;
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            if (!sc_.category_enabled(c)) continue;
            const auto& rule = inst_.categories[c];
            const auto& v = r.result->categories()[c];
            text_ += first ? ",\"categories\":{" : ",";
            first = false;
            append_json_string(text_, rule.id);
            text_ += ":{\"value\":";
            if (v.valid)
                append_json_string(text_, category_text(v, rule));
            else
                text_ += "null";
            text_ += ",\"method\":";
            append_json_string(text_, category_method_text(rule, v, ctx_.language));
            if (ctx_.interpretations) {
                text_ += ",\"basis\":";
                append_json_string(text_, rule.basis);
            }
            text_ += ",\"tie\":";
            text_ += v.valid && v.tied != 0 ? "true" : "false";
            text_ += ",\"settled_by\":";
            if (v.settled_by_choice)
                append_json_string(text_, rule.tie_break);
            else
                text_ += "null";
            text_ += ",\"margin\":";
            if (v.valid && std::isfinite(v.margin))
                append_json_number(text_, v.margin);
            else
                text_ += "null";
            text_ += ",\"near_boundary\":";
            text_ += v.valid && v.near_boundary ? "true" : "false";
            text_ += '}';
        }
        if (!first) text_ += '}';
    }

    std::ostream& out_;
    output_context ctx_;
    const scorer& sc_;
    const instrument& inst_;
    bool lines_;
    std::string text_;
};

}  // namespace

std::unique_ptr<output_writer> make_json_writer(std::ostream& out, output_context context,
                                                bool lines) {
    return std::make_unique<json_writer>(out, std::move(context), lines);
}

}  // namespace attachscore::detail
