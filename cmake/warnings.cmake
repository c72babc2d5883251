# Warnings for our own targets only; consumers never inherit them.
add_library(attachscore_warnings INTERFACE)
target_compile_options(attachscore_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
  $<$<BOOL:${ATTACHSCORE_WARNINGS_AS_ERRORS}>:-Werror>)
