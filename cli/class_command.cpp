// attachscore class: a live class session in the browser — the library's class_session served by
// class_server; this command finds the address students can reach, prints it (with a QR code on a
// terminal), the class code and the teacher's board address, and ends on Ctrl-C.
#include <arpa/inet.h>
#include <fmt/format.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <qrencode.h>
#include <unistd.h>

#include <stdexcept>

#include "attachscore/classroom.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "flag_words.hpp"

namespace attachscore::cli {
namespace {

struct class_args {
    common_options common;
    std::string id, wording, lang = "en", save, bind = "0.0.0.0";
    unsigned port = 8080;
    unsigned timeout = 10;
    std::size_t per_address = 120;
};

// An address of this computer that phones on the same network can reach: the first IPv4
// address of an interface that is up and not the loopback.
std::string reachable_address(const std::string& bind) {
    if (bind != "0.0.0.0") return bind;
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0) return "127.0.0.1";
    std::string found;
    for (auto* a = list; a && found.empty(); a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
        if (!(a->ifa_flags & IFF_UP) || (a->ifa_flags & IFF_LOOPBACK)) continue;
        char text[INET_ADDRSTRLEN];
        const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
        if (::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) found = text;
    }
    ::freeifaddrs(list);
    return found.empty() ? "127.0.0.1" : found;
}

// The address as a QR code in black and white blocks (two rows of modules per line), with the
// quiet zone around it that readers need.
void print_qr(const std::string& text) {
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_L, QR_MODE_8, 1);
    if (!code) return;
    const int n = code->width, quiet = 2;
    const auto dark = [&](int row, int col) {
        if (row < 0 || col < 0 || row >= n || col >= n) return false;
        return (code->data[row * n + col] & 1) != 0;
    };
    for (int row = -quiet; row < n + quiet; row += 2) {
        // Black on white from the fixed 256-colour cube: a dark theme's palette does not invert
        // it (readers need dark modules on light).
        std::string line = "\x1b[38;5;16;48;5;231m";
        for (int col = -quiet; col < n + quiet; ++col) {
            const bool top = dark(row, col), bottom = dark(row + 1, col);
            line += top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ";
        }
        fmt::print("{}\x1b[0m\n", line);
    }
    QRcode_free(code);
}

// What the teacher needs to start: the students' address, the class code, the board's address
// with the key, what happens to the answers; warnings last, where they are seen.
void announce(const class_args& a, const instrument& inst, class_session& session,
              unsigned short bound) {
    const auto port = std::to_string(bound);
    const auto host = reachable_address(a.bind);
    const auto join = "http://" + host + ":" + port + "/";
    session.join_at(join);
    const auto students = join + "?code=" + session.code();
    const auto local = a.bind == "0.0.0.0" ? std::string("127.0.0.1") : a.bind;
    fmt::print("{} class session. Students open:\n  {}\n", inst.short_name, students);
    if (::isatty(STDOUT_FILENO)) print_qr(students);
    fmt::print("Class code: {}\n", session.code());
    fmt::print(
        "Board, for the projector (this address is the teacher's key; keep it to "
        "yourself):\n  http://{}:{}/board?key={}\n",
        local, port, session.teacher_key());
    fmt::print(
        "The board shows the students' address, its QR code and the class code: project the "
        "board, not this terminal.\n");
    const auto held = session.submissions();
    if (a.save.empty())
        fmt::print("Answers stay in memory only (add --save FILE to keep them). ");
    else if (held > 0)
        fmt::print(
            "{} already holds {} answer{}: the session goes on from them (their ids, the "
            "count, the board); students who answered before cannot change those answers "
            "from their phones (sending again adds a new one). Each new answer is added as "
            "it arrives. ",
            a.save, held, held == 1 ? "" : "s");
    else
        fmt::print("Each answer is added to {} as it arrives. ", a.save);
    fmt::print("Ctrl-C ends the session.\n");
    std::fflush(stdout);
    if (host == "127.0.0.1" && a.bind == "0.0.0.0")
        eprint(
            "attachscore class: warning: this computer is on no network, so phones cannot "
            "reach {}; join a network (or start a hotspot) and start the session again.\n",
            join);
    if (a.wording.empty())
        eprint(
            "attachscore class: warning: no --wording: students will see \"Item N (the wording "
            "was not supplied)\" for every item. Give the published wording with --wording FILE "
            "('attachscore wording-template {}' writes a template).\n",
            a.id);
}

