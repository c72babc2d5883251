#include "output_writer.hpp"

#include "number_format.hpp"

namespace attachscore::detail {
namespace {

void append_csv_field(std::string& out, std::string_view text) {
    const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

// JSON strings must be valid UTF-8: bytes that are not (say, Latin-1 text) become U+FFFD.
void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
            ++i;
        } else if (c == '\n') {
            out += "\\n";
            ++i;
        } else if (c == '\r') {
            out += "\\r";
            ++i;
        } else if (c == '\t') {
            out += "\\t";
            ++i;
        } else if (c < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
            ++i;
        } else if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
        } else {
            const std::size_t len = c >= 0xF0 && c < 0xF5   ? 4
                                    : c >= 0xE0             ? 3
                                    : c >= 0xC2 && c < 0xE0 ? 2
                                                            : 0;
            bool ok = len != 0 && i + len <= text.size();
            for (std::size_t k = 1; ok && k < len; ++k)
                ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
            if (ok) {
                out.append(text.substr(i, len));
                i += len;
            } else {
                out += "\\ufffd";
                ++i;
            }
        }
    }
    out += '"';
}

std::string scale_text(const response_scale& s) {
    return std::to_string(s.min) + "-" + std::to_string(s.max);
}

const choice_option* chosen_option(const scorer& sc, const scored_row& r, std::size_t k) {
    const int option = r.result->choices()[k];
    if (option < 0) return nullptr;
    return &sc.slot_item(sc.choice_slots()[k]).options[static_cast<std::size_t>(option)];
}

class csv_writer final : public output_writer {
  public:
    csv_writer(std::ostream& out, const scorer& sc, std::string id_name)
        : out_(out), sc_(sc), inst_(sc.definition()), id_name_(std::move(id_name)) {}

    void begin() override {
        line_.clear();
        if (!id_name_.empty()) {
            append_csv_field(line_, id_name_);
            line_ += ',';
        }
        for (const auto& s : inst_.scores)
            line_ += s.id + ',' + s.id + "_answered,";
        for (auto slot : sc_.choice_slots())
            line_ += choice_column(inst_, slot) + ',';
        for (const auto& c : inst_.categories)
            line_ += c.id + ',';
        if (sc_.scale_overridden()) line_ += "administered_scale,";
        line_ += "status\n";
        out_ << line_;
    }

    void row(const scored_row& r) override {
        line_.clear();
        if (!id_name_.empty()) {
            append_csv_field(line_, r.id);
            line_ += ',';
        }
        for (const auto& v : r.result->scores()) {
            if (v.status == score_status::valid) append_number(line_, v.value);
            line_ += ',';
            line_ += std::to_string(v.answered);
            line_ += ',';
        }
        for (std::size_t k = 0; k < sc_.choice_slots().size(); ++k) {
            if (const auto* opt = chosen_option(sc_, r, k)) line_ += opt->category;
            line_ += ',';
        }
        for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
            line_ += category_text(r.result->categories()[c], inst_.categories[c]);
            line_ += ',';
        }
        if (sc_.scale_overridden()) line_ += scale_text(sc_.scale()) + ',';
        append_csv_field(line_, r.status);
        line_ += '\n';
        out_ << line_;
    }

    void end() override { out_.flush(); }

  private:
    std::ostream& out_;
    const scorer& sc_;
    const instrument& inst_;
    std::string id_name_;
    std::string line_;
};

// JSON Lines (one object per row) and JSON (one document holding all rows) share the row form.
class json_writer final : public output_writer {
  public:
    json_writer(std::ostream& out, const scorer& sc, bool has_id, std::string language, bool lines)
        : out_(out),
          sc_(sc),
          inst_(sc.definition()),
          has_id_(has_id),
          language_(std::move(language)),
          lines_(lines) {
        auto it = inst_.disclaimer.find(language_);
        disclaimer_ = it != inst_.disclaimer.end() ? it->second : std::string();
    }

    void begin() override {
        if (lines_) return;
        text_.clear();
        text_ += "{\"instrument\":{\"id\":";
        append_json_string(text_, inst_.id);
        text_ += ",\"name\":";
        append_json_string(text_, inst_.name);
        text_ += ",\"version\":";
        append_json_string(text_, inst_.version);
        text_ += ",\"scale\":{\"min\":" + std::to_string(inst_.scale.min) +
                 ",\"max\":" + std::to_string(inst_.scale.max) + "}";
        if (sc_.scale_overridden())
            text_ += ",\"administered_scale\":{\"min\":" + std::to_string(sc_.scale().min) +
                     ",\"max\":" + std::to_string(sc_.scale().max) + "}";
        text_ += "},\"disclaimer\":";
        append_json_string(text_, disclaimer_);
        text_ += ",\"respondents\":[";
        out_ << text_;
    }

