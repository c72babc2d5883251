// The checks before scoring, already reversed keys, and the pieces of reading exports that came
// with them: decimal commas, encodings, held rows of a stream, "did you mean".
#include <algorithm>
#include <cmath>
#include <sstream>
#include <streambuf>

#include "analysis/correlation.hpp"
#include "common/text_util.hpp"
#include "input/answer_cells.hpp"
#include "input/row_source.hpp"
#include "output/writer_support.hpp"
#include "test_helpers.hpp"

namespace {

using attachscore::catalogue;

// A stream that cannot seek, as a pipe: score_table must hold its first part and replay it.
class pipe_buffer : public std::streambuf {
  public:
    explicit pipe_buffer(std::string text) : text_(std::move(text)) {
        setg(text_.data(), text_.data(), text_.data() + text_.size());
    }

  protected:
    pos_type seekoff(off_type, std::ios_base::seekdir, std::ios_base::openmode) override {
        return pos_type(off_type(-1));
    }
    pos_type seekpos(pos_type, std::ios_base::openmode) override { return pos_type(off_type(-1)); }

  private:
    std::string text_;
};

// n ECR-R respondents whose answers go round 1..top (no latent structure: only the range matters).
std::string ecr_r_rows(int n, int top) {
    std::string out = "id";
    for (int i = 1; i <= 36; ++i)
        out += ",Q" + std::to_string(i);
    out += '\n';
    for (int r = 0; r < n; ++r) {
        out += "r" + std::to_string(r);
        for (int i = 0; i < 36; ++i)
            out += "," + std::to_string(1 + (r + i * 7) % top);
        out += '\n';
    }
    return out;
}

}  // namespace

TEST_CASE("the rule for 'runs against': r below -0.10 with a 95 % interval that excludes 0") {
    attachscore::detail::pair_sums strong, weak, few;
    for (int i = 0; i < 200; ++i) {
        const double x = i % 7;
        strong.add(x, 6 - x + (i % 3));  // r close to −0.9
    }
    for (int i = 0; i < 40; ++i)
        few.add(i % 5, 4 - i % 5);    // perfect, but n = 40 is enough
    for (int i = 0; i < 1000; ++i) {  // 52 % of pairs against, 48 % with: r = −0.04
        const double x = i % 7;
        weak.add(x, i % 25 < 13 ? 6 - x : x);
    }
    CHECK(strong.r() < -0.8);
    CHECK(attachscore::detail::clearly_against(strong));
    CHECK(attachscore::detail::clearly_against(few));
    CHECK(weak.r() > -0.10);
    CHECK_FALSE(attachscore::detail::clearly_against(weak));
    attachscore::detail::pair_sums tiny;
    for (int i = 0; i < 10; ++i)
        tiny.add(i, -i);  // r = −1 but only 10 rows
    CHECK_FALSE(attachscore::detail::clearly_against(tiny));
    // Fisher's z by hand: r = −0.2, n = 100 → atanh = −0.2027, + 1.96 / √97 = −0.0037 → −0.0037.
    CHECK(attachscore::detail::upper_95(-0.2, 100) == doctest::Approx(-0.00372).epsilon(0.01));
}

TEST_CASE(
    "already reversed items are taken as they are, and turned back where a score uses them "
    "unreversed") {
    const auto inst = attachscore::parse_instrument(test::small_instrument, "tiny.json");
    REQUIRE(inst.ok());
    CHECK(attachscore::reverse_keyed_items(inst.value()) == std::vector<int>{2});
    attachscore::scoring_options options;
    options.already_reversed = {2};
    const attachscore::scorer sc(inst.value(), options);
    CHECK(sc.already_reversed(2));
    CHECK_FALSE(sc.already_reversed(1));
    // Item 2 answered 5 in a column already reversed: "a" takes 5 as is, so a = (1 + 5) / 2 = 3.
    const auto r = sc.score(std::vector<double>{1, 5, 2, 3});
    CHECK(r.scores()[0].value == 3);
    // Without the option the scorer reverses it: (1 + (6 − 5)) / 2 = 1.
    const attachscore::scorer plain(inst.value());
    CHECK(plain.score(std::vector<double>{1, 5, 2, 3}).scores()[0].value == 1);
    attachscore::scoring_options unknown;
    unknown.already_reversed = {7};
    CHECK_THROWS_AS(attachscore::scorer(inst.value(), unknown), std::invalid_argument);
}