int serve(const class_args& a) {
    const auto inst = instrument_with_wording(a.common, a.id, a.lang, a.wording, "class");
    if (!inst) return exit_error;
    if (a.per_address == 0) {
        eprint("attachscore class: --per-address is 1 or more (with 0 nobody could answer).\n");
        return exit_error;
    }
    if (a.port > 65535 || a.timeout == 0 || a.timeout > 600) {
        eprint("attachscore class: --port is 0 to 65535 and --timeout 1 to 600 seconds.\n");
        return exit_error;
    }
    class_options options;
    options.language = a.lang;
    options.save = a.save;
    options.burst_per_address = a.per_address;
    options.on_problem = [](const std::string& why) {
        eprint(
            "attachscore class: a change was NOT saved: {}. A new or changed answer was not kept "
            "(the student was asked to tell you; an earlier answer stands); a removed answer is "
            "still there. The board says so until a change is saved.\n",
            why);
    };
    std::optional<class_session> session;
    try {
        session.emplace(*inst, options);
    } catch (const std::exception& e) {
        eprint("attachscore class: {}.\n", e.what());
        return exit_error;
    }
    server_options net;
    net.bind = a.bind;
    net.port = static_cast<unsigned short>(a.port);
    net.words = &flag_words();
    net.timeout = std::chrono::seconds(a.timeout);
    class_server server(*session, net);
    if (auto why = server.listen(); !why.empty()) {
        eprint("attachscore class: {}.\n", why.front().message);
        return exit_error;
    }
    announce(a, *inst, *session, server.port());
    server.run();
    const auto n = session->submissions();
    std::fflush(stdout);
    fmt::print("Session ended: {} answer{}{}.\n", n, n == 1 ? "" : "s",
               a.save.empty() ? "" : ", saved in " + a.save);
    return exit_ok;
}

}  // namespace

int run_class(const std::vector<std::string>& args) {
    class_args a;
    po::options_description desc("Options");
    desc.add_options()("wording", po::value(&a.wording)->value_name("FILE"),
                       "the items' wording (item,text) from the published source")(
        "lang", po::value(&a.lang)->value_name("CODE"), "language of the pages: en or es")(
        "save", po::value(&a.save)->value_name("FILE"),
        "add each answer to this CSV as it arrives ('attachscore score' and 'report' read it)")(
        "port", po::value(&a.port)->value_name("N"),
        "the port to listen on (default 8080; 0: any)")(
        "bind", po::value(&a.bind)->value_name("ADDRESS"),
        "the address to listen on (default 0.0.0.0: every network of this computer; "
        "127.0.0.1: this computer only)")("timeout", po::value(&a.timeout)->value_name("SECONDS"),
                                          "how long a request may take to arrive (default 10)")(
        "per-address", po::value(&a.per_address)->value_name("N"),
        "answers (new or changed) one network address may send at once, then one a second "
        "(default 120: a class behind one router shares an address)");
    add_common(desc, a.common);
    po::options_description all;
    all.add(desc);
    all.add_options()("instrument", po::value(&a.id));
    po::positional_options_description pos;
    pos.add("instrument", 1);
    if (auto code = parse(args, all, pos, "class")) return *code;
    if (a.common.help) {
        print_help("attachscore class ID [options]",
                   "Runs a class session on this computer: students scan the QR code on the board\n"
                   "(or open the address shown and type the class code) on their phones, answer,\n"
                   "and see their own result; the board shows the class on the plane once 5 have\n"
                   "answered.\n"
                   "No name is asked and nothing leaves this computer. Ctrl-C ends it.",
                   desc, "  attachscore class ecr-s --wording ecr-s-en.csv --save class.csv");
        return exit_ok;
    }
    if (a.id.empty()) {
        eprint(
            "attachscore class: name an instrument, e.g. 'attachscore class ecr-s --wording "
            "ecr-s-en.csv --save class.csv'.\n");
        return exit_error;
    }
    return serve(a);
}

}  // namespace attachscore::cli
