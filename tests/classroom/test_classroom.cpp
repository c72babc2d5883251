// The class session without a network: forms read strictly, every page's rules, the save file,
// and submissions from several threads at once.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <thread>

#include "attachscore/attachscore.hpp"
#include "attachscore/classroom.hpp"
#include "classroom/form_data.hpp"

namespace {

using attachscore::http_request;
using attachscore::classroom::parse_form;

const attachscore::instrument& ecr_s() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-s");
}

http_request request(std::string method, std::string target, std::string type, std::string cookie,
                     std::string body, std::string client = "10.0.0.1") {
    http_request r;
    r.method = std::move(method);
    r.target = std::move(target);
    r.content_type = std::move(type);
    r.cookie = std::move(cookie);
    r.body = std::move(body);
    r.client = std::move(client);
    r.host = "127.0.0.1:8080";
    return r;
}

http_request post(std::string target, std::string body, std::string cookie = "",
                  std::string client = "10.0.0.1") {
    return request("POST", std::move(target), "application/x-www-form-urlencoded",
                   std::move(cookie), std::move(body), std::move(client));
}

http_request get(std::string target, std::string cookie = "") {
    return request("GET", std::move(target), "", std::move(cookie), "");
}

// The token the board's buttons send back.
std::string form_key(const std::string& board) {
    std::smatch m;
    REQUIRE(std::regex_search(board, m, std::regex("name=\"form\" value=\"([0-9a-f]{32})\"")));
    return m[1];
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string answers(const std::string& code, int first = 4) {
    std::string body = "code=" + code;
    for (int q = 1; q <= 12; ++q)
        body += "&q" + std::to_string(q) + "=" + std::to_string((first + q) % 7 + 1);
    return body;
}

std::string header(const attachscore::http_response& r, const std::string& name) {
    for (const auto& [n, v] : r.headers)
        if (n == name) return v;
    return {};
}

std::filesystem::path scratch(const std::string& name) {
    auto p = std::filesystem::temp_directory_path() / ("attachscore-classroom-" + name);
    std::filesystem::remove(p);
    return p;
}

}  // namespace

TEST_CASE("a form is read strictly") {
    const auto ok = parse_form("a=1&b=x+y%21&c=%C3%A9&d=");
    REQUIRE(ok.ok());
    CHECK(*ok.get("b") == "x y!");
    CHECK(*ok.get("c") == "é");
    CHECK(ok.get("d")->empty());
    CHECK_FALSE(ok.get("e").has_value());
    CHECK(parse_form("a=%zz").problem == "a field that is not written as a form writes it");
    CHECK(parse_form("a=%2").problem == "a field that is not written as a form writes it");
    CHECK(parse_form("a=1&a=2").problem == "the field \"a\" twice");
    CHECK(parse_form("a=1&").problem == "an empty field");
    CHECK(parse_form("=1").problem == "a field that is not written as a form writes it");
    CHECK(parse_form("a=%FF").problem == "text that is not UTF-8");
    CHECK(parse_form("a=%C0%AF").problem == "text that is not UTF-8");     // overlong
    CHECK(parse_form("a=%ED%A0%80").problem == "text that is not UTF-8");  // a surrogate
    CHECK(parse_form("a=%01").problem == "text that is not UTF-8");
    CHECK(parse_form("a=1&b=2&c=3", 2).problem == "more than 2 fields");
}

