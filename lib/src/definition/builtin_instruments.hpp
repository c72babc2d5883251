// The instrument files compiled into the library (see cmake/embed_instruments.cmake).
#pragma once

#include <span>
#include <string_view>

namespace attachscore::detail {

struct builtin_file {
    std::string_view name;  ///< "instruments/ecr-r.json"
    std::string_view json;
};

std::span<const builtin_file> builtin_files() noexcept;

}  // namespace attachscore::detail
