// A few thousand rows copied out of the reader, and what a worker thread found in them: the
// unit of work that the reading thread hands to the workers and takes back in order.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/diagnostic.hpp"
#include "input/row_view.hpp"
#include "pipeline/table_checks.hpp"

namespace attachscore::detail {

// Welford's running mean and variance of a score over the valid rows; batches merge in order.
struct running_stats {
    std::size_t n = 0;
    double mean = 0;
    double m2 = 0;
    void add(double x) {
        ++n;
        const double d = x - mean;
        mean += d / static_cast<double>(n);
        m2 += d * (x - mean);
    }
    void add(const running_stats& o) {  // Chan et al.'s update for two parts
        if (o.n == 0) return;
        if (n == 0) {
            *this = o;
            return;
        }
        const double na = static_cast<double>(n), nb = static_cast<double>(o.n);
        const double d = o.mean - mean;
        mean += d * nb / (na + nb);
        m2 += o.m2 + d * d * na * nb / (na + nb);
        n += o.n;
    }
    [[nodiscard]] double sd() const {
        return n > 1 ? std::sqrt(m2 / static_cast<double>(n - 1)) : 0;
    }
};

struct row_batch {
    // The rows, as the reader gave them.
    struct stored_row {
        std::size_t text_begin;
        std::size_t ends_begin;
        std::size_t fields;
        std::size_t line;
    };
    std::string text;
    std::vector<std::uint32_t> ends;
    std::vector<stored_row> rows;
    std::size_t first_index = 0;  ///< rows of this pass before this batch

    void add(const row_view& row) {
        rows.push_back({text.size(), ends.size(), row.field_count(), row.line});
        text += row.text;
        ends.insert(ends.end(), row.ends.begin(), row.ends.end());
    }
    [[nodiscard]] row_view view(std::size_t i) const noexcept {
        const auto& r = rows[i];
        const std::size_t end = i + 1 < rows.size() ? rows[i + 1].text_begin : text.size();
        return {std::string_view(text).substr(r.text_begin, end - r.text_begin),
                std::span<const std::uint32_t>(ends).subspan(r.ends_begin, r.fields), r.line};
    }

    // What the rows gave.
    std::optional<table_checks> checks;  ///< the checks of the rows this pass checks
    std::vector<running_stats> sample;   ///< first pass: each score over the valid rows
    std::string out;                     ///< second pass: the rows written
    std::size_t written = 0;
    std::size_t scored = 0, valid = 0, skipped_empty = 0;
    std::map<row_problem, std::size_t> problems;
    std::vector<std::string> first_problems;
    std::optional<diagnostic> stop;             ///< --strict: the first row that cannot be scored
    std::string ids;                            ///< the written rows' ids, one after another
    std::vector<std::size_t> respondent_lines;  ///< the check pass: rows with the --respondent id
    std::vector<std::pair<std::size_t, std::size_t>> id_ends;  ///< (end in ids, line)

    void clear() {
        text.clear();
        ends.clear();
        rows.clear();
        checks.reset();
        sample.clear();
        out.clear();
        written = scored = valid = skipped_empty = 0;
        problems.clear();
        first_problems.clear();
        stop.reset();
        ids.clear();
        id_ends.clear();
    }
};

}  // namespace attachscore::detail