TEST_CASE("a student answers, sees their own result, and is saved") {
    const auto save = scratch("save.csv");
    attachscore::class_options options;
    options.save = save;
    attachscore::class_session session(ecr_s(), options);
    CHECK(std::regex_match(session.code(), std::regex("[2-9A-HJKMNP-Z]{6}")));
    CHECK(std::regex_match(session.teacher_key(), std::regex("[0-9a-f]{32}")));
    const auto form = session.handle(get("/?code=" + session.code()));
    CHECK(form.status == 200);
    CHECK(form.body.find("value=\"" + session.code() + "\"") != std::string::npos);
    const auto sent = session.handle(post("/answers", answers(session.code())));
    REQUIRE(sent.status == 303);
    const auto link = header(sent, "Location");
    CHECK(std::regex_match(link, std::regex("/result/[0-9a-f]{32}")));
    // Answers (4+q) mod 7 + 1 for q = 1…12: 6 7 1 2 3 4 5 6 7 1 2 3. ECR-S anxiety = items 2, 4,
    // 6, 8R, 10, 12 = 7 2 4 (8−6) 1 3 → 19/6 = 3.17; avoidance = 1R, 3, 5R, 7, 9R, 11 =
    // (8−6) 1 (8−3) 5 (8−7) 2 → 16/6 = 2.67.
    const auto result = session.handle(get(link));
    CHECK(result.status == 200);
    CHECK(result.body.find("Attachment anxiety: 3.17") != std::string::npos);
    CHECK(result.body.find("Attachment avoidance: 2.67") != std::string::npos);
    CHECK(session.handle(get("/result/" + std::string(32, '0'))).status == 404);
    std::ifstream in(save);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(all == "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\nweb-0001,6,7,1,2,3,4,5,6,7,1,2,3\n");
    CHECK((std::filesystem::status(save).permissions() & std::filesystem::perms::others_read) ==
          std::filesystem::perms::none);
    std::filesystem::remove(save);
}

TEST_CASE("incomplete, invalid and wrong-code answers come back with what was given") {
    attachscore::class_session session(ecr_s(), {});
    const auto missing = session.handle(post("/answers", "code=" + session.code() + "&q1=3&q2=8"));
    CHECK(missing.status == 422);
    CHECK(
        missing.body.find("10 questions still need an answer: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.") !=
        std::string::npos);
    CHECK(missing.body.find("The answer to question 2 is not one of its options.") !=
          std::string::npos);
    CHECK(missing.body.find("value=\"3\" checked") != std::string::npos);
    const auto wrong = session.handle(post("/answers", answers("<b>x</b>")));
    CHECK(wrong.status == 403);
    CHECK(wrong.body.find("value=\"&lt;B&gt;X&lt;/B&gt;\"") != std::string::npos);
    CHECK(wrong.body.find("<B>") == std::string::npos);
    std::string eleven = "code=" + session.code();
    for (int q = 1; q <= 11; ++q)
        eleven += "&q" + std::to_string(q) + "=4";
    CHECK(session.handle(post("/answers", eleven))
              .body.find("1 question still needs an answer: 12. Your other answers are kept.") !=
          std::string::npos);
    const auto empty = session.handle(post("/answers", "code="));
    CHECK(empty.body.find("Type the class code shown on the board.") != std::string::npos);
    CHECK(empty.body.find("Your other answers are kept") == std::string::npos);
    CHECK(session.handle(post("/answers", "code=A&name=Ann")).status == 400);
    CHECK(session.handle(request("POST", "/answers", "text/plain", "", "code=A")).status == 415);
    CHECK(session.handle(request("DELETE", "/", "", "", "")).status == 405);
    CHECK(session.handle(get("/etc/passwd")).status == 404);
    CHECK(session.submissions() == 0);
}