    void row(const scored_row& r) override {
        text_.clear();
        if (!lines_ && rows_ > 0) text_ += ',';
        text_ += lines_ ? "{" : "\n{";
        text_ += "\"line\":" + std::to_string(r.line);
        if (has_id_) {
            text_ += ",\"id\":";
            append_json_string(text_, r.id);
        }
        text_ += ",\"status\":";
        append_json_string(text_, r.status);
        text_ += ",\"scores\":{";
        for (std::size_t i = 0; i < r.result->scores().size(); ++i) {
            const auto& def = inst_.scores[i];
            const auto& v = r.result->scores()[i];
            if (i) text_ += ',';
            append_json_string(text_, def.id);
            text_ += ":{\"value\":";
            const band* b = nullptr;
            if (v.status == score_status::valid) {
                append_number(text_, v.value);
                // Bands are defined on the published scale; another scale makes them meaningless.
                if (!sc_.scale_overridden()) b = find_band(def, v.value);
            } else {
                text_ += "null";
            }
            text_ += ",\"answered\":" + std::to_string(v.answered) +
                     ",\"of\":" + std::to_string(def.parts());
            text_ += ",\"valid\":";
            text_ += v.status == score_status::valid ? "true" : "false";
            text_ += ",\"band\":";
            if (b) {
                append_json_string(text_, b->label.at(language_));
                text_ += ",\"interpretation\":";
                append_json_string(text_, b->text.at(language_));
            } else {
                text_ += "null,\"interpretation\":null";
            }
            text_ += '}';
        }
        text_ += '}';
        if (!sc_.choice_slots().empty()) {
            text_ += ",\"choices\":{";
            for (std::size_t k = 0; k < sc_.choice_slots().size(); ++k) {
                if (k) text_ += ',';
                append_json_string(text_, choice_column(inst_, sc_.choice_slots()[k]));
                text_ += ':';
                if (const auto* opt = chosen_option(sc_, r, k))
                    append_json_string(text_, opt->category);
                else
                    text_ += "null";
            }
            text_ += '}';
        }
        if (!inst_.categories.empty()) {
            text_ += ",\"categories\":{";
            for (std::size_t c = 0; c < inst_.categories.size(); ++c) {
                const auto& rule = inst_.categories[c];
                const auto& v = r.result->categories()[c];
                if (c) text_ += ',';
                append_json_string(text_, rule.id);
                text_ += ":{\"value\":";
                if (v.valid)
                    append_json_string(text_, category_text(v, rule));
                else
                    text_ += "null";
                text_ += ",\"tie\":";
                text_ += v.valid && v.tied != 0 ? "true" : "false";
                text_ += ",\"settled_by\":";
                if (v.settled_by_choice)
                    append_json_string(text_, rule.tie_break);
                else
                    text_ += "null";
                text_ += ",\"method\":";
                append_json_string(text_, rule.basis);
                text_ += '}';
            }
            text_ += '}';
        }
        if (lines_) {
            text_ += ",\"disclaimer\":";
            append_json_string(text_, disclaimer_);
        }
        text_ += lines_ ? "}\n" : "}";
        out_ << text_;
        ++rows_;
    }

    void end() override {
        if (!lines_) out_ << "\n]}\n";
        out_.flush();
    }

  private:
    std::ostream& out_;
    const scorer& sc_;
    const instrument& inst_;
    bool has_id_;
    std::string language_;
    bool lines_;
    std::string disclaimer_;
    std::string text_;
    std::size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<output_writer> make_writer(output_format format, std::ostream& out,
                                           const scorer& sc, std::string id_name,
                                           std::string language) {
    switch (format) {
        case output_format::csv:
            return std::make_unique<csv_writer>(out, sc, std::move(id_name));
        case output_format::jsonl:
            return std::make_unique<json_writer>(out, sc, !id_name.empty(), std::move(language),
                                                 true);
        case output_format::json:
            return std::make_unique<json_writer>(out, sc, !id_name.empty(), std::move(language),
                                                 false);
    }
    return nullptr;
}

std::string choice_column(const instrument& inst, std::size_t slot) {
    const item& it = inst.items[slot % inst.items.size()];
    if (inst.targets.empty()) return it.id;
    return inst.targets[slot / inst.items.size()].id + "_" + it.id;
}

}  // namespace attachscore::detail