TEST_CASE("a stream is checked on its first part, which is then replayed in full") {
    const auto cat = catalogue::builtin();
    const auto& ecr_r = *cat.find("ecr-r");
    pipe_buffer buffer(ecr_r_rows(150, 5));
    std::istream in(&buffer);
    std::ostringstream out;
    attachscore::table_options options;
    options.id_column = "id";
    options.check_bytes = 400;  // about four rows: too few respondents to stop
    auto scored = attachscore::score_table(ecr_r, in, out, options);
    REQUIRE_MESSAGE(scored.ok(), test::listing(scored.errors()));
    CHECK(scored.value().rows == 150);
    // Every row came out once, in order, the held ones included.
    const std::string text = out.str();
    CHECK(std::count(text.begin(), text.end(), '\n') == 151);
    CHECK(text.find("\nr0,") != std::string::npos);
    CHECK(text.find("\nr149,") != std::string::npos);
    // What the whole stream showed, after its first part was written, is said as a hint.
    const auto& hints = scored.value().hints;
    CHECK(std::any_of(hints.begin(), hints.end(), [](const std::string& h) {
        return h.find("every answer lies within 1–5 (150 respondents") == 0;
    }));

    pipe_buffer again(ecr_r_rows(150, 5));
    std::istream whole(&again);
    std::ostringstream nothing;
    options.check_bytes = std::size_t{1} << 20;
    auto stopped = attachscore::score_table(ecr_r, whole, nothing, options);
    REQUIRE_FALSE(stopped.ok());
    const auto& stop = stopped.errors().front();
    CHECK(stop.code == attachscore::finding_code::another_scale);
    // Without the caller's words for its options the library names them in its own.
    CHECK(stop.message.find("score with the administered scale 1-5") != std::string::npos);
    CHECK(stop.message.find("--") == std::string::npos);
    CHECK(nothing.str().empty());
}

TEST_CASE("decimal commas: one comma between digits, nothing else") {
    double v = 0;
    CHECK(attachscore::detail::parse_decimal_comma("3,5", v));
    CHECK(v == 3.5);
    CHECK(attachscore::detail::parse_decimal_comma("-0,25", v));
    CHECK(v == -0.25);
    for (const char* bad : {"3,", ",5", "1,000,5", "1.0,5", "a,b", "3;5", "35"})
        CHECK_FALSE(attachscore::detail::parse_decimal_comma(bad, v));
}

TEST_CASE("Latin-1 and Windows-1252 text becomes UTF-8; invalid UTF-8 is recognised") {
    using attachscore::text_encoding;
    using attachscore::detail::to_utf8;
    using attachscore::detail::valid_utf8;
    CHECK(to_utf8("Malm\xf6", text_encoding::latin1) == "Malmö");
    CHECK(to_utf8("\x80 5", text_encoding::windows1252) == "€ 5");
    CHECK(to_utf8("\x80", text_encoding::latin1) == "\xc2\x80");  // a C1 control in Latin-1
    CHECK(valid_utf8("Malmö São Paulo €"));
    CHECK_FALSE(valid_utf8("Malm\xf6"));
    CHECK_FALSE(valid_utf8("\xc0\xaf"));      // overlong
    CHECK_FALSE(valid_utf8("\xed\xa0\x80"));  // a surrogate
    CHECK_FALSE(valid_utf8("\xe2\x82"));      // cut short
}

TEST_CASE("a row source converts the encoding once, also for rows it holds and replays") {
    std::istringstream in("id,city\na,Malm\xf6\nb,S\xe3o\n");
    attachscore::detail::row_source rows(in, 0, "t.csv", attachscore::text_encoding::latin1);
    REQUIRE(rows.open().empty());
    REQUIRE(rows.next());
    CHECK(rows.field(1) == "Malmö");
    CHECK(rows.hold(1 << 20));
    rows.replay();
    REQUIRE(rows.next());
    CHECK(rows.field(1) == "Malmö");  // not converted twice
    REQUIRE(rows.next());
    CHECK(rows.field(1) == "São");
    CHECK(rows.line() == 3);
    CHECK_FALSE(rows.next());
}