TEST_CASE("the board: the teacher's key, no points before five, hide and close") {
    attachscore::class_session session(ecr_s(), {});
    CHECK(session.handle(get("/board")).status == 403);
    CHECK(session.handle(get("/board?key=" + std::string(32, 'a'))).status == 403);
    const auto in = session.handle(get("/board?key=" + session.teacher_key()));
    REQUIRE(in.status == 303);
    const std::string cookie = "board=" + session.teacher_key();
    CHECK(header(in, "Set-Cookie") == cookie + "; Path=/board; HttpOnly; SameSite=Strict");
    for (int k = 0; k < 4; ++k)
        REQUIRE(session.handle(post("/answers", answers(session.code(), k))).status == 303);
    auto board = session.handle(get("/board", cookie));
    CHECK(board.body.find("4 answers so far") != std::string::npos);
    CHECK(board.body.find("<circle") == std::string::npos);
    REQUIRE(session.handle(post("/answers", answers(session.code(), 5))).status == 303);
    board = session.handle(get("/board", cookie));
    CHECK(board.body.find("5 answers so far") != std::string::npos);
    CHECK(
        std::regex_search(board.body, std::regex("(<circle [^>]*><title></title></circle>\n){5}")));
    CHECK(board.body.find("The corner names are a plain-language guide to where answers sit "
                          "(lines at 4.00 and 4.00), not types or diagnoses") != std::string::npos);
    CHECK(board.body.find("<p class=\"disclaimer\">These results describe tendencies") !=
          std::string::npos);
    CHECK(session.handle(get("/board/state")).status == 403);
    CHECK(session.handle(get("/board/state", cookie)).body == "5 shown open");
    CHECK(board.body.find("data-state=\"5 shown open\"") != std::string::npos);
    const std::string token = "form=" + form_key(board.body) + "&";
    CHECK(session.handle(post("/board", token + "action=hide")).status == 403);  // no key
    CHECK(session.handle(post("/board", token + "action=hide", cookie)).status == 303);
    CHECK(session.handle(get("/board", cookie)).body.find("<circle") == std::string::npos);
    CHECK(session.handle(post("/board", token + "action=close", cookie)).status == 303);
    const auto closed = session.handle(post("/answers", answers(session.code())));
    CHECK(closed.status == 403);
    CHECK(closed.body.find("This class no longer takes answers.") != std::string::npos);
    CHECK(session.handle(post("/board", token + "action=explode", cookie)).status == 400);
    CHECK(session.handle(get("/")).body.find("This class no longer takes answers. Answers sent "
                                             "now are not recorded.") != std::string::npos);
}

TEST_CASE("in Spanish, and refusals when the session is set up") {
    attachscore::class_options es;
    es.language = "es";
    attachscore::class_session session(ecr_s(), es);
    const auto form = session.handle(get("/"));
    CHECK(form.body.find("<html lang=\"es\">") != std::string::npos);
    CHECK(form.body.find("Enviar mis respuestas") != std::string::npos);
    CHECK(form.body.find("Send my") == std::string::npos);
    attachscore::class_options fr;
    fr.language = "fr";
    CHECK_THROWS_WITH_AS(attachscore::class_session(ecr_s(), fr), "ECR-S has no language \"fr\"",
                         std::invalid_argument);
    const auto other = scratch("other.csv");
    std::ofstream(other) << "name,age\n";
    attachscore::class_options save;
    save.save = other;
    CHECK_THROWS_AS(attachscore::class_session(ecr_s(), save), std::runtime_error);
    std::filesystem::remove(other);
}

TEST_CASE("submissions from several threads: none lost, none twice") {
    const auto save = scratch("threads.csv");
    attachscore::class_options options;
    options.save = save;
    options.burst_per_address = 1000;  // one client address here
    attachscore::class_session session(ecr_s(), options);
    std::vector<std::thread> threads;
    std::vector<std::vector<std::string>> links(4);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int k = 0; k < 50; ++k) {
                const auto r = session.handle(post("/answers", answers(session.code(), k % 7)));
                links[static_cast<std::size_t>(t)].push_back(r.status == 303 ? header(r, "Location")
                                                                             : "");
                (void)session.handle(get("/board", "board=" + session.teacher_key()));
            }
        });
    for (auto& t : threads)
        t.join();
    std::set<std::string> distinct;
    for (const auto& l : links)
        distinct.insert(l.begin(), l.end());
    CHECK(distinct.size() == 200);
    CHECK(distinct.count("") == 0);
    CHECK(session.submissions() == 200);
    std::ifstream in(save);
    std::set<std::string> ids;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line))
        ids.insert(line.substr(0, line.find(',')));
    CHECK(ids.size() == 200);
    std::filesystem::remove(save);
}

