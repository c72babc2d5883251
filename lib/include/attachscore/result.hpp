/// @file result.hpp
/// @brief A value or the list of every problem that prevented it.
#pragma once

#include "attachscore/export.hpp"

#include <stdexcept>
#include <utility>
#include <variant>

#include "attachscore/diagnostic.hpp"

namespace attachscore {

/// Thrown only when a caller reads the value of a failed result: a programming error.
class ATTACHSCORE_API bad_result_access : public std::logic_error {
  public:
    bad_result_access() : std::logic_error("attachscore: value() called on a failed result") {}
};

/// Holds either a T or a non-empty list of diagnostics (all problems, not just the first).
/// Thread safety: a plain value, like the T it holds.
template <class T>
class result {
  public:
    result(T value) : state_(std::move(value)) {}
    result(diagnostics errors) : state_(std::move(errors)) {}

    [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & { return checked(); }
    [[nodiscard]] const T& value() const& { return const_cast<result*>(this)->checked(); }
    [[nodiscard]] T&& value() && { return std::move(checked()); }

    /// The problems; empty when ok().
    [[nodiscard]] const diagnostics& errors() const noexcept {
        static const diagnostics none;
        return ok() ? none : std::get<1>(state_);
    }

  private:
    T& checked() {
        if (!ok()) throw bad_result_access();
        return std::get<0>(state_);
    }
    std::variant<T, diagnostics> state_;
};

}  // namespace attachscore
