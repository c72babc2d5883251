// The readable report for people as text: the report's blocks (report_model) wrapped to the width
// asked for (80 columns unless the terminal says otherwise), one respondent after another.
#include <algorithm>

#include "attachscore/interpret.hpp"
#include "output/output_writer.hpp"
#include "output/report_model.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

class report_writer final : public output_writer {
  public:
    report_writer(std::ostream& out, output_context ctx)
        : out_(out), ctx_(std::move(ctx)), width_(ctx_.width) {}

    void begin() override {}

    void row(const scored_row& r) override {
        const report_model m = build_report(ctx_, r);
        std::string t = wrap(m.title, 0) + "\n" + m.who + "\n";
        for (const auto& notice : m.notices)
            t += wrap(notice, 0) + "\n";
        for (const auto& b : m.blocks) {
            t += "\n";
            for (std::size_t h = 0; h < b.heads.size(); ++h)
                t += (h ? "\n" : "") + wrap(b.heads[h], 0);
            t += "\n";
            for (const auto& p : b.paragraphs)
                t += "  " + wrap(p, 2) + "\n";
        }
        out_ << t;
    }
    [[nodiscard]] std::string separator() const override {
        return "\n" + std::string(std::min<std::size_t>(width_, 60), '-') + "\n\n";
    }

    void end() override { out_.flush(); }

  private:
    [[nodiscard]] std::string wrap(const std::string& text, std::size_t indent) const {
        return wrap_text(text, indent, width_);
    }

    std::ostream& out_;
    output_context ctx_;
    std::size_t width_;
};

}  // namespace

std::unique_ptr<output_writer> make_report_writer(std::ostream& out, output_context context) {
    return std::make_unique<report_writer>(out, std::move(context));
}

}  // namespace attachscore::detail