TEST_CASE("did you mean: the closest candidate within two edits, or nothing") {
    CHECK(attachscore::did_you_mean("ecr-q", {"ecr", "ecr-r", "rq"}) == "ecr-r");
    CHECK(attachscore::did_you_mean("ECR-S", {"ecr-s", "ecr-r"}) == "ecr-s");
    CHECK(attachscore::did_you_mean("--colums", {"--columns", "--missing"}) == "--columns");
    CHECK(attachscore::did_you_mean("xyz", {"ecr", "rq"}).empty());
    CHECK(attachscore::did_you_mean("rq", {"rsq"}).empty());  // 1 edit of 2 letters: too far
}

TEST_CASE("instrument ids are found ignoring case") {
    const auto cat = catalogue::builtin();
    REQUIRE(cat.find("ECR-R") != nullptr);
    CHECK(cat.find("ECR-R")->id == "ecr-r");
    CHECK(cat.find("ecr-x") == nullptr);
}

TEST_CASE("SPSS conversion refuses text that is not UTF-8 and values a coded column lacks") {
    const auto cat = catalogue::builtin();
    const attachscore::instrument* insts[] = {cat.find("ecr")};
    using attachscore::column_role;
    std::ostringstream sav;
    attachscore::sav_options options;
    options.columns = {{"id", column_role::id}, {"anxiety", column_role::score, 0}};
    std::stringstream latin("id,anxiety\nMalm\xf6,2\n");
    auto problems = attachscore::write_sav(insts, latin, sav, options);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message.find("not UTF-8") != std::string::npos);
    options.columns = {{"id", column_role::id}, {"category", column_role::category, 0}};
    std::stringstream unknown("id,category\na,hopeful\n");
    problems = attachscore::write_sav(insts, unknown, sav, options);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message.find("\"hopeful\" has no code") == 0);
    options.columns = {{"anxiety", column_role::score, 0}};
    std::stringstream text("anxiety\nhigh\n");
    problems = attachscore::write_sav(insts, text, sav, options);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message == "\"high\" is not a number.");
    std::stringstream empty;
    CHECK(attachscore::write_sav(insts, empty, sav, options).front().message ==
          "there is nothing to write.");
    // A table that is not the one described: said, not written with the wrong labels.
    std::stringstream other("id,avoidance\na,2\n");
    options.columns = {{"id", column_role::id}, {"anxiety", column_role::score, 0}};
    problems = attachscore::write_sav(insts, other, sav, options);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message ==
          "the table's column \"avoidance\" is \"anxiety\" in its description. Give write_sav "
          "the table_summary::columns of the run that wrote the table (or joined_columns for "
          "several instruments).");
    options.columns.pop_back();
    std::stringstream wider("id,anxiety\na,2\n");
    problems = attachscore::write_sav(insts, wider, sav, options);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message.rfind("the table has 2 columns and its description 1.", 0) == 0);
}

TEST_CASE("a recode file needs its header, and the template lists words to fill in") {
    const auto dir = std::string(ATTACHSCORE_TEST_DATA);
    auto missing = attachscore::load_recode_file(dir + "/recode-no-header.csv");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors().front().message.find("the first line must be the header answer,value") ==
          0);
    CHECK(attachscore::recode_template({{"Agree a bit", 3}, {"No, never", 1}}) ==
          "answer,value\nAgree a bit,\n\"No, never\",\n");
}

TEST_CASE("JSON text is strict UTF-8 and JSON numbers are finite") {
    std::string out;
    attachscore::detail::append_json_string(out,
                                            "ok \xc0\xaf \xed\xa0\x80 \xf5\x80\x80\x80 é \x1b");
    CHECK(out ==
          "\"ok \\ufffd\\ufffd \\ufffd\\ufffd\\ufffd \\ufffd\\ufffd\\ufffd\\ufffd é \\u001b\"");
    out.clear();
    attachscore::detail::append_json_number(out, 1.0 / 0.0);
    out += ',';
    attachscore::detail::append_json_number(out, std::nan(""));
    out += ',';
    attachscore::detail::append_json_number(out, 2.5);
    CHECK(out == "null,null,2.5");
}

TEST_CASE("text shown on a terminal has its control characters escaped") {
    CHECK(attachscore::printable("a\x1b]0;x\x07"
                                 "b") == "a\\x1b]0;x\\x07b");
    CHECK(attachscore::printable("\xc2\x9b"
                                 "2J") == "\\x9b2J");  // a C1 control (CSI)
    CHECK(attachscore::printable("Malmö \\ ok") == "Malmö \\ ok");
}
