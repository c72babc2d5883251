// SPSS output: numbers stay numbers, every score gets a variable label, categories become codes
// with value labels; read back through ReadStat.
#include <readstat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "test_helpers.hpp"

namespace {

struct labels_seen {
    std::map<std::string, std::string> variable;             ///< name → label
    std::map<std::string, std::map<int, std::string>> sets;  ///< label set → code → label
};

int on_variable(int, readstat_variable_t* v, const char*, void* ctx) {
    auto& seen = *static_cast<labels_seen*>(ctx);
    const char* label = readstat_variable_get_label(v);
    seen.variable[readstat_variable_get_name(v)] = label ? label : "";
    return READSTAT_HANDLER_OK;
}

int on_value_label(const char* set, readstat_value_t value, const char* label, void* ctx) {
    auto& seen = *static_cast<labels_seen*>(ctx);
    seen.sets[set][static_cast<int>(readstat_double_value(value))] = label;
    return READSTAT_HANDLER_OK;
}

}  // namespace

TEST_CASE("an SPSS file of ECR scores reads back with its numbers and labels") {
    const auto cat = attachscore::catalogue::builtin();
    const auto& ecr = *cat.find("ecr");
    std::istringstream in(
        "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12,Q13,Q14,Q15,Q16,Q17,Q18,Q19,Q20,Q21,Q22,Q23,Q24,"
        "Q25,Q26,Q27,Q28,Q29,Q30,Q31,Q32,Q33,Q34,Q35,Q36\n"
        "low,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n"
        "high,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7\n");
    std::stringstream table;
    attachscore::table_options options;
    options.id_column = "id";
    options.scoring.administered_scale = attachscore::scale_bounds{1, 7};  // two rows: no check
    auto scored = attachscore::score_table(ecr, in, table, options);
    REQUIRE(scored.ok());
    std::ostringstream sav;
    const attachscore::instrument* insts[] = {&ecr};
    attachscore::sav_options sav_options;
    sav_options.columns = scored.value().columns;
    REQUIRE(attachscore::write_sav(insts, table, sav, sav_options).empty());

    const auto path = std::filesystem::temp_directory_path() / "attachscore-test.sav";
    std::ofstream(path, std::ios::binary) << sav.str();
    auto back = attachscore::read_stat_file(path);
    REQUIRE_MESSAGE(back.ok(), test::listing(back.errors()));
    // Hand values: all 1 → anxiety 24/18, avoidance 4, Brennan dismissing; all 7 → 120/18, 4,
    // preoccupied.
    const auto& cells = back.value();
    REQUIRE(cells.rows() == 2);
    const auto joined = [](std::string_view text, std::span<const std::uint32_t> ends) {
        std::string line;
        std::size_t begin = 0;
        for (const auto end : ends) {
            line += (begin ? "," : "") + std::string(text.substr(begin, end - begin));
            begin = end;
        }
        return line;
    };
    std::string header;
    for (const auto& name : cells.header())
        header += (header.empty() ? "" : ",") + name;
    const std::string low = joined(cells.row_text(0), cells.row_ends(0));
    const std::string high = joined(cells.row_text(1), cells.row_ends(1));
    CHECK(header.rfind("id,anxiety,anxiety_answered,anxiety_band,avoidance,", 0) == 0);
    // Bands are codes: 1 = the lower third, 3 = the upper third (the score's band order).
    CHECK(low.rfind("low,1.3333333333333333,18,1,4,18,2,", 0) == 0);
    CHECK(high.rfind("high,6.666666666666667,18,3,4,18,2,", 0) == 0);

    labels_seen seen;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_variable_handler(parser, on_variable);
    readstat_set_value_label_handler(parser, on_value_label);
    REQUIRE(readstat_parse_sav(parser, path.string().c_str(), &seen) == READSTAT_OK);
    readstat_parser_free(parser);
    std::filesystem::remove(path);
    CHECK(seen.variable["anxiety"] == "ECR Attachment anxiety (mean, 1–7)");
    CHECK(seen.variable["anxiety_answered"] == "ECR Attachment anxiety: items answered");
    CHECK(seen.variable["category"] == "ECR Brennan et al. (1998) classification functions");
    CHECK(seen.variable["status"] == "ECR scoring status (ok, or why not)");
    // Codes in the order of ecr.json's functions, whatever the data hold: secure = 1, fearful =
    // 2, preoccupied = 3, dismissing = 4 (only dismissing and preoccupied occur here).
    const std::map<int, std::string> brennan{
        {1, "secure"}, {2, "fearful"}, {3, "preoccupied"}, {4, "dismissing"}};
    const std::map<int, std::string> bands{{1, "Lower third of the scale"},
                                           {2, "Middle third of the scale"},
                                           {3, "Upper third of the scale"}};
    const std::map<int, std::string> yes_no{{0, "no"}, {1, "yes"}};
    std::vector<std::map<int, std::string>> sets;
    for (const auto& [name, codes] : seen.sets)
        sets.push_back(codes);
    CHECK(std::count(sets.begin(), sets.end(), brennan) == 1);
    CHECK(std::count(sets.begin(), sets.end(), bands) == 2);  // anxiety and avoidance
    CHECK(std::count(sets.begin(), sets.end(), yes_no) == 1);
}
