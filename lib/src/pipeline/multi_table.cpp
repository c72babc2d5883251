#include <algorithm>
#include <istream>
#include <memory>
#include <ostream>

#include "attachscore/table.hpp"
#include "common/scratch_file.hpp"
#include "common/text_util.hpp"
#include "input/csv_reader.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore {
namespace {

// With several instruments a pattern is given as ID=PATTERN: the caller's words, with the id.
class one_of_several final : public option_words {
  public:
    one_of_several(const option_words& base, const std::string& id) : base_(base), id_(id) {}
    std::string setting(option_id option, std::string_view value) const override {
        if (option != option_id::column_pattern) return base_.setting(option, value);
        return base_.setting(option, id_ + "=" + std::string(value));
    }
    std::string name(option_id option) const override { return base_.name(option); }
    std::string together(const std::string& a, const std::string& b) const override {
        return base_.together(a, b);
    }
    std::string description_of(std::string_view id) const override {
        return base_.description_of(id);
    }

  private:
    const option_words& base_;
    const std::string& id_;
};

}  // namespace

std::vector<output_column> joined_columns(std::span<const instrument* const> insts,
                                          std::span<const table_summary> summaries) {
    std::vector<output_column> out;
    for (std::size_t i = 0; i < summaries.size() && i < insts.size(); ++i)
        for (const auto& c : summaries[i].columns) {
            const bool input = c.role == column_role::id || c.role == column_role::kept;
            if (input && i > 0) continue;  // given once, by the first instrument
            auto joined = c;
            if (!input) joined.name = insts[i]->id + "." + c.name;
            joined.instrument = i;
            out.push_back(std::move(joined));
        }
    return out;
}

result<std::vector<table_summary>> score_tables(std::span<const instrument* const> insts,
                                                table_input in, std::ostream& out,
                                                const table_options& options,
                                                std::span<const std::string> column_patterns) {
    if (options.format != output_format::csv)
        return diagnostics{
            {{},
             "several instruments in one pass write CSV (or SPSS, with -o FILE.sav) only; score "
             "them one at a time for JSON or reports."}};
    // Each instrument reads the whole input; its CSV goes to a temporary file (not to memory:
    // the input may be large), then the rows are joined.
    std::vector<std::unique_ptr<detail::scratch_file>> outputs;
    std::vector<table_summary> summaries;
    for (std::size_t i = 0; i < insts.size(); ++i) {
        if (auto* csv = in.csv()) {
            csv->clear();
            csv->seekg(0);
        }
        if (in.csv() && !*in.csv())
            return diagnostics{
                {{options.input_name, "", 0, 0},
                 "several instruments read the input once each, and this input cannot be "
                 "read again; give a file."}};
        table_options one = options;
        const one_of_several words(detail::words_of(options), insts[i]->id);
        one.words = &words;
        one.column_pattern = i < column_patterns.size() ? column_patterns[i] : std::string();
        if (i > 0) {  // the id and kept columns come once, from the first instrument
            one.keep.clear();
            one.keep_all = false;
        }
        auto file = std::make_unique<detail::scratch_file>();
        std::ostream buffer(file.get());
        if (!file->ok())
            return diagnostics{{{}, "cannot make a temporary file to join the instruments."}};
        auto scored = score_table(*insts[i], in, buffer, one);
        if (!scored) {
            diagnostics errors = scored.errors();
            for (auto& d : errors)
                d.message = insts[i]->id + ": " + d.message;
            return errors;
        }
        summaries.push_back(std::move(scored).value());
        buffer.flush();
        if (!buffer) return diagnostics{{{}, "writing a temporary file failed (disk full?)."}};
        outputs.push_back(std::move(file));
    }

    std::vector<std::unique_ptr<std::istream>> streams;
    for (const auto& o : outputs) {
        streams.push_back(std::make_unique<std::istream>(o.get()));
        streams.back()->seekg(0);
    }
    std::vector<detail::csv_reader> readers;
    readers.reserve(streams.size());
    for (auto& s : streams)
        readers.emplace_back(*s);

    // The id and the kept columns come once, first; every other output skips its own id.
    const std::size_t id_columns =
        options.id_column.empty()
            ? 0
            : static_cast<std::size_t>(
                  std::count(options.id_column.begin(), options.id_column.end(), ',') + 1);
    std::string line;
    const auto line_columns = joined_columns(insts, summaries);
    for (const auto& column : line_columns) {
        if (&column != &line_columns.front()) line += ',';
        detail::append_csv_field(line, column.name);
    }
    out << line << '\n';
    for (auto& reader : readers)
        reader.next();  // its header, said above
    for (;;) {
        line.clear();
        bool any = false;
        bool first_field = true;
        for (std::size_t i = 0; i < readers.size(); ++i) {
            if (readers[i].next() != detail::csv_reader::status::record) continue;
            any = true;
            for (std::size_t f = i == 0 ? 0 : id_columns; f < readers[i].field_count(); ++f) {
                if (!first_field) line += ',';
                first_field = false;
                detail::append_csv_field(line, readers[i].field(f));
            }
        }
        if (!any) break;
        line += '\n';
        out << line;
    }
    out.flush();
    if (!out) return diagnostics{{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    return summaries;
}

}  // namespace attachscore
