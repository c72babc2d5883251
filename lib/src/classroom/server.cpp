// class_server: HTTP/1.1 over Boost.Beast. Every request is bounded (header, body, time), the
// connections are counted and capped, and every response carries the security headers; what a
// request means is the session's business (class_session::handle).
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <csignal>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "attachscore/classroom.hpp"

namespace attachscore {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

struct class_server::impl {
    impl(class_session& s, server_options o) : session(s), options(std::move(o)) {}

    class connection;
    void accept();
    /// Counts a connection from `address`; false when the address already holds its share.
    bool open_from(const std::string& address) {
        const std::lock_guard lock(per_address_mutex);
        auto& n = per_address[address];
        const auto most = options.max_connections_per_address != 0
                              ? options.max_connections_per_address
                              : std::max<std::size_t>(1, options.max_connections / 2);
        if (n >= most) return false;
        ++n;
        return true;
    }
    void closed_from(const std::string& address) {
        const std::lock_guard lock(per_address_mutex);
        if (const auto at = per_address.find(address); at != per_address.end() && --at->second == 0)
            per_address.erase(at);
    }
    void shut_down() {
        beast::error_code ignored;
        acceptor.close(ignored);
        pause.cancel();
        io.stop();
    }

    class_session& session;
    server_options options;
    // Before io: the io_context's destructor destroys the connections it still holds, and their
    // destructors count themselves out here.
    std::atomic<std::size_t> connections{0};
    std::mutex per_address_mutex;
    std::map<std::string, std::size_t> per_address;
    net::io_context io;
    tcp::acceptor acceptor{io};
    net::signal_set signals{io};
    net::steady_timer pause{io};  // after a failed accept (no descriptors left): wait, not spin
    int signal_number = 0;
    unsigned short bound_port = 0;
};

class class_server::impl::connection : public std::enable_shared_from_this<connection> {
  public:
    connection(tcp::socket socket, impl& server, std::string address)
        : stream_(std::move(socket)),
          buffer_(server.options.max_header + server.options.max_body + 1024),
          server_(server),
          address_(std::move(address)) {
        ++server_.connections;
        counted_ = server_.open_from(address_);
    }
    ~connection() {
        --server_.connections;
        if (counted_) server_.closed_from(address_);
    }
    connection(const connection&) = delete;
    connection& operator=(const connection&) = delete;

    void start() {
        if (server_.connections > server_.options.max_connections || !counted_)
            turn_away();
        else
            read();
    }

  private:
    // Over a connection limit: a short answer, then the connection is closed.
    void turn_away() { reply_text(503, "Too many connections; try again in a moment.\n", false); }

    void read() {
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(server_.options.max_header));
        parser_->body_limit(server_.options.max_body);
        // One deadline for the whole request: a client that sends slowly is cut off.
        stream_.expires_after(server_.options.timeout);
        http::async_read_header(
            stream_, buffer_, *parser_,
            beast::bind_front_handler(&connection::on_header, shared_from_this()));
    }

