// Finds respondent ids that an earlier row already has, in memory that does not grow with the
// input: ids are gathered in a fixed budget, sorted and, when the budget is full, written to a
// temporary file as a sorted run; at the end the runs are merged and every repeat is counted.
// Exact: no hashing, so no repeat is missed and none is invented.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/table.hpp"

namespace attachscore::detail {

class id_tracker {
  public:
    explicit id_tracker(std::size_t budget_bytes = std::size_t{4} << 20);

    /// Rows in input order; empty ids are not tracked.
    void add(std::string_view id, std::size_t line);
    /// Adds the warnings: how many rows repeat an id, and the first repeats with their lines.
    /// False when a temporary file could not be written or read.
    bool finish(table_summary& summary);

  private:
    struct entry {
        std::uint64_t offset;  ///< into text_
        std::uint32_t size;
        std::uint64_t line;
    };
    struct file_closer {
        void operator()(std::FILE* f) const noexcept { std::fclose(f); }
    };
    using run_file = std::unique_ptr<std::FILE, file_closer>;
    class cursor;

    void sort_entries();
    bool spill();

    std::size_t budget_;
    std::string text_;
    std::vector<entry> entries_;
    std::vector<run_file> runs_;
    bool failed_ = false;
};

}  // namespace attachscore::detail
