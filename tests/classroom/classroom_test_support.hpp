// What the class session's tests share: requests as the server would pass them, the answers
// of a class, the token of the board's form, scratch files.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "attachscore/attachscore.hpp"
#include "attachscore/classroom.hpp"
#include "classroom/form_data.hpp"

namespace classroom_test {

using attachscore::http_request;
using attachscore::classroom::parse_form;

inline const attachscore::instrument& ecr_s() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-s");
}

inline http_request request(std::string method, std::string target, std::string type,
                            std::string cookie, std::string body, std::string client = "10.0.0.1") {
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

inline http_request post(std::string target, std::string body, std::string cookie = "",
                         std::string client = "10.0.0.1") {
    return request("POST", std::move(target), "application/x-www-form-urlencoded",
                   std::move(cookie), std::move(body), std::move(client));
}

inline http_request get(std::string target, std::string cookie = "") {
    return request("GET", std::move(target), "", std::move(cookie), "");
}

// The token the board's buttons send back.
inline std::string form_key(const std::string& board) {
    std::smatch m;
    REQUIRE(std::regex_search(board, m, std::regex("name=\"form\" value=\"([0-9a-f]{32})\"")));
    return m[1];
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string answers(const std::string& code, int first = 4) {
    std::string body = "code=" + code;
    for (int q = 1; q <= 12; ++q)
        body += "&q" + std::to_string(q) + "=" + std::to_string((first + q) % 7 + 1);
    return body;
}

inline std::string header(const attachscore::http_response& r, const std::string& name) {
    for (const auto& [n, v] : r.headers)
        if (n == name) return v;
    return {};
}

inline std::filesystem::path scratch(const std::string& name) {
    auto p = std::filesystem::temp_directory_path() / ("attachscore-classroom-" + name);
    std::filesystem::remove(p);
    return p;
}

}  // namespace classroom_test
