// An instrument's definition as one JSON object: what every scored row would otherwise repeat
// (the bases of bands and categories, the disclaimer) said once.
#include "attachscore/instrument.hpp"
#include "output/writer_support.hpp"

namespace attachscore {
namespace {

using detail::append_json_number;
using detail::append_json_string;

void field(std::string& out, std::string_view name, std::string_view value) {
    out += ',';
    append_json_string(out, name);
    out += ':';
    append_json_string(out, value);
}

void scores_json(std::string& out, const instrument& inst, const std::string& lang) {
    out += ",\"scores\":[";
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        const auto& def = inst.scores[s];
        out += s ? ",{\"id\":" : "{\"id\":";
        append_json_string(out, def.id);
        field(out, "label", detail::in_language(def.label, lang));
        out += ",\"items\":[";
        for (std::size_t i = 0; i < def.items.size(); ++i)
            out += (i ? ",{\"item\":" : "{\"item\":") + std::to_string(def.items[i].number) +
                   ",\"reverse\":" + (def.items[i].reverse ? "true}" : "false}");
        out += "],\"inputs\":[";
        for (std::size_t i = 0; i < def.inputs.size(); ++i) {
            out += i ? ",{\"score\":" : "{\"score\":";
            append_json_string(out, def.inputs[i].score);
            out += ",\"weight\":";
            append_json_number(out, def.inputs[i].weight);
            out += '}';
        }
        out += "]";
        field(out, "aggregate", def.aggregate == aggregation::mean ? "mean" : "sum");
        out += ",\"min_answered\":" + std::to_string(def.min_answered);
        field(out, "min_answered_basis", def.min_answered_basis);
        field(out, "bands_basis", def.bands_basis);
        out += ",\"bands\":[";
        for (std::size_t b = 0; b < def.bands.size(); ++b) {
            out += b ? ",{\"from\":" : "{\"from\":";
            append_json_number(out, def.bands[b].from);
            out += ",\"to\":";
            append_json_number(out, def.bands[b].to);
            field(out, "label", detail::in_language(def.bands[b].label, lang));
            out += '}';
        }
        out += "]}";
    }
    out += ']';
}

void categories_json(std::string& out, const instrument& inst, const std::string& lang) {
    constexpr const char* methods[] = {"highest", "linear", "quadrants"};
    out += ",\"categories\":[";
    for (std::size_t c = 0; c < inst.categories.size(); ++c) {
        const auto& rule = inst.categories[c];
        out += c ? ",{\"id\":" : "{\"id\":";
        append_json_string(out, rule.id);
        field(out, "label", detail::in_language(rule.label, lang));
        field(out, "method", methods[static_cast<int>(rule.method)]);
        field(out, "option", rule.option);
        field(out, "basis", rule.basis);
        out += '}';
    }
    out += ']';
}

void item_order_json(std::string& out, const instrument& inst) {
    out += ",\"item_order\":{\"id\":";
    append_json_string(out, inst.item_order);
    field(out, "description", inst.item_order_description);
    out += ",\"others\":[";
    for (std::size_t o = 0; o < inst.other_orders.size(); ++o) {
        const auto& order = inst.other_orders[o];
        out += o ? ",{\"id\":" : "{\"id\":";
        append_json_string(out, order.id);
        field(out, "description", text_in_language(order.description, "en"));
        field(out, "source", order.source);
        const auto list = [&](std::string_view name, const std::vector<int>& numbers) {
            out += ",\"";
            out += name;
            out += "\":[";
            for (std::size_t p = 0; p < numbers.size(); ++p)
                out += (p ? "," : "") + std::to_string(numbers[p]);
            out += ']';
        };
        if (!order.by_position()) {
            list("positions", order.positions);
        } else {
            out += ",\"scales\":{";
            bool first = true;
            for (const auto& [id, positions] : order.scales) {
                out += first ? "" : ",";
                first = false;
                append_json_string(out, id);
                out += ':';
                out += '[';
                for (std::size_t p = 0; p < positions.size(); ++p)
                    out += (p ? "," : "") + std::to_string(positions[p]);
                out += ']';
            }
            out += '}';
            list("reversed", order.reversed);
        }
        out += '}';
    }
    out += "]}";
}

}  // namespace

std::string to_json(const instrument& inst, const std::string& language) {
    std::string out = "{\"id\":";
    append_json_string(out, inst.id);
    field(out, "name", inst.name);
    field(out, "version", inst.version);
    out += ",\"citation\":{\"authors\":";
    append_json_string(out, inst.cite.authors);
    out += ",\"year\":" + std::to_string(inst.cite.year);
    field(out, "title", inst.cite.title);
    field(out, "source", inst.cite.source);
    field(out, "doi", inst.cite.doi);
    out += "},\"scale\":{\"min\":" + std::to_string(inst.scale.min) +
           ",\"max\":" + std::to_string(inst.scale.max) + "}";
    out += ",\"items\":" + std::to_string(inst.items.size());
    item_order_json(out, inst);
    scores_json(out, inst, language);
    categories_json(out, inst, language);
    if (inst.profile) field(out, "profile_basis", inst.profile->basis);
    field(out, "disclaimer", detail::in_language(inst.disclaimer, language));
    out += "}\n";
    return out;
}

}  // namespace attachscore
