#include "c_api/support.hpp"

#include <cstdlib>
#include <cstring>

namespace attachscore::c_api {

namespace {
// Each thread's own, so that threads scoring at once never see each other's messages.
thread_local std::string last_error;
}  // namespace

void set_message(char** message, const char* text) {
    if (!message) return;
    const std::size_t size = std::strlen(text) + 1;
    *message = static_cast<char*>(std::malloc(size));
    if (*message) std::memcpy(*message, text, size);
}

void set_message(char** message, const std::string& text) {
    set_message(message, text.c_str());
}

const char* text_in(const localized_text& text, const char* language) {
    if (!language) return nullptr;
    for (const auto& [code, words] : text)
        if (code == language) return words.c_str();
    return nullptr;
}

attachscore_status fail(attachscore_status status, const char* text) noexcept {
    try {
        last_error = text;
    } catch (...) {
        last_error.clear();  // out of memory: an empty message rather than none
    }
    return status;
}

attachscore_status fail(attachscore_status status, const std::string& text) noexcept {
    return fail(status, text.c_str());
}

void succeed() noexcept {
    last_error.clear();
}

}  // namespace attachscore::c_api

extern "C" const char* attachscore_last_error(void) {
    return attachscore::c_api::last_error.c_str();
}