TEST_CASE("a save file is checked at the start, and a restart goes on from it") {
    attachscore::class_options options;
    options.save = std::filesystem::temp_directory_path() / "attachscore-no-such-dir" / "x.csv";
    CHECK_THROWS_WITH_AS(attachscore::class_session(ecr_s(), options),
                         doctest::Contains("cannot create"), std::runtime_error);
    for (const char* device : {"/dev/zero", "/dev/full", "/tmp"}) {
        options.save = device;
        CHECK_THROWS_WITH_AS(attachscore::class_session(ecr_s(), options),
                             doctest::Contains("is not a regular file"), std::runtime_error);
    }
    // A header as score reads it (byte-order mark, CRLF, other case), a last line without its
    // newline, and an id that is not web-NNNN.
    const auto save = scratch("restart.csv");
    std::ofstream(save, std::ios::binary)
        << "\xEF\xBB\xBFID,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12\r\n"
        << "web-0002,1,2,3,4,5,6,7,1,2,3,4,5\r\nanna,4,4,4,4,4,4,4,4,4,4,4,4";
    options.save = save;
    {
        attachscore::class_session session(ecr_s(), options);
        CHECK(session.submissions() == 2);
        const std::string cookie = "board=" + session.teacher_key();
        REQUIRE(session.handle(post("/answers", answers(session.code()))).status == 303);
        CHECK(session.submissions() == 3);
        CHECK(session.handle(get("/board", cookie)).body.find("3 answers so far") !=
              std::string::npos);
        CHECK(read_file(save).find("4,4,4,4\nweb-0003,6,7,1,2,3,4,5,6,7,1,2,3\n") !=
              std::string::npos);
    }
    // A header-only file without its newline.
    std::ofstream(save, std::ios::binary) << "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12";
    attachscore::class_session again(ecr_s(), options);
    REQUIRE(again.handle(post("/answers", answers(again.code()))).status == 303);
    CHECK(read_file(save) ==
          "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\nweb-0001,6,7,1,2,3,4,5,6,7,1,2,3\n");
    std::filesystem::remove(save);
}

TEST_CASE("one answer per device, which it can change, and the save file follows") {
    const auto save = scratch("device.csv");
    attachscore::class_options options;
    options.save = save;
    attachscore::class_session session(ecr_s(), options);
    const auto form = session.handle(get("/"));
    std::smatch m;
    const auto set = header(form, "Set-Cookie");
    REQUIRE(std::regex_match(set, m,
                             std::regex("(device=[0-9a-f]{32}); Path=/; HttpOnly; "
                                        "SameSite=Lax; Max-Age=43200")));
    const std::string device = m[1];
    CHECK(header(session.handle(get("/", device)), "Set-Cookie").empty());
    const auto first = session.handle(post("/answers", answers(session.code(), 4), device));
    const auto second = session.handle(post("/answers", answers(session.code(), 0), device));
    REQUIRE(first.status == 303);
    REQUIRE(second.status == 303);
    CHECK(header(second, "Location") == header(first, "Location") + "?changed=1");
    CHECK(session.submissions() == 1);
    CHECK(read_file(save) ==
          "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\nweb-0001,2,3,4,5,6,7,1,2,3,4,5,6\n");
    const auto page = session.handle(get(header(second, "Location")));
    CHECK(
        page.body.find("This browser had already sent answers: these replace the earlier ones.") !=
        std::string::npos);
    CHECK(page.body.find("Saved as web-0001.") != std::string::npos);
    // Another device is another student.
    REQUIRE(
        session.handle(post("/answers", answers(session.code()), "device=" + std::string(32, 'b')))
            .status == 303);
    CHECK(session.submissions() == 2);
    std::filesystem::remove(save);
}

