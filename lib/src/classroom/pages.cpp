#include "classroom/pages.hpp"

#include <algorithm>

#include "attachscore/administration.hpp"
#include "attachscore/html_report.hpp"
#include "attachscore/plots.hpp"
#include "classroom/class_words.hpp"

namespace attachscore::classroom {
namespace {

// Large touch targets for the answers; the board readable from the back of a room.
constexpr const char* class_style = R"(
form{max-width:40rem}label.field{display:block;font-weight:600;margin:1rem 0 .3rem}
input#code{font-size:1.3rem;padding:.4rem;width:10rem;text-transform:uppercase;letter-spacing:.1em}
fieldset.question{border:1px solid #ccc;border-radius:8px;margin:1rem 0;padding:.6rem .8rem}
fieldset.question legend{font-weight:600;padding:0 .3rem}
fieldset.marked{border:2px solid #c0392b;background:#fdf3f2}
.marked-note{color:#a02c1f;font-weight:600;margin:.2rem 0}
.options{display:flex;flex-wrap:wrap;gap:.4rem}
label.option{flex:1 1 3rem;min-height:3rem;display:flex;align-items:center;justify-content:center;
 border:1px solid #888;border-radius:6px;padding:.3rem;text-align:center;cursor:pointer;font-size:.95rem}
label.option input{width:1.3rem;height:1.3rem;margin-right:.3rem}
label.option.wide{flex-basis:100%;justify-content:flex-start;text-align:left}
.number{color:#555;font-weight:400;margin-right:.4rem}
.errors{border:2px solid #c0392b;border-radius:6px;padding:.4rem .8rem;background:#fdf3f2}
button{font-size:1.1rem;padding:.7rem 1.2rem;border-radius:6px;border:1px solid #1f5f8b;
 background:#1f5f8b;color:#fff;margin:.3rem .3rem .3rem 0}
button.quiet{background:#fff;color:#1f5f8b}
p.framing.foot{border-top:1px solid #ddd;margin-top:2rem;padding-top:.6rem;color:#333}
.count{font-size:1.6rem;font-weight:700}.code{font-size:1.6rem;letter-spacing:.1em}
body.wide{max-width:none;padding:1rem 2rem}
body.wide h1{margin:.2rem 0}
.board figure{margin:.4rem 0}.board figure svg{max-width:none;width:100%;height:auto;max-height:62vh}
.board figcaption,.board .disclaimer,.board .means,.board .join p{font-size:1.35rem;max-width:none}
.board .histograms{display:block}.board .histograms figure svg{max-height:none}
.join{display:flex;gap:1.2rem;align-items:center;border:2px solid #1f5f8b;border-radius:10px;
 padding:.6rem 1rem;margin:.4rem 0}.join svg.qr{width:12rem;height:12rem;flex:none}
.join .address{font-size:1.8rem;font-weight:700;word-break:break-all}
.board .code,.board .count{margin:.5rem 0}
.problem{border:3px solid #c0392b;background:#fdf3f2;color:#7a1f14;font-size:1.4rem;
 padding:.5rem 1rem;border-radius:8px}
@media (min-width:60rem){.board{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));
 gap:2rem;align-items:start}}
)";

const char* app_script = R"(// attachscore class: nicer with JavaScript, complete without it.
(function () {
  var board = document.body.dataset.state;
  if (board !== undefined) {
    setInterval(function () {
      fetch('/board/state', { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { return r.ok ? r.text() : board; })
        .then(function (now) { if (now !== board) location.reload(); })
        .catch(function () {});
    }, 2000);
    return;
  }
  var form = document.getElementById('answers');
  if (!form) {
    if (document.body.dataset.clear) try { localStorage.removeItem('attachscore-answers'); } catch (e) {}
    return;
  }
  var progress = document.getElementById('progress');
  var total = form.querySelectorAll('fieldset.question').length;
  function update() {
    var done = form.querySelectorAll('fieldset.question input:checked').length;
    if (progress) progress.textContent = done + ' / ' + total;
  }
  function save() {
    var kept = {};
    form.querySelectorAll('input:checked').forEach(function (i) { kept[i.name] = i.value; });
    try { localStorage.setItem('attachscore-answers', JSON.stringify(kept)); } catch (e) {}
  }
  try {
    var kept = JSON.parse(localStorage.getItem('attachscore-answers') || '{}');
    Object.keys(kept).forEach(function (name) {
      form.querySelectorAll('input[type=radio]').forEach(function (i) {
        if (i.name === name && i.value === kept[name] && !form.querySelector('input[name="' + name + '"]:checked')) i.checked = true;
      });
    });
  } catch (e) {}
  form.addEventListener('change', function () { save(); update(); });
  update();
})();
)";

std::string escape(const std::string& text) {
    return escape_markup(text);
}

std::string shell(const std::string& lang, const std::string& title, const std::string& body,
                  const std::string& framing, const std::string& head = "",
                  const std::string& body_attributes = "") {
    return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\">\n<title>" +
           escape(title) + "</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n" + head +
           "</head>\n<body" + body_attributes + ">\n" + body +
           (framing.empty() ? "" : "<p class=\"framing foot\">" + escape(framing) + "</p>\n") +
           "<script src=\"/app.js\"></script>\n</body>\n</html>\n";
}

std::string question_block(const question& q, std::size_t total, const class_words& w,
                           const form_view& view) {
    const auto n = q.number;
    const bool marked = std::find(view.marked.begin(), view.marked.end(), n) != view.marked.end();
    const auto typed = view.values.find(n);
    std::string s =
        "<fieldset class=\"question" + std::string(marked ? " marked" : "") + "\" id=\"q" +
        std::to_string(n) + "\">\n<legend><span class=\"number\">" +
        escape(fill(w.question_of, {{"i", std::to_string(n)}, {"n", std::to_string(total)}})) +
        "</span>" + (q.target.empty() ? "" : escape(w.about + q.target) + " — ") +
        escape(q.text.empty() ? fill(w.no_wording, {{"n", std::to_string(q.item)}}) : q.text) +
        "</legend>\n";
    if (marked) s += "<p class=\"marked-note\">" + escape(w.choose) + "</p>\n";
    s += "<div class=\"options\">\n";
    for (const auto& [key, label] : q.options) {
        const bool checked = typed != view.values.end() && typed->second == key;
        const bool wide = label.size() > 24;  // a choice's paragraph: one per line
        s += "<label class=\"option" + std::string(wide ? " wide" : "") +
             "\"><input type=\"radio\" name=\"q" + std::to_string(n) + "\" value=\"" + escape(key) +
             "\"" + (checked ? " checked" : "") + "><span>" + escape(key) +
             (label.empty() ? "" : " " + escape(label)) + "</span></label>\n";
    }
    return s + "</div>\n</fieldset>\n";
}

std::string framing_of(const instrument& inst, const std::string& lang) {
    const auto found = inst.disclaimer.find(lang);
    if (found != inst.disclaimer.end()) return found->second;
    const auto en = inst.disclaimer.find("en");
    return en != inst.disclaimer.end() ? en->second : std::string();
}

}  // namespace

std::string fill(std::string pattern,
                 std::initializer_list<std::pair<const char*, std::string>> values) {
    for (const auto& [name, value] : values) {
        const std::string key = std::string("{") + name + "}";
        for (auto at = pattern.find(key); at != std::string::npos;
             at = pattern.find(key, at + value.size()))
            pattern.replace(at, key.size(), value);
    }
    return pattern;
}

std::string form_page(const instrument& inst, const std::string& lang, const form_view& view) {
    const auto& w = class_words_for(lang);
    administration session(inst, lang);
    const auto total = session.size();
    std::string body = "<h1>" + escape(inst.short_name) + "</h1>\n<p class=\"framing\">" +
                       escape(fill(w.form_intro, {{"n", std::to_string(total)}})) + "</p>\n";
    if (view.closed)
        body += "<div class=\"errors\" role=\"alert\">\n<p>" + escape(w.closed) + " " +
                escape(w.closed_text) + "</p>\n</div>\n";
    if (!view.messages.empty()) {
        body += "<div class=\"errors\" role=\"alert\">\n";
        for (const auto& m : view.messages)
            body += "<p>" + escape(m) + "</p>\n";
        body += "</div>\n";
    }
    body +=
        "<form method=\"post\" action=\"/answers\" id=\"answers\">\n<label class=\"field\" "
        "for=\"code\">" +
        escape(w.code_label) + "</label>\n<input id=\"code\" name=\"code\" value=\"" +
        escape(view.code) +
        "\" autocomplete=\"off\" autocapitalize=\"characters\" maxlength=\"16\">\n"
        "<p class=\"progress\" id=\"progress\">" +
        escape(fill(w.progress, {{"n", std::to_string(total)}})) + "</p>\n";
    for (; !session.finished(); session.skip())
        body += question_block(session.current(), total, w, view);
    body += "<button type=\"submit\">" + escape(w.submit) + "</button>\n</form>\n";
    return shell(lang, inst.short_name, body, framing_of(inst, lang));
}

std::string result_page(const instrument& inst, const std::string& lang, const std::string& card,
                        const std::string& plane, const std::vector<std::string>& notes) {
    const auto& w = class_words_for(lang);
    // The result first; how to keep the page comes after it, not as a warning before it.
    std::string body = "<h1>" + escape(w.result_title) + "</h1>\n";
    for (const auto& note : notes)
        body += "<p class=\"note saved\">" + escape(note) + "</p>\n";
    if (!plane.empty())
        body += "<figure>\n" + plane + "<figcaption>" + escape(w.your_point) +
                "</figcaption>\n</figure>\n";
    return shell(lang, inst.short_name + " — " + w.result_title,
                 body + card + "<p class=\"note\">" + escape(w.keep_link) + "</p>\n", "", "",
                 " data-clear=\"1\"");
}

namespace {

// How students get here: the address and its QR code, and the class code (never the key).
std::string join_block(const class_words& w, const board_view& v) {
    if (v.join_address.empty()) return {};
    return "<div class=\"join\">\n" + v.join_qr + "<div>\n<p><strong>" + escape(w.join_title) +
           "</strong></p>\n<p class=\"address\">" + escape(v.join_address) + "</p>\n<p>" +
           escape(fill(w.join_text, {{"address", v.join_address}})) + "</p>\n</div>\n</div>\n";
}

std::string board_buttons(const class_words& w, const board_view& v) {
    const auto button = [](const std::string& value, const std::string& text) {
        return "<button class=\"quiet\" name=\"action\" value=\"" + value + "\">" + escape(text) +
               "</button>\n";
    };
    std::string s =
        "<form method=\"post\" action=\"/board\">\n<input type=\"hidden\" "
        "name=\"form\" value=\"" +
        escape(v.form_key) + "\">\n";
    if (!v.last_id.empty())
        s += "<input type=\"hidden\" name=\"last\" value=\"" + escape(v.last_id) + "\">\n";
    s += button(v.hidden ? "show" : "hide", v.hidden ? w.show : w.hide) +
         button(v.closed ? "open" : "close", v.closed ? w.open : w.close);
    if (!v.last_id.empty()) s += button("remove", fill(w.remove_last, {{"id", v.last_id}}));
    return s + "</form>\n<p><a href=\"/board/summary\">" + escape(w.summary) + "</a></p>\n";
}

}  // namespace

std::string board_page(const instrument& inst, const std::string& lang, const board_view& v) {
    const auto& w = class_words_for(lang);
    // The plane on the left, large; how to join, the count, means, histograms and buttons beside.
    std::string main = "<h1>" + escape(inst.short_name + " — " + w.board_title) + "</h1>\n";
    if (!v.save_problem.empty())
        main += "<p class=\"problem\" role=\"alert\">" + escape(w.save_problem) + "</p>\n";
    std::string side = join_block(w, v) + "<p class=\"code\">" + escape(w.class_code) +
                       escape(v.code) + "</p>\n<p class=\"count\" id=\"count\">" +
                       escape(count_text(v.answers, w.answer_one, w.answers)) + "</p>\n";
    if (v.closed) main += "<p class=\"means\">" + escape(w.closed_board) + "</p>\n";
    std::string middle;  // the histograms, drawn as large as the plane: their labels as readable
    if (v.hidden) {
        main += "<p class=\"means\">" + escape(w.hidden) + "</p>\n";
    } else if (v.answers < v.min_points) {
        main += "<p class=\"means\">" +
                escape(fill(w.waiting, {{"min", std::to_string(v.min_points)}})) + "</p>\n";
    } else {
        main += "<figure>\n" + v.plane + "<figcaption>" + escape(v.caption) +
                "</figcaption>\n</figure>\n";
        if (!v.means.empty()) side += "<p class=\"means\">" + escape(v.means) + "</p>\n";
        middle = "<div class=\"histograms\">\n" + v.histograms + "</div>\n";
    }
    side += board_buttons(w, v) + "<p class=\"disclaimer\">" + escape(v.disclaimer) + "</p>\n";
    const std::string body = "<div class=\"board\">\n<div class=\"main\">\n" + main +
                             "</div>\n<div class=\"middle\">\n" + middle +
                             "</div>\n<div class=\"side\">\n" + side + "</div>\n</div>\n";
    // Without JavaScript the page reloads every 5 seconds; with it, the script asks every 2
    // seconds whether anything changed and reloads only then.
    const std::string state = std::to_string(v.answers) + (v.hidden ? " hidden" : " shown") +
                              (v.closed ? " closed" : " open") +
                              (v.save_problem.empty() ? "" : " unsaved");
    return shell(lang, inst.short_name + " — " + w.board_title, body, "",
                 "<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>\n",
                 " class=\"wide\" data-state=\"" + escape(state) + "\"");
}

std::string message_page(const std::string& lang, const std::string& title, const std::string& text,
                         bool link_back, const std::string& framing) {
    const auto& w = class_words_for(lang);
    std::string body = "<h1>" + escape(title) + "</h1>\n<p>" + escape(text) + "</p>\n";
    if (link_back) body += "<p><a href=\"/\">" + escape(w.back) + "</a></p>\n";
    return shell(lang, title, body, framing);
}

std::string stylesheet() {
    return std::string(report_stylesheet()) + class_style;
}

const char* script() {
    return app_script;
}

}  // namespace attachscore::classroom
