// What every file of the C API needs: messages copied with malloc, texts looked up without
// allocating, and the guard that keeps C++ exceptions from crossing the boundary.
#pragma once

#include <new>
#include <string>

#include "attachscore/attachscore.h"
#include "attachscore/instrument.hpp"

namespace attachscore::c_api {

/// Copies with malloc, which cannot throw; *message is NULL when memory is short.
void set_message(char** message, const char* text);
void set_message(char** message, const std::string& text);

/// The text in `language`, without making a std::string (which could throw); NULL when absent.
const char* text_in(const localized_text& text, const char* language);

/// Sets this thread's last error (attachscore_last_error) and returns `status`.
attachscore_status fail(attachscore_status status, const char* text) noexcept;
attachscore_status fail(attachscore_status status, const std::string& text) noexcept;
/// Clears this thread's last error.
void succeed() noexcept;

/// Runs `body`, turning an exception into a status and a message.
template <class Body>
attachscore_status guarded(char** message, Body body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        set_message(message, "out of memory.");
        return ATTACHSCORE_OUT_OF_MEMORY;
    } catch (const std::exception& e) {
        set_message(message, e.what());
        return ATTACHSCORE_INTERNAL_ERROR;
    } catch (...) {
        set_message(message, "an internal error (please report it).");
        return ATTACHSCORE_INTERNAL_ERROR;
    }
}

/// The same with the message as this thread's last error.
template <class Body>
attachscore_status guarded_last(Body body) noexcept {
    try {
        succeed();
        return body();
    } catch (const std::bad_alloc&) {
        return fail(ATTACHSCORE_OUT_OF_MEMORY, "out of memory.");
    } catch (const std::exception& e) {
        return fail(ATTACHSCORE_INTERNAL_ERROR, e.what());
    } catch (...) {
        return fail(ATTACHSCORE_INTERNAL_ERROR, "an internal error (please report it).");
    }
}

}  // namespace attachscore::c_api
