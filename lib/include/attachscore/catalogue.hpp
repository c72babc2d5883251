/// @file catalogue.hpp
/// @brief The instruments available to a program: the built-in ones plus the user's files.
#pragma once

#include "attachscore/export.hpp"

#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"

namespace attachscore {

/// Thread safety: a catalogue is a plain value; const use (find, instruments) from many threads
/// at once is safe, adding is not. builtin() may be called from any thread.
class ATTACHSCORE_API catalogue {
  public:
    /// An empty catalogue.
    catalogue() = default;

    /// A catalogue holding the instruments compiled into the library.
    [[nodiscard]] static catalogue builtin();

    /// Adds one instrument file. Returns its problems (empty on success); an id that is already
    /// taken is a problem, so a user file never silently replaces another instrument.
    diagnostics add_file(const std::filesystem::path& path);

    /// Adds every *.json file in a folder, in name order. Returns all problems of all files.
    diagnostics add_directory(const std::filesystem::path& dir);

    /// Adds an instrument already loaded; the same id rule as add_file.
    diagnostics add(instrument inst);

    /// The instrument with this id, ignoring case ("ECR-R" finds ecr-r), or nullptr.
    [[nodiscard]] const instrument* find(std::string_view id) const noexcept;
    [[nodiscard]] std::span<const instrument> instruments() const noexcept { return items_; }

  private:
    std::vector<instrument> items_;
};

}  // namespace attachscore
