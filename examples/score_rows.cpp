// Reads a survey export row by row and scores it in the application, without CSV output: the
// row reader, a scorer the caller drives, and the report for one respondent.
//     example_score_rows [FILE.csv|FILE.sav]   (default: examples/ecr-r-sample.csv)
#include <attachscore/attachscore.hpp>

#include <iostream>

int main(int argc, char** argv) {
    const auto instruments = attachscore::catalogue::builtin();
    const auto& ecr_r = *instruments.find("ecr-r");
    attachscore::table_options options;
    options.id_column = "id";
    auto reader = attachscore::table_reader::open_file(
        ecr_r, argc > 1 ? argv[1] : EXAMPLES_DIR "/ecr-r-sample.csv", options);
    if (!reader) {
        for (const auto& problem : reader.errors())
            std::cerr << attachscore::to_string(problem) << "\n";
        return 2;
    }
    // Immutable: one scorer may serve every thread. options.scoring carries an administered scale
    // or reversed columns, when the export needs them.
    const attachscore::scorer scorer(ecr_r, options.scoring);
    auto scores = scorer.make_result();  // one per thread, reused for every row
    std::size_t rows = 0;
    while (const auto* row = reader.value().next()) {
        scorer.score(row->answers, scores, row->unreadable);
        if (++rows == 1)  // the first respondent's report, disclaimer included
            std::cout << attachscore::render_report(scorer, scores, {.id = std::string(row->id)});
        // An application would store row->id and scores.scores() here.
    }
    if (!reader.value().error().empty()) {
        std::cerr << attachscore::to_string(reader.value().error().front()) << "\n";
        return 2;
    }
    std::cout << rows << " respondents scored\n";
}
