// Microbenchmarks of the library's stages: opening instruments, scoring one respondent, and a
// whole table (read, score, write) from memory to memory.
#include <benchmark/benchmark.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "attachscore/attachscore.h"
#include "attachscore/attachscore.hpp"

namespace {

const attachscore::instrument& ecr_r() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-r");
}

// Answers on the 1–7 scale with 2 % blanks, the same every run.
std::vector<std::vector<double>> sample_answers(std::size_t respondents, std::size_t items) {
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> answer(1, 7);
    std::uniform_real_distribution<double> u;
    std::vector<std::vector<double>> out(respondents, std::vector<double>(items));
    for (auto& row : out)
        for (auto& a : row)
            a = u(rng) < 0.02 ? attachscore::missing : answer(rng);
    return out;
}

std::string sample_csv(std::size_t rows) {
    const auto answers = sample_answers(rows, 36);
    std::string csv = "id";
    for (int i = 1; i <= 36; ++i)
        csv += ",Q" + std::to_string(i);
    csv += '\n';
    for (std::size_t r = 0; r < rows; ++r) {
        csv += 'r' + std::to_string(r);
        for (double a : answers[r]) {
            csv += ',';
            if (a == a) csv += static_cast<char>('0' + static_cast<int>(a));
        }
        csv += '\n';
    }
    return csv;
}

void open_builtin_catalogue(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(attachscore::catalogue::builtin());
}
BENCHMARK(open_builtin_catalogue)->Unit(benchmark::kMillisecond);

void open_builtin_instrument(benchmark::State& state) {
    for (auto _ : state) {
        auto cat = attachscore::catalogue::builtin();
        benchmark::DoNotOptimize(cat.find("ecr-r"));
    }
}
BENCHMARK(open_builtin_instrument)->Unit(benchmark::kMicrosecond);

void compile_scorer(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(attachscore::scorer(ecr_r()));
}
BENCHMARK(compile_scorer)->Unit(benchmark::kMicrosecond);

// One 36-item ECR-R respondent: two means, reverse keys, the validity rules, no allocation.
void score_one_respondent(benchmark::State& state) {
    const attachscore::scorer sc(ecr_r());
    const auto answers = sample_answers(1024, sc.answer_count());
    auto result = sc.make_result();
    std::size_t i = 0;
    for (auto _ : state) {
        sc.score(answers[i++ & 1023], result);
        benchmark::DoNotOptimize(result.scores().data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(score_one_respondent);

// The same through the C API, reading both scores back as a C caller would.
void score_one_respondent_c(benchmark::State& state) {
    attachscore_instrument* inst = nullptr;
    if (attachscore_instrument_open_builtin("ecr-r", &inst, nullptr) != ATTACHSCORE_OK) {
        state.SkipWithError("ecr-r did not open");
        return;
    }
    const auto answers = sample_answers(1024, attachscore_answer_count(inst));
    attachscore_result* result = attachscore_result_new(inst);
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& a = answers[i++ & 1023];
        attachscore_score(inst, a.data(), a.size(), result);
        benchmark::DoNotOptimize(attachscore_result_value(result, 0) +
                                 attachscore_result_value(result, 1));
    }
    state.SetItemsProcessed(state.iterations());
    attachscore_result_free(result);
    attachscore_instrument_free(inst);
}
BENCHMARK(score_one_respondent_c);

// A whole table in memory: CSV read, every row checked, scored and written as CSV.
void score_table_csv(benchmark::State& state) {
    const auto csv = sample_csv(static_cast<std::size_t>(state.range(0)));
    attachscore::table_options options;
    options.id_column = "id";
    for (auto _ : state) {
        std::istringstream in(csv);
        std::ostringstream out;
        auto summary = attachscore::score_table(ecr_r(), in, out, options);
        if (!summary) state.SkipWithError("the table could not be scored");
        benchmark::DoNotOptimize(out.str().size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(csv.size()));
}
BENCHMARK(score_table_csv)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
