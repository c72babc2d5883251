// The CSV reader: RFC 4180 quoting, line endings, byte-order mark, and where records start.
#include <sstream>

#include "input/csv_reader.hpp"
#include "test_helpers.hpp"

using attachscore::detail::csv_reader;

namespace {

std::vector<std::vector<std::string>> read_all(const std::string& text,
                                               std::vector<std::size_t>* lines = nullptr) {
    std::istringstream in(text);
    csv_reader reader(in);
    std::vector<std::vector<std::string>> rows;
    for (;;) {
        const auto st = reader.next();
        REQUIRE(st != csv_reader::status::error);
        if (st == csv_reader::status::end) break;
        std::vector<std::string> row;
        for (std::size_t i = 0; i < reader.field_count(); ++i)
            row.emplace_back(reader.field(i));
        rows.push_back(row);
        if (lines) lines->push_back(reader.line());
    }
    return rows;
}

using rows_t = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("plain fields, LF and CRLF") {
    CHECK(read_all("a,b\n1,2\n") == rows_t{{"a", "b"}, {"1", "2"}});
    CHECK(read_all("a,b\r\n1,2\r\n") == rows_t{{"a", "b"}, {"1", "2"}});
    CHECK(read_all("a,b\n1,2") == rows_t{{"a", "b"}, {"1", "2"}});    // no final line break
    CHECK(read_all("a,b\r1,2\r") == rows_t{{"a", "b"}, {"1", "2"}});  // old Mac line ends
}

TEST_CASE("empty fields are kept, blank lines are skipped") {
    CHECK(read_all("a,b,c\n,,\n1,,3\n") == rows_t{{"a", "b", "c"}, {"", "", ""}, {"1", "", "3"}});
    std::vector<std::size_t> lines;
    CHECK(read_all("a,b\n\n1,2\n   \n\n3,4\n\n", &lines) ==
          rows_t{{"a", "b"}, {"1", "2"}, {"3", "4"}});
    CHECK(lines == std::vector<std::size_t>{1, 3, 6});
}

TEST_CASE("quoted fields hold delimiters, quotes and line breaks") {
    std::vector<std::size_t> lines;
    const auto rows = read_all("id,note,x\n\"7\",\"a, \"\"b\"\"\nc\",1\nnext,\"\",2\n", &lines);
    CHECK(rows == rows_t{{"id", "note", "x"}, {"7", "a, \"b\"\nc", "1"}, {"next", "", "2"}});
    CHECK(lines == std::vector<std::size_t>{1, 2, 4});  // the quoted line break counts
}

TEST_CASE("a UTF-8 byte-order mark is not part of the first name") {
    CHECK(read_all("\xEF\xBB\xBFid,Q1\n1,2\n") == rows_t{{"id", "Q1"}, {"1", "2"}});
    CHECK(read_all("\xC3\xA9t\xC3\xA9,b\n") == rows_t{{"\xC3\xA9t\xC3\xA9", "b"}});
}

TEST_CASE("an unclosed quote is an error naming where it opened") {
    std::istringstream in("a,b\n1,2\n3,\"open\n4,5\n");
    csv_reader reader(in);
    CHECK(reader.next() == csv_reader::status::record);
    CHECK(reader.next() == csv_reader::status::record);
    CHECK(reader.next() == csv_reader::status::error);
    CHECK(reader.error_line() == 3);
    CHECK(reader.error_message() ==
          "a quoted field that starts on line 3 is never closed; the rest of the file would be "
          "read as one value");
    CHECK(reader.next() == csv_reader::status::error);
}

TEST_CASE("records longer than the read buffer") {
    std::string big =
        "a,b\n" + std::string(200000, 'x') + ",\"" + std::string(100000, 'y') + "\"\n1,2\n";
    const auto rows = read_all(big);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][0].size() == 200000);
    CHECK(rows[1][1].size() == 100000);
    CHECK(rows[2] == std::vector<std::string>{"1", "2"});
}

TEST_CASE("an empty input has no records") {
    CHECK(read_all("").empty());
    CHECK(read_all("\n\n").empty());
}
