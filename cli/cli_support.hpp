// What every command shares: common options, parsing, help, diagnostics and the catalogue.
#pragma once

#include <fmt/format.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/attachscore.hpp"

namespace attachscore::cli {

namespace po = boost::program_options;

/// Prints a message on standard error. A closed or full standard error is not the user's data's
/// problem: the message is lost, never an exception (which would abort the run).
template <typename... T>
void eprint(fmt::format_string<T...> format, T&&... args) {
    const std::string text = fmt::format(format, std::forward<T>(args)...);
    [[maybe_unused]] const auto written = std::fwrite(text.data(), 1, text.size(), stderr);
}

/// The width to wrap text for people to: COLUMNS when set, else the terminal's width, else 80
/// (at least 40).
[[nodiscard]] std::size_t text_width();

struct common_options {
    std::vector<std::string> instrument_dirs;
    bool help = false;
};

void add_common(po::options_description& desc, common_options& c);
void print_diagnostics(const diagnostics& ds);
/// Parses one command's arguments; returns an exit code when parsing failed.
std::optional<int> parse(const std::vector<std::string>& args, const po::options_description& desc,
                         const po::positional_options_description& positional,
                         std::string_view command);
void print_help(std::string_view usage_line, std::string_view about,
                const po::options_description& desc, std::string_view example);
/// Built-in instruments plus the folders named by ATTACHSCORE_INSTRUMENTS and --instruments.
std::optional<catalogue> load_catalogue(const common_options& c);
const instrument* find_or_explain(const catalogue& cat, const std::string& id);
/// Whether the instrument has texts in `lang`; false after saying so for `command`.
bool has_language_or_explain(const instrument& inst, const std::string& lang,
                             std::string_view command);

/// Whether a cell's text is one exports write for "not answered" (NA, N/A, null, "." …): it
/// belongs to --missing, not to a recode file.
[[nodiscard]] bool missing_code(std::string_view word);

/// The instrument `id` in `lang`, numbered as `item_order` names when that order numbers its
/// items by position (item_order then names the instrument's own order), with the wording file
/// (when named) lent to it; nullopt after saying why not.
std::optional<instrument> instrument_with_wording(const common_options& c, const std::string& id,
                                                  const std::string& lang,
                                                  const std::string& wording,
                                                  std::string_view command,
                                                  std::string* item_order = nullptr);

}  // namespace attachscore::cli