TEST_CASE("answers per address are limited, and the teacher can remove the last one") {
    const auto save = scratch("limit.csv");
    attachscore::class_options options;
    options.save = save;
    options.burst_per_address = 3;
    options.per_address_per_second = 0;
    attachscore::class_session session(ecr_s(), options);
    for (int k = 0; k < 3; ++k)
        REQUIRE(session.handle(post("/answers", answers(session.code(), k))).status == 303);
    const auto flood = session.handle(post("/answers", answers(session.code(), 3)));
    CHECK(flood.status == 429);
    CHECK(header(flood, "Retry-After") == "60");
    CHECK(flood.body.find("Many answers came from your network") != std::string::npos);
    CHECK(flood.body.find("value=\"4\" checked") != std::string::npos);  // the answers kept
    CHECK(session.handle(post("/answers", answers(session.code(), 3), "", "10.0.0.2")).status ==
          303);
    CHECK(session.submissions() == 4);
    const std::string cookie = "board=" + session.teacher_key();
    const auto board = session.handle(get("/board", cookie)).body;
    CHECK(board.find("Remove the last answer (web-0004)") != std::string::npos);
    CHECK(board.find(session.teacher_key()) == std::string::npos);
    const std::string remove = "form=" + form_key(board) + "&last=web-0004&action=remove";
    CHECK(session.handle(post("/board", remove, cookie)).status == 303);
    CHECK(session.submissions() == 3);
    CHECK(session.handle(post("/board", remove, cookie)).status == 303);  // pressed twice
    CHECK(session.submissions() == 3);
    CHECK(read_file(save).find("web-0004") == std::string::npos);
    CHECK(read_file(save).find("web-0003") != std::string::npos);
    std::filesystem::remove(save);
}

TEST_CASE("the teacher's buttons and the answers only from the session's own pages") {
    attachscore::class_session session(ecr_s(), {});
    const std::string cookie = "board=" + session.teacher_key();
    const std::string token = form_key(session.handle(get("/board", cookie)).body);
    CHECK(session.handle(post("/board", "action=hide", cookie)).status == 403);
    CHECK(session.handle(post("/board", "form=" + std::string(32, '0') + "&action=hide", cookie))
              .status == 403);
    auto other_port = post("/board", "form=" + token + "&action=hide", cookie);
    other_port.origin = "http://127.0.0.1:9999";
    const auto refused = session.handle(other_port);
    CHECK(refused.status == 403);
    CHECK(refused.body.find("pressed on another page") != std::string::npos);
    auto cross = post("/board", "form=" + token + "&action=hide", cookie);
    cross.fetch_site = "same-site";
    CHECK(session.handle(cross).status == 403);
    auto own = post("/board", "form=" + token + "&action=hide", cookie);
    own.origin = "http://127.0.0.1:8080";
    own.fetch_site = "same-origin";
    CHECK(session.handle(own).status == 303);
    auto answer = post("/answers", answers(session.code()));
    answer.origin = "http://evil.example";
    const auto elsewhere = session.handle(answer);
    CHECK(elsewhere.status == 403);
    CHECK(elsewhere.body.find("<h1>Not sent</h1>\n<p>These answers came from another page or "
                              "site, so they were not taken.") != std::string::npos);
    CHECK(session.submissions() == 0);
}

TEST_CASE("answers exactly as the buttons send them, and every page carries the framing") {
    attachscore::class_session session(ecr_s(), {});
    for (const char* typed : {"4.0", "04", "%204", "4%20", "+4"}) {
        std::string body = "code=" + session.code() + "&q1=" + typed;
        for (int q = 2; q <= 12; ++q)
            body += "&q" + std::to_string(q) + "=4";
        const auto sent = session.handle(post("/answers", body));
        CHECK(sent.status == 422);
        CHECK(sent.body.find("The answer to question 1 is not one of its options.") !=
              std::string::npos);
    }
    CHECK(parse_form("a=%F5%80%80%80").problem == "text that is not UTF-8");
    CHECK(parse_form("a=%FF%80%80%80").problem == "text that is not UTF-8");
    const std::string framing = "<p class=\"framing foot\">These results describe tendencies";
    CHECK(session.handle(get("/")).body.find(framing) != std::string::npos);
    CHECK(session.handle(get("/nowhere")).body.find(framing) != std::string::npos);
    CHECK(session.handle(get("/board")).body.find(framing) != std::string::npos);
    CHECK(session.submissions() == 0);
}

