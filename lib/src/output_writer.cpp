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

class csv_writer final : public output_writer {
  public:
    csv_writer(std::ostream& out, const instrument& inst, std::string id_name)
        : out_(out), inst_(inst), id_name_(std::move(id_name)) {}

    void begin() override {
        line_.clear();
        if (!id_name_.empty()) {
            append_csv_field(line_, id_name_);
            line_ += ',';
        }
        for (const auto& s : inst_.scores)
            line_ += s.id + ',' + s.id + "_answered,";
        line_ += "status\n";
        out_ << line_;
    }

    void row(const scored_row& r) override {
        line_.clear();
        if (!id_name_.empty()) {
            append_csv_field(line_, r.id);
            line_ += ',';
        }
        for (const auto& v : r.scores) {
            if (v.status == score_status::valid) append_number(line_, v.value);
            line_ += ',';
            line_ += std::to_string(v.answered);
            line_ += ',';
        }
        append_csv_field(line_, r.status);
        line_ += '\n';
        out_ << line_;
    }

    void end() override { out_.flush(); }

  private:
    std::ostream& out_;
    const instrument& inst_;
    std::string id_name_;
    std::string line_;
};

// JSON Lines (one object per row) and JSON (one document holding all rows) share the row form.
class json_writer final : public output_writer {
  public:
    json_writer(std::ostream& out, const instrument& inst, bool has_id, std::string language,
                bool lines)
        : out_(out), inst_(inst), has_id_(has_id), language_(std::move(language)), lines_(lines) {
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
                 ",\"max\":" + std::to_string(inst_.scale.max) + "}},\"disclaimer\":";
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
        for (std::size_t i = 0; i < r.scores.size(); ++i) {
            const auto& def = inst_.scores[i];
            const auto& v = r.scores[i];
            if (i) text_ += ',';
            append_json_string(text_, def.id);
            text_ += ":{\"value\":";
            const band* b = nullptr;
            if (v.status == score_status::valid) {
                append_number(text_, v.value);
                b = find_band(def, v.value);
            } else {
                text_ += "null";
            }
            text_ += ",\"answered\":" + std::to_string(v.answered) +
                     ",\"items\":" + std::to_string(def.items.size());
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
                                           const instrument& inst, std::string id_name,
                                           std::string language) {
    switch (format) {
        case output_format::csv:
            return std::make_unique<csv_writer>(out, inst, std::move(id_name));
        case output_format::jsonl:
            return std::make_unique<json_writer>(out, inst, !id_name.empty(), std::move(language),
                                                 true);
        case output_format::json:
            return std::make_unique<json_writer>(out, inst, !id_name.empty(), std::move(language),
                                                 false);
    }
    return nullptr;
}

}  // namespace attachscore::detail
