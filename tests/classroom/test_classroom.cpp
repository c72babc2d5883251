// The class session without a network: forms read strictly, every page's rules, the save file,
// and submissions from several threads at once (test_classroom_rooms.cpp: a real room's cases).
#include <set>
#include <thread>

#include "classroom_test_support.hpp"

using namespace classroom_test;

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