    // A body framed by anything but chunked alone (RFC 9112 6.1: "xchunked", "chunked,
    // identity") cannot be read safely: refused before it is read.
    void on_header(beast::error_code ec, std::size_t) {
        if (ec) return on_read(ec, 0);
        const auto coding = parser_->get()[http::field::transfer_encoding];
        if (!coding.empty() && !beast::iequals(coding, "chunked"))
            return reply_text(400, "The request's Transfer-Encoding is not chunked.\n", false);
        http::async_read(stream_, buffer_, *parser_,
                         beast::bind_front_handler(&connection::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
            ec == net::error::operation_aborted || ec == net::error::connection_reset ||
            ec == net::error::eof)
            return close();
        if (ec == http::error::body_limit)
            return reply_text(413, "The request is too large.\n", false);
        if (ec == http::error::header_limit || ec == http::error::buffer_overflow)
            return reply_text(431, "The request's header is too large.\n", false);
        if (ec) return reply_text(400, "The request could not be read as HTTP.\n", false);
        const auto& req = parser_->get();
        http_request request{std::string(req.method_string()),
                             std::string(req.target()),
                             std::string(req[http::field::content_type]),
                             std::string(req[http::field::cookie]),
                             req.body(),
                             address_,
                             std::string(req[http::field::origin]),
                             std::string(req[http::field::host]),
                             std::string(req["Sec-Fetch-Site"])};
        http_response answer;
        try {
            answer = server_.session.handle(request);
        } catch (const std::exception&) {
            answer = {500, "text/plain; charset=utf-8", "Something went wrong.\n", {}};
        }
        const bool keep = req.keep_alive() && ++served_ < server_.options.requests_per_connection;
        reply(std::move(answer), keep, req.version());
    }

    void reply_text(unsigned status, std::string text, bool keep) {
        reply({status, "text/plain; charset=utf-8", std::move(text), {}}, keep, 11);
    }

    void reply(http_response answer, bool keep, unsigned version) {
        response_ = {};
        response_.version(version);
        response_.result(static_cast<http::status>(answer.status));
        response_.set(http::field::server, "attachscore");
        response_.set(http::field::content_type, answer.content_type);
        response_.set(http::field::cache_control, "no-store");
        response_.set("Content-Security-Policy",
                      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
                      "connect-src 'self'; form-action 'self'; base-uri 'none'; "
                      "frame-ancestors 'none'");
        response_.set("X-Content-Type-Options", "nosniff");
        response_.set("Referrer-Policy", "no-referrer");  // a result's address is its key
        response_.set("X-Frame-Options", "DENY");
        for (auto& [name, value] : answer.headers)
            response_.set(name, value);
        response_.body() = std::move(answer.body);
        response_.keep_alive(keep);
        response_.prepare_payload();
        stream_.expires_after(server_.options.timeout);
        http::async_write(stream_, response_,
                          beast::bind_front_handler(&connection::on_write, shared_from_this()));
    }

    void on_write(beast::error_code ec, std::size_t) {
        if (ec || !response_.keep_alive()) return close();
        read();
    }

    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
        stream_.close();
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    http::response<http::string_body> response_;
    impl& server_;
    std::string address_;
    bool counted_ = false;
    std::size_t served_ = 0;
};

void class_server::impl::accept() {
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
        if (ec) {
            pause.expires_after(std::chrono::milliseconds(100));
            pause.async_wait([this](beast::error_code e) {
                if (!e) accept();
            });
            return;
        }
        beast::error_code no_address;
        const auto from = socket.remote_endpoint(no_address);
        std::make_shared<connection>(std::move(socket), *this,
                                     no_address ? std::string() : from.address().to_string())
            ->start();
        accept();
    });
}

class_server::class_server(class_session& session, server_options options)
    : impl_(std::make_unique<impl>(session, std::move(options))) {}

class_server::~class_server() = default;

diagnostics class_server::listen() {
    auto& s = *impl_;
    const auto refused = [](std::string why) { return diagnostics{{{}, std::move(why)}}; };
    beast::error_code ec;
    const auto address = net::ip::make_address(s.options.bind, ec);
    if (ec)
        return refused("\"" + s.options.bind +
                       "\" is not an IP address (e.g. 0.0.0.0 or 127.0.0.1)");
    const tcp::endpoint at{address, s.options.port};
    const auto where = s.options.bind + ":" + std::to_string(s.options.port);
    s.acceptor.open(at.protocol(), ec);
    if (!ec) s.acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) s.acceptor.bind(at, ec);
    if (!ec) s.acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return refused("cannot listen on " + where + ": " + ec.message() +
                       (ec == net::error::address_in_use
                            ? " (another program uses the port: choose another with " +
                                  (s.options.words ? *s.options.words : plain_option_words())
                                      .name(option_id::port) +
                                  ")"
                            : std::string()));
    s.bound_port = s.acceptor.local_endpoint().port();
    // Caught from here on, so that a Ctrl-C as soon as the address is printed still ends the
    // session cleanly (it is acted on once run() starts).
    s.signals.add(SIGINT);
    s.signals.add(SIGTERM);
    return {};
}

unsigned short class_server::port() const noexcept {
    return impl_->bound_port;
}

int class_server::run() {
    auto& s = *impl_;
    s.signals.async_wait([&s](beast::error_code ec, int number) {
        if (ec) return;
        s.signal_number = number;
        s.shut_down();
    });
    s.accept();
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < std::max(1u, s.options.threads); ++t)
        threads.emplace_back([&s] { s.io.run(); });
    s.io.run();
    for (auto& t : threads)
        t.join();
    return s.signal_number;
}

void class_server::stop() {
    net::post(impl_->io, [s = impl_.get()] { s->shut_down(); });
}

}  // namespace attachscore
