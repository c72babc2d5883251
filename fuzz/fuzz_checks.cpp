// libFuzzer target: the whole-table checks through every door that runs them. The bytes are read
// both as a CSV export (table_reader keeping its findings, compute_statistics stopping on them)
// and as answers held in memory (answer_checks and the C API's checks and batch call), and every
// finding is worded in English and Spanish. Must never crash, hang or leak.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "attachscore/attachscore.h"
#include "attachscore/attachscore.hpp"

namespace {

// Each byte an answer: 0–9 as given, 250–255 blank, the rest spread around the scale.
std::vector<double> answers_of(const std::uint8_t* data, std::size_t size, std::size_t width) {
    std::vector<double> out(size / width * width);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto b = data[i];
        out[i] = b >= 250 ? std::numeric_limits<double>::quiet_NaN()
                 : b < 10 ? b
                          : (b % 23) / 2.0 - 2;
    }
    return out;
}

void word_all(const std::vector<attachscore::finding>& findings,
              const attachscore::instrument& inst) {
    for (const auto& f : findings)
        for (const char* language : {"en", "es"})
            (void)attachscore::finding_text(f, inst, language, attachscore::plain_option_words());
}

void through_the_c_api(const std::vector<double>& answers, std::size_t rows) {
    static attachscore_instrument* inst = [] {
        attachscore_instrument* i = nullptr;
        (void)attachscore_instrument_open_builtin("ecr-r", &i, nullptr);
        return i;
    }();
    attachscore_checks* checks = nullptr;
    if (attachscore_checks_new(inst, nullptr, &checks) != ATTACHSCORE_OK) return;
    (void)attachscore_checks_add(checks, answers.data(), rows);
    const std::size_t n = attachscore_checks_evaluate(checks);
    for (std::size_t i = 0; i <= n; ++i)
        (void)attachscore_finding_text(checks, i, nullptr);
    attachscore_checks_free(checks);
    std::vector<double> values(rows * 2);
    std::vector<int> bands(rows * 2), problems(rows);
    (void)attachscore_score_batch(inst, answers.data(), rows, values.data(), nullptr, nullptr,
                                  bands.data(), problems.data(), nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto cat = attachscore::catalogue::builtin();
    static const auto& ecr_r = *cat.find("ecr-r");
    static const attachscore::scorer sc(ecr_r);
    const std::string text(reinterpret_cast<const char*>(data), size);
    attachscore::table_options options;
    options.missing_codes = {"NA"};
    options.hints_by = size > 0 && data[0] % 2 ? "site" : "";
    {
        std::istringstream in(text);
        auto reader = attachscore::table_reader::open(ecr_r, in, options,
                                                      attachscore::table_checks_mode::report);
        if (reader) {
            const auto f = reader.value().findings();
            word_all({f.begin(), f.end()}, ecr_r);
            while (reader.value().next()) {
            }
        }
    }
    {
        std::istringstream in(text);
        (void)attachscore::compute_statistics(ecr_r, in, options);
    }
    const auto answers = answers_of(data, size, sc.answer_count());
    const std::size_t rows = answers.size() / sc.answer_count();
    attachscore::answer_checks checks(sc);
    checks.add(answers, rows);
    word_all(checks.findings(), ecr_r);
    through_the_c_api(answers, rows);
    return 0;
}
