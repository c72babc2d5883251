// Wording files: the template to fill in from the published source, and the loader that lends
// the wording to an instrument after checking it covers every item exactly once.
#include "attachscore/wording.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "common/file_util.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"
#include "input/csv_reader.hpp"

namespace attachscore {
namespace {

constexpr const char* how =
    " Copy each item's wording from the published source; 'attachscore wording-template ID' "
    "writes a file to fill in.";

bool is_header(const detail::csv_reader& reader) {
    return reader.field_count() == 2 && detail::lower(detail::trim(reader.field(0))) == "item" &&
           detail::lower(detail::trim(reader.field(1))) == "text";
}

// One row: its item's position in the instrument, or a problem.
std::optional<std::size_t> read_row(const instrument& inst, const detail::csv_reader& reader,
                                    const std::string& file, diagnostics& problems) {
    const std::size_t line = reader.line();
    if (reader.field_count() != 2) {
        problems.push_back({{file, "", line, 0},
                            "expected two values (item,text), found " +
                                std::to_string(reader.field_count()) +
                                "; put the text in double quotes when it holds a comma."});
        return std::nullopt;
    }
    double number = 0;
    const auto cell = detail::trim(reader.field(0));
    const auto index = detail::parse_number(cell, number) && number == static_cast<int>(number)
                           ? inst.item_index(static_cast<int>(number))
                           : std::nullopt;
    if (!index) {
        problems.push_back({{file, "", line, 0},
                            "\"" + std::string(cell) + "\" is not an item of " + inst.short_name +
                                " (items " + std::to_string(inst.items.front().number) + "–" +
                                std::to_string(inst.items.back().number) + ")."});
        return std::nullopt;
    }
    return index;
}

// A file that is not UTF-8 (a Windows editor's Windows-1252, say) would show "atr\uFFFDs" on
// phones: refused, at its first such line, with the command that converts it.
std::optional<diagnostic> not_utf8(std::string_view text, const std::filesystem::path& path) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\n') ++line;
        const auto n = detail::utf8_char_length(text, i);
        if (n == 0) {
            auto converted = path;
            converted.replace_filename(path.stem().string() + "-utf8.csv");
            return diagnostic{{path.string(), "", line, 0},
                              "this line is not UTF-8 text (a file saved as Windows-1252 or "
                              "Latin-1?); convert the file and pass the converted one: iconv -f "
                              "WINDOWS-1252 -t UTF-8 " +
                                  path.string() + " > " + converted.string()};
        }
        i += n;
    }
    return std::nullopt;
}

// The separator the header uses: a comma, or a semicolon or tab as spreadsheets in many
// languages write.
char separator_of(std::string_view text) {
    const auto header = detail::lower(text.substr(0, text.find('\n')));
    for (const char c : {';', '\t'})
        if (header.find(std::string("item") + c) != std::string::npos &&
            header.find(',') == std::string::npos)
            return c;
    return ',';
}

bool has_control_character(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
    });
}

}  // namespace

std::string wording_template(const instrument& inst) {
    std::string out = "item,text\n";
    for (const auto& item : inst.items)
        out += std::to_string(item.number) + ",\n";
    return out;
}

result<instrument> apply_wording(instrument inst, const std::filesystem::path& path,
                                 const std::string& language) {
    const std::string file = path.string();
    auto text = detail::read_regular_file(path, "a wording file");
    if (!text) return text.errors();
    std::string all = std::move(text).value();
    if (all.rfind("\xEF\xBB\xBF", 0) == 0) all.erase(0, 3);  // a byte-order mark
    if (auto bad = not_utf8(all, path)) return diagnostics{*bad};
    const char separator = separator_of(all);
    std::istringstream in(std::move(all));
    detail::csv_reader reader(in, separator);
    if (reader.next() != detail::csv_reader::status::record || !is_header(reader))
        return diagnostics{
            {{file, "", 1, 0}, std::string("the first line must be the header item,text.") + how}};
    diagnostics problems;
    std::size_t advised = 0;  // the advice is given once, not on each of a template's lines
    std::vector<std::size_t> seen_on(inst.items.size(), 0);
    for (auto st = reader.next(); st != detail::csv_reader::status::end; st = reader.next()) {
        if (st == detail::csv_reader::status::error)
            return diagnostics{{{file, "", reader.error_line(), 0}, reader.error_message() + "."}};
        const auto index = read_row(inst, reader, file, problems);
        if (!index) continue;
        if (seen_on[*index]) {
            problems.push_back({{file, "", reader.line(), 0},
                                "item " + std::to_string(inst.items[*index].number) +
                                    " is worded twice (first on line " +
                                    std::to_string(seen_on[*index]) + ")."});
            continue;
        }
        seen_on[*index] = reader.line();
        if (detail::trim(reader.field(1)).empty()) {  // named, but left as the template has it
            problems.push_back({{file, "", reader.line(), 0},
                                "item " + std::to_string(inst.items[*index].number) +
                                    " has no text." + (advised++ == 0 ? how : "")});
            continue;
        }
        if (has_control_character(reader.field(1))) {
            problems.push_back({{file, "", reader.line(), 0},
                                "item " + std::to_string(inst.items[*index].number) +
                                    "'s text holds a control character (shown as \\x..: " +
                                    printable(detail::trim(reader.field(1))).substr(0, 60) +
                                    "), which would reach terminals and phones as it is; remove "
                                    "it."});
            continue;
        }
        auto& slot = inst.items[*index].text;
        if (!slot) slot.emplace();
        (*slot)[language] = std::string(detail::trim(reader.field(1)));
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < inst.items.size(); ++i)
        if (!seen_on[i]) missing.push_back(std::to_string(inst.items[i].number));
    if (!missing.empty())
        problems.push_back({{file, "", 0, 0},
                            "no wording for item" + std::string(missing.size() > 1 ? "s " : " ") +
                                detail::list_some(missing, 10) + "." + (advised == 0 ? how : "")});
    if (!problems.empty()) return problems;
    return inst;
}

}  // namespace attachscore
