/// @file export.hpp
/// @brief ATTACHSCORE_API marks what the shared library exports; everything else stays hidden, so
/// a program can only come to depend on the public API.
#pragma once

#if defined(_WIN32)
#define ATTACHSCORE_API
#elif defined(__GNUC__) || defined(__clang__)
#define ATTACHSCORE_API __attribute__((visibility("default")))
#else
#define ATTACHSCORE_API
#endif
