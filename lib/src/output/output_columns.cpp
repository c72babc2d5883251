// The scored table's columns, from the output context: the order csv_writer writes them in.
#include "output/output_columns.hpp"

#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

struct column_list {
    std::vector<output_column> out;
    void add(std::string name, column_role role, std::size_t index = 0) {
        out.push_back({std::move(name), role, index, 0});
    }
};

void score_columns(column_list& c, const output_context& ctx, std::size_t i) {
    const std::string& s = ctx.sc->definition().scores[i].id;
    c.add(s, column_role::score, i);
    c.add(s + "_answered", column_role::answered, i);
    c.add(s + "_band", column_role::band, i);
    if (has_norm(ctx, s)) {
        c.add(s + "_z", column_role::norm_z, i);
        c.add(s + "_t", column_role::norm_t, i);
        c.add(s + "_percentile", column_role::norm_percentile, i);
    }
    if (has_reliability(ctx, s)) {
        c.add(s + "_band90_low", column_role::band90_low, i);
        c.add(s + "_band90_high", column_role::band90_high, i);
    }
    if (!ctx.sample.empty()) c.add(s + "_sample_z", column_role::sample_z, i);
    if (ctx.interpretations) c.add(s + "_interpretation", column_role::interpretation, i);
}

}  // namespace

std::vector<output_column> output_columns(const output_context& ctx) {
    const scorer& sc = *ctx.sc;
    const instrument& inst = sc.definition();
    column_list c;
    for (std::size_t k = 0; k < ctx.id_names.size(); ++k)
        c.add(ctx.id_names[k], column_role::id, k);
    for (std::size_t k = 0; k < ctx.kept_names.size(); ++k)
        c.add(ctx.kept_names[k], column_role::kept, k);
    for (std::size_t i = 0; i < inst.scores.size(); ++i)
        score_columns(c, ctx, i);
    for (auto slot : sc.choice_slots())
        c.add(choice_column(inst, slot), column_role::choice, slot);
    for (std::size_t r = 0; r < inst.categories.size(); ++r)
        if (sc.category_enabled(r)) {
            const auto& id = inst.categories[r].id;
            c.add(id, column_role::category, r);
            c.add(id + "_method", column_role::category_method, r);
            c.add(id + "_near_boundary", column_role::near_boundary, r);
        }
    if (ctx.interpretations && inst.profile) {
        c.add("profile", column_role::profile);
        c.add("profile_text", column_role::profile_text);
    }
    if (sc.scale_overridden()) c.add("administered_scale", column_role::administered_scale);
    if (ctx.norms) {
        c.add("norm_group", column_role::norm_group);
        c.add("percentile_basis", column_role::percentile_basis);
    }
    if (ctx.interpretations) c.add("disclaimer", column_role::disclaimer);
    if (ctx.quality) {
        c.add("longstring", column_role::longstring);
        c.add("irv", column_role::irv);
        c.add("evenodd", column_role::evenodd);
        c.add("reverse_inconsistency", column_role::reverse_inconsistency);
        c.add("careless", column_role::careless);
        c.add("careless_reasons", column_role::careless_reasons);
    }
    c.add("status", column_role::status);
    return std::move(c.out);
}

}  // namespace attachscore::detail
