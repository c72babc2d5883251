// Sentences' small parts: numbers inside sentences, as each language writes them: a decimal comma
// in Spanish, thousands grouped (1,380 in English; 1380 and 10 380 in Spanish), one minus sign
// (U+2212), and APA's
// ".91" for values that cannot exceed 1.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>

namespace attachscore::detail {

/// A count: "1,523" (en), "1523", "15 230" (es, with a no-break space from five digits on).
[[nodiscard]] std::string count_text(std::size_t n, const std::string& language);
/// `digits` decimals, the language's decimal mark, U+2212 for a negative; "–" when not finite.
[[nodiscard]] std::string decimal_text(double v, int digits, const std::string& language);
/// As decimal_text without the leading zero (APA: α = .91, r = −.12).
[[nodiscard]] std::string apa_text(double v, int digits, const std::string& language);
/// A share as a percentage with one decimal: "12.5%" (en), "12,5 %" (es).
[[nodiscard]] std::string percent_text(double share, const std::string& language);
/// "1 row" / "2 rows": the count and the word in its number.
[[nodiscard]] std::string counted(std::size_t n, const char* one, const char* many,
                                  const std::string& language);

/// A text in `language`, else in English, else empty.
[[nodiscard]] std::string text_in(const std::map<std::string, std::string>& text,
                                  const std::string& language);

/// "Attachment anxiety" → "attachment anxiety", for a label inside a sentence; an acronym ("RQ")
/// keeps its capitals.
[[nodiscard]] std::string in_sentence(const std::string& label);

/// Replaces each {name} in `pattern` by its value (plain text: escape the result for HTML).
[[nodiscard]] std::string fill(std::string pattern,
                               std::initializer_list<std::pair<const char*, std::string>> values);

}  // namespace attachscore::detail
