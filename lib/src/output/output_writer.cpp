#include "output/output_writer.hpp"

#include "output/writer_support.hpp"

namespace attachscore::detail {

std::unique_ptr<output_writer> make_writer(output_format format, std::ostream& out,
                                           output_context context) {
    switch (format) {
        case output_format::csv:
            return make_csv_writer(out, std::move(context));
        case output_format::jsonl:
            return make_json_writer(out, std::move(context), true);
        case output_format::json:
            return make_json_writer(out, std::move(context), false);
        case output_format::report:
            return make_report_writer(out, std::move(context));
    }
    return nullptr;
}

std::string choice_column(const instrument& inst, std::size_t slot) {
    const item& it = inst.items[slot % inst.items.size()];
    if (inst.targets.empty()) return it.id;
    return inst.targets[slot / inst.items.size()].id + "_" + it.id;
}

}  // namespace attachscore::detail