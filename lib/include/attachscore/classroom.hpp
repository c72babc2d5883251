/// @file classroom.hpp
/// @brief A live class session in the browser: students answer a questionnaire on their phones
/// and each sees their own result; the class sees itself on the anxiety × avoidance plane. The
/// session (every page, every rule) is independent of the network; class_server serves it over
/// HTTP with Boost.Beast. Separate library: attachscore::classroom.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "attachscore/findings.hpp"
#include "attachscore/instrument.hpp"

namespace attachscore {

struct class_options {
    std::string language = "en";  ///< of every page: one of instrument::languages
    /// Each submission is appended here (answers_csv_header's columns, as take --save writes
    /// them); empty: answers live in memory only. The file is opened when the session starts (see
    /// answers_file): a file with rows already goes on from them (their ids, the count, the
    /// board), and a file that cannot be kept stops the session there and then.
    std::filesystem::path save;
    std::size_t min_points = 5;  ///< the board shows points only from this many submissions on
    std::size_t max_submissions = 5000;
    /// New answers from one client address: this many at once, then `per_address_per_second`
    /// (a class behind one router shares an address: 120 cover a class sending all at once).
    std::size_t burst_per_address = 120;
    double per_address_per_second = 1;
    /// What students open, e.g. "http://192.168.1.20:8080/": the board shows it as text, and as
    /// a QR code that also carries the class code; never the teacher's key. Empty: not shown
    /// (see class_session::join_at).
    std::string join_address;
    /// Told of a problem the teacher must hear of now (answers can no longer be saved), on the
    /// thread that met it.
    std::function<void(const std::string&)> on_problem;
};

/// A request as the session needs it: the server has already bounded its size.
struct http_request {
    std::string method;        ///< "GET", "POST", …
    std::string target;        ///< path and query, e.g. "/board?key=…"
    std::string content_type;  ///< of the body
    std::string cookie;        ///< the Cookie header
    std::string body;
    std::string client;      ///< the client's address (answers per address are limited)
    std::string origin;      ///< the Origin header, when sent
    std::string host;        ///< the Host header
    std::string fetch_site;  ///< the Sec-Fetch-Site header, when sent
};

struct http_response {
    unsigned status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  ///< besides the security headers
};

/// One class: the questionnaire (with its wording, see apply_wording), a short class code that
/// students type, a secret key for the teacher's board, the submissions and every page.
/// Thread safety: handle() and the accessors may be called from several threads at once.
class class_session {
  public:
    /// Throws std::invalid_argument when `options.language` is not one of the instrument's, and
    /// std::runtime_error when options.save holds other columns.
    class_session(instrument inst, class_options options);
    ~class_session();
    class_session(const class_session&) = delete;
    class_session& operator=(const class_session&) = delete;

    [[nodiscard]] const std::string& code() const noexcept;         ///< e.g. "K7QM4P"
    [[nodiscard]] const std::string& teacher_key() const noexcept;  ///< 32 hex digits
    /// Answers on the board: those of this session, those the save file held when it started, less
    /// those the teacher removed.
    [[nodiscard]] std::size_t submissions() const;
    [[nodiscard]] const instrument& definition() const noexcept;
    /// Sets class_options::join_address once it is known (the port a server chose).
    /// Thread safety: before any request is handled.
    void join_at(std::string address);

    /// The response to one request: the students' form (GET /), a submission (POST /answers),
    /// a student's result (GET /result/TOKEN), the board (GET /board, teacher key), the
    /// teacher's buttons (POST /board), the style sheet and script; 404 for anything else.
    [[nodiscard]] http_response handle(const http_request& request);

  private:
    struct state;
    std::unique_ptr<state> s_;
};

struct server_options {
    std::string bind = "0.0.0.0";  ///< the address to listen on (127.0.0.1: this computer only)
    unsigned short port = 8080;    ///< 0: any free port (see class_server::port)
    std::size_t max_connections = 256;
    /// Open connections from one client address (a class behind one router shares one, and a
    /// phone opens about 6); 0: half of max_connections, so one client never holds them all.
    std::size_t max_connections_per_address = 0;
    std::chrono::milliseconds timeout{10000};  ///< for a whole request to arrive, or a reply to go
    std::size_t max_header = 8 * 1024;
    std::size_t max_body = 64 * 1024;
    std::size_t requests_per_connection = 100;
    /// How messages name the options (the command line's flags); null: the library's words.
    const option_words* words = nullptr;
    unsigned threads = 2;
};

/// Serves a class_session over HTTP/1.1: bounded requests and connections, timeouts, security
/// headers on every response.
class class_server {
  public:
    class_server(class_session& session, server_options options);
    ~class_server();
    class_server(const class_server&) = delete;
    class_server& operator=(const class_server&) = delete;

    /// Binds and listens; empty on success, else why not.
    [[nodiscard]] diagnostics listen();
    /// The port listened on (the one chosen for port 0).
    [[nodiscard]] unsigned short port() const noexcept;
    /// Serves until stop() or SIGINT/SIGTERM; returns the signal's number, 0 after stop().
    int run();
    /// Thread safety: may be called from any thread, once run() is running.
    void stop();

  private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

}  // namespace attachscore
