// The C API's norms: the norm set and group an instrument is configured with, and z, T and
// percentiles for a batch of scores.
#include <cmath>
#include <filesystem>
#include <limits>

#include "attachscore/interpret.hpp"
#include "attachscore/table.hpp"
#include "c_api/handles.hpp"
#include "c_api/support.hpp"

namespace attachscore::c_api {
namespace {

std::string listed(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

std::string set_ids(const instrument& inst) {
    std::vector<std::string> ids;
    for (const auto& s : inst.norms)
        ids.push_back(s.id);
    return ids.empty() ? "it has none" : listed(ids);
}

std::string group_ids(const norm_set& set) {
    std::vector<std::string> ids;
    for (const auto& g : set.groups)
        ids.push_back(g.id);
    return listed(ids);
}

// The norm set that `name` names: one of the instrument's, or a norm file.
std::string find_set(attachscore_instrument& made, const std::string& name) {
    const auto& inst = made.sc.definition();
    for (const auto& s : inst.norms)
        if (s.id == name) {
            made.norms = s;
            return "";
        }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(name, ec))
        return "\"norms\" names neither a norm set of " + inst.short_name + " (" + set_ids(inst) +
               ") nor a norm file: \"" + name + "\".";
    auto loaded = load_norm_file(inst, name);
    if (!loaded) return name + ": " + loaded.errors().front().message;
    if (loaded.value().empty()) return name + " holds no norm set.";
    made.norms = std::move(loaded.value().front());
    return "";
}

}  // namespace

std::string configure_norms(attachscore_instrument& made, const std::string& norms,
                            const std::string& group, const scoring_options& scoring) {
    if (norms.empty())
        return group.empty() ? "" : "\"norm_group\" chooses a group of the \"norms\"; set both.";
    if (auto refused = find_set(made, norms); !refused.empty()) return refused;
    const auto& set = *made.norms;
    const auto& published = made.sc.definition().scale;
    if (const auto& given = scoring.administered_scale;
        given && (given->min != published.min || given->max != published.max))
        return "the norms " + set.id + " were published for answers on " +
               std::to_string(published.min) + "-" + std::to_string(published.max) +
               "; scores from another administered scale cannot be compared with them. Leave "
               "out \"norms\" or \"scale\".";
    if (group.empty() && set.groups.size() == 1) {
        made.norm_group = &set.groups.front();
        return "";
    }
    if (group.empty())
        return "the norm set " + set.id + " has the groups " + group_ids(set) +
               "; name one with \"norm_group\".";
    made.norm_group = find_norm_group(set, group);
    if (!made.norm_group)
        return "the norm set " + set.id + " has no group \"" + group + "\"; its groups are " +
               group_ids(set) + ".";
    return "";
}

}  // namespace attachscore::c_api

extern "C" {

attachscore_status attachscore_norm_batch(const attachscore_instrument* inst, const double* values,
                                          size_t rows, double* z, double* t, double* percentiles) {
    using attachscore::c_api::fail;
    if (!inst) return fail(ATTACHSCORE_INVALID_ARGUMENT, "the instrument is NULL.");
    if (!values && rows > 0) return fail(ATTACHSCORE_INVALID_ARGUMENT, "values is NULL.");
    if (!inst->norm_group)
        return fail(ATTACHSCORE_INVALID_ARGUMENT,
                    "this instrument has no norms: configure it with the \"norms\" option.");
    return attachscore::c_api::guarded_last([&] {
        const auto& scores = inst->sc.definition().scores;
        const std::size_t k = scores.size();
        constexpr double none = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t s = 0; s < k; ++s) {
            const auto found = inst->norm_group->scores.find(scores[s].id);
            const auto* norm = found == inst->norm_group->scores.end() ? nullptr : &found->second;
            for (std::size_t r = 0; r < rows; ++r) {
                const auto at = r * k + s;
                const double v = values[at];
                const bool known = norm && std::isfinite(v);
                const auto nr = known ? attachscore::apply_norm(*norm, v, scores[s])
                                      : attachscore::norm_result{};
                if (z) z[at] = known ? nr.z : none;
                if (t) t[at] = known ? nr.t : none;
                if (percentiles) percentiles[at] = known ? nr.percentile : none;
            }
        }
        return ATTACHSCORE_OK;
    });
}

}  // extern "C"
