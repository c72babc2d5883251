// The built-in instruments and the catalogue that holds them with the user's own files.
#include <filesystem>
#include <fstream>

#include "test_helpers.hpp"

namespace fs = std::filesystem;

namespace {
std::vector<int> numbers(const std::vector<attachscore::keyed_item>& items) {
    std::vector<int> out;
    for (const auto& k : items)
        out.push_back(k.number);
    return out;
}
}  // namespace

TEST_CASE("every file in instruments/ is valid and built in") {
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(ATTACHSCORE_INSTRUMENTS_DIR)) {
        if (entry.path().extension() != ".json") continue;
        ++files;
        auto r = attachscore::load_instrument_file(entry.path());
        CHECK_MESSAGE(r.ok(), entry.path().string() << "\n" << test::listing(r.errors()));
    }
    const auto cat = attachscore::catalogue::builtin();
    CHECK(cat.instruments().size() == files);
    for (const auto& inst : cat.instruments())
        CHECK(inst.origin == "built-in");
}

TEST_CASE("the ECR-R is built in with the published key") {
    const auto cat = attachscore::catalogue::builtin();
    const auto* inst = cat.find("ecr-r");
    REQUIRE(inst != nullptr);
    CHECK(inst->scale.min == 1);
    CHECK(inst->scale.max == 7);
    REQUIRE(inst->items.size() == 36);
    std::vector<int> reversed;
    for (const auto& it : inst->items)
        if (it.reverse) reversed.push_back(it.number);
    CHECK(reversed == std::vector<int>{9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36});
    const auto* anxiety = inst->find_score("anxiety");
    const auto* avoidance = inst->find_score("avoidance");
    REQUIRE(anxiety != nullptr);
    REQUIRE(avoidance != nullptr);
    CHECK(numbers(anxiety->items) ==
          std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18});
    CHECK(numbers(avoidance->items) ==
          std::vector<int>{19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36});
    CHECK(anxiety->aggregate == attachscore::aggregation::mean);
    CHECK(inst->cite.year == 2000);
    CHECK(inst->cite.doi == "10.1037/0022-3514.78.2.350");
    CHECK_FALSE(inst->disclaimer.at("en").empty());
}

TEST_CASE("a user file cannot take an id that is already used") {
    auto cat = attachscore::catalogue::builtin();
    auto again = attachscore::parse_instrument(test::with("\"id\": \"tiny\"", "\"id\": \"ecr-r\""),
                                               "mine.json");
    REQUIRE(again.ok());
    auto problems = cat.add(std::move(again).value());
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message ==
          "instrument id \"ecr-r\" is already taken by a built-in instrument; give this file its "
          "own id.");
    CHECK(problems.front().where.file == "mine.json");
}

TEST_CASE("a folder of instruments adds its valid files and reports the broken ones") {
    const fs::path dir = fs::temp_directory_path() / "attachscore-test-instruments";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "tiny.json") << test::small_instrument;
    std::ofstream(dir / "broken.json") << "{ \"id\": ";
    std::ofstream(dir / "notes.txt") << "not an instrument";
    attachscore::catalogue cat;
    auto problems = cat.add_directory(dir);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().where.file == (dir / "broken.json").string());
    CHECK(cat.find("tiny") != nullptr);
    CHECK(cat.instruments().size() == 1);
    fs::remove_all(dir);

    auto missing = cat.add_directory(dir);
    REQUIRE(missing.size() == 1);
    CHECK(missing.front().message == "this instruments folder does not exist or is not a folder.");
}
