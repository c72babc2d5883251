// The class session in a real room: the save file kept from the start and on restart, one
// answer per device, limits per address, the teacher's buttons only from the board, the join
// screen, the summary, and the host the pages are asked for.
#include "classroom_test_support.hpp"

using namespace classroom_test;

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
    const auto stale =
        session.handle(post("/board", "form=" + std::string(32, '0') + "&action=hide", cookie));
    CHECK(stale.status == 403);
    CHECK(stale.body.find("This board page is out of date") != std::string::npos);
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
    for (int k = 0; k < 4; ++k)
        REQUIRE(session.handle(post("/answers", answers(session.code(), k))).status == 303);
    // Like the board, the summary waits for five answers: fewer could be picked out.
    const auto early = session.handle(get("/board/summary", cookie));
    CHECK(early.body.find("The class summary appears once at least 5 students have answered") !=
          std::string::npos);
    CHECK(early.body.find("<circle") == std::string::npos);
    for (int k = 4; k < 6; ++k)
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
