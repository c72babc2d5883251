// libFuzzer target: rows given as cells (cell_table), the source SPSS files and --answers become.
// The bytes are split into cells at 0x1F and rows at 0x1E, the first row the header; the table is
// scored (CSV with the careless indices, and JSON Lines), read row by row and summarised, and the
// same bytes read as CSV text must never crash either. Must never crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "attachscore/attachscore.hpp"

namespace {

attachscore::cell_table cells_of(std::string_view text) {
    attachscore::cell_table table;
    bool header = true;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && text[i] != '\x1f' && text[i] != '\x1e') continue;
        const auto cell = text.substr(from, i - from);
        from = i + 1;
        if (header)
            table.header().emplace_back(cell);
        else
            table.add_cell(cell);
        if (end || text[i] == '\x1e') {
            if (!header) table.end_row();
            header = false;
        }
    }
    return table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto cat = attachscore::catalogue::builtin();
    static const auto* ecr_s = cat.find("ecr-s");
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto cells = cells_of(text);
    attachscore::table_options options;
    options.keep_all = true;
    options.quality = true;
    options.threads = 1;
    std::ostringstream out;
    (void)attachscore::score_table(*ecr_s, cells, out, options);
    options.format = attachscore::output_format::jsonl;
    (void)attachscore::score_table(*ecr_s, cells, out, options);
    if (auto reader = attachscore::table_reader::open(*ecr_s, cells, options,
                                                      attachscore::table_checks_mode::report)) {
        while (reader.value().next()) {
        }
    }
    (void)attachscore::compute_statistics(*ecr_s, cells, options);
    return 0;
}