TEST_CASE("the board shows how to join but never the key, and a one-page class summary") {
    attachscore::class_options options;
    options.join_address = "http://192.168.1.20:8080/";
    attachscore::class_session session(ecr_s(), options);
    const std::string cookie = "board=" + session.teacher_key();
    for (int k = 0; k < 6; ++k)
        REQUIRE(session.handle(post("/answers", answers(session.code(), k))).status == 303);
    const auto board = session.handle(get("/board", cookie)).body;
    CHECK(board.find("<svg class=\"qr\"") != std::string::npos);
    CHECK(board.find("<p class=\"address\">http://192.168.1.20:8080/</p>") != std::string::npos);
    CHECK(board.find("Class code: " + session.code()) != std::string::npos);
    CHECK(board.find(session.teacher_key()) == std::string::npos);
    CHECK(session.handle(get("/board/summary")).status == 403);
    const auto summary = session.handle(get("/board/summary", cookie));
    REQUIRE(summary.status == 200);
    CHECK(summary.body.find("results of 6 respondents") != std::string::npos);
    CHECK(summary.body.find("<circle") != std::string::npos);
    CHECK(summary.body.find("class=\"card\"") == std::string::npos);
    CHECK(summary.body.find("These results describe tendencies") != std::string::npos);
}

TEST_CASE("a save file is one session's: a second one is refused, and a link stays a link") {
    const auto save = scratch("locked.csv");
    attachscore::class_options options;
    options.save = save;
    attachscore::class_session first(ecr_s(), options);
    CHECK_THROWS_WITH_AS(attachscore::class_session(ecr_s(), options),
                         doctest::Contains("is in use by another attachscore session"),
                         std::runtime_error);
    const auto link = scratch("link.csv");
    const auto real = scratch("real.csv");
    std::filesystem::create_symlink(real, link);
    std::filesystem::permissions(real.parent_path(), std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add);
    options.save = link;
    attachscore::class_session linked(ecr_s(), options);
    std::filesystem::permissions(real, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read);
    const std::string device = "device=" + std::string(32, 'c');
    REQUIRE(linked.handle(post("/answers", answers(linked.code(), 1), device)).status == 303);
    REQUIRE(linked.handle(post("/answers", answers(linked.code(), 2), device)).status == 303);
    CHECK(std::filesystem::is_symlink(link));  // the changed answer went to the file it names
    CHECK(read_file(real).find("web-0001,4,5,6,7,1,2,3,4,5,6,7,1\n") != std::string::npos);
    CHECK((std::filesystem::status(real).permissions() & std::filesystem::perms::group_read) ==
          std::filesystem::perms::group_read);  // its permissions kept
    // Another cookie of the same name (planted from another port) does not lock the teacher out.
    CHECK(linked.handle(get("/board", "board=x; board=" + linked.teacher_key())).status == 200);
    std::filesystem::remove(link);
    std::filesystem::remove(real);
    std::filesystem::remove(save);
}

TEST_CASE("pages only for this computer's address: a name pointed at it elsewhere is refused") {
    attachscore::class_session session(ecr_s(), {});
    for (const char* host : {"127.0.0.1:8080", "192.168.1.20:8080", "[::1]:8080", "localhost:8080",
                             "laptop.local:8080", ""}) {
        auto r = get("/");
        r.host = host;
        CHECK_MESSAGE(session.handle(r).status == 200, host);
    }
    for (const char* host : {"evil.example:8080", "evil.example", "127.0.0.1.evil.example"}) {
        auto r = post("/answers", answers(session.code()));
        r.host = host;
        CHECK_MESSAGE(session.handle(r).status == 421, host);
    }
    CHECK(session.submissions() == 0);
}
