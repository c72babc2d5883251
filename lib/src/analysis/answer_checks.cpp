// answer_checks: the audit of the whole-table checks over answers held in memory, as the public
// face of the same audit score_table runs.
#include "attachscore/checks.hpp"

#include <stdexcept>

#include "analysis/audit.hpp"

namespace attachscore {

check_settings settings_of(const scoring_options& options) {
    check_settings s;
    s.scale_given = options.administered_scale.has_value();
    s.keys_settled = !options.already_reversed.empty();
    return s;
}

struct answer_checks::impl {
    impl(const scorer& s, check_settings settings, std::vector<std::string> columns)
        : sc(&s),
          audit(s,
                columns.empty() ? std::vector<std::string>(s.answer_count()) : std::move(columns),
                std::move(settings)),
          result(s.make_result()) {}
    const scorer* sc;
    detail::audit audit;
    respondent_scores result;
};

answer_checks::answer_checks(const scorer& sc, check_settings settings,
                             std::vector<std::string> columns) {
    if (!columns.empty() && columns.size() != sc.answer_count())
        throw std::invalid_argument("answer_checks: " + std::to_string(sc.answer_count()) +
                                    " column names are needed, got " +
                                    std::to_string(columns.size()));
    impl_ = std::make_unique<impl>(sc, std::move(settings), std::move(columns));
}
answer_checks::answer_checks(answer_checks&&) noexcept = default;
answer_checks& answer_checks::operator=(answer_checks&&) noexcept = default;
answer_checks::~answer_checks() = default;

void answer_checks::add(std::span<const double> answers, std::size_t rows) {
    const std::size_t n = impl_->sc->answer_count();
    if (answers.size() != rows * n)
        throw std::invalid_argument("answer_checks: " + std::to_string(rows) + " rows need " +
                                    std::to_string(rows * n) + " answers, got " +
                                    std::to_string(answers.size()));
    for (std::size_t r = 0; r < rows; ++r) {
        const auto row = answers.subspan(r * n, n);
        impl_->sc->score(row, impl_->result);
        impl_->audit.add(row, impl_->result);
    }
}

void answer_checks::merge(const answer_checks& other) {
    impl_->audit.merge(other.impl_->audit);
}

std::vector<finding> answer_checks::findings() const {
    return impl_->audit.verdict();
}

}  // namespace attachscore
