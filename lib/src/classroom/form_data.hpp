// A submitted HTML form (application/x-www-form-urlencoded) read strictly: every name once, every
// escape whole, text valid UTF-8, within limits. Anything else is refused with the reason.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace attachscore::classroom {

struct form_data {
    std::map<std::string, std::string, std::less<>> fields;
    std::string problem;  ///< why the form was refused; empty when read

    [[nodiscard]] bool ok() const noexcept { return problem.empty(); }
    /// The value of a field, or nullopt when the form has no such field.
    [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const;
};

/// Reads `body` (or a URL's query) as a form of at most `max_fields` fields.
[[nodiscard]] form_data parse_form(std::string_view body, std::size_t max_fields = 200);

/// Whether `text` is valid UTF-8 without control characters other than tab and newline.
[[nodiscard]] bool is_clean_utf8(std::string_view text);

}  // namespace attachscore::classroom
