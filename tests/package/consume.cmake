# cmake -DSOURCE=… -DBUILD=… -DWORK=… [-DCONFIGURE_ARGS=…] -P consume.cmake
# Installs a build of attachscore to a prefix (configuring and building it first when CONFIGURE_ARGS
# are given: a second flavour such as shared without ReadStat), then builds and runs, against that
# prefix only, a CMake project (find_package), a C program linked with pkg-config, and the Python
# module; each must score the respondent who answers 4 everywhere as 4 and 4.
cmake_minimum_required(VERSION 3.25)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

function(expect text pattern what)
  if(NOT text MATCHES "${pattern}")
    message(FATAL_ERROR "${what}: expected ${pattern}, got:\n${text}")
  endif()
  message(STATUS "${what}: ${text}")
endfunction()

file(REMOVE_RECURSE "${WORK}")
set(prefix "${WORK}/prefix")
if(DEFINED CONFIGURE_ARGS)
  separate_arguments(args UNIX_COMMAND "${CONFIGURE_ARGS}")
  run("${CMAKE_COMMAND}" -S "${SOURCE}" -B "${WORK}/build" -G Ninja ${args})
  run("${CMAKE_COMMAND}" --build "${WORK}/build")
  set(BUILD "${WORK}/build")
endif()
run("${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${prefix}")

# CMake: find_package(attachscore CONFIG REQUIRED), from the prefix alone.
run("${CMAKE_COMMAND}" -S "${SOURCE}/tests/package/consumer" -B "${WORK}/consumer" -G Ninja
    "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release)
run("${CMAKE_COMMAND}" --build "${WORK}/consumer")
run("${WORK}/consumer/app")
expect("${out}" "^C\\+\\+ [0-9]+\\.[0-9]+\\.[0-9]+: anxiety 4\\.0000 avoidance 4\\.0000\n$" "find_package, C++")
run("${WORK}/consumer/app_c")
expect("${out}" "^C [0-9.]+: anxiety 4\\.0000 avoidance 4\\.0000\n$" "find_package, C")

# pkg-config: cc app.c $(pkg-config --cflags --libs attachscore)
file(GLOB pc_dirs "${prefix}/lib*/pkgconfig" "${prefix}/lib/*/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "${pc_dirs}")
run(pkg-config --cflags --libs attachscore)
string(STRIP "${out}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
run(cc -std=c99 -Wall -Wextra -pedantic -o "${WORK}/app_pc" "${SOURCE}/tests/package/consumer/app.c" ${flags})
file(GLOB libdirs "${prefix}/lib*" "${prefix}/lib/*-linux-gnu")
string(REPLACE ";" ":" libpath "${libdirs}")
set(ENV{LD_LIBRARY_PATH} "${libpath}")
run("${WORK}/app_pc")
expect("${out}" "^C [0-9.]+: anxiety 4\\.0000 avoidance 4\\.0000\n$" "pkg-config, C")

# Python: the installed module finds the library installed beside it.
file(GLOB_RECURSE init "${prefix}/*__init__.py")
list(FILTER init INCLUDE REGEX "/attachscore/__init__\\.py$")
get_filename_component(pkg "${init}" DIRECTORY)
get_filename_component(pydir "${pkg}" DIRECTORY)
set(ENV{PYTHONPATH} "${pydir}")
unset(ENV{ATTACHSCORE_LIBRARY})
unset(ENV{LD_LIBRARY_PATH})
run(/usr/bin/python3 -c "import attachscore\nprint(attachscore.Instrument('ecr-r').score([[4] * 36])['anxiety'][0])")
expect("${out}" "^4\\.0\n$" "Python")

# The shared flavour: a SONAME with the version, and only the public API exported (nothing from
# attachscore::detail, the library's insides).
if(SHARED)
  file(GLOB so "${prefix}/lib*/libattachscore.so.*.*.*" "${prefix}/lib/*/libattachscore.so.*.*.*")
  run(objdump -p ${so})
  expect("${out}" "SONAME +libattachscore\\.so\\.[0-9]+\\.[0-9]+\n" "SONAME")
  run(nm -DC --defined-only ${so})
  # (std:: templates instantiated with internal types, such as a thread's state, are the
  # standard library's symbols and may appear.)
  if(out MATCHES " [A-Za-z] attachscore::detail::")
    message(FATAL_ERROR "the shared library exports internal symbols")
  endif()
  if(NOT out MATCHES "attachscore::scorer::score" OR NOT out MATCHES " attachscore_score\n")
    message(FATAL_ERROR "the shared library does not export the API:\n${out}")
  endif()
endif()

# Without ReadStat, an SPSS file is refused with the way to get it.
if(NO_READSTAT_INPUT)
  execute_process(COMMAND "${prefix}/bin/attachscore" score ecr-r "${NO_READSTAT_INPUT}"
                          --id-column id -o "${WORK}/scores.sav"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  expect("${rc}:${err}" "^2:attachscore: this attachscore was built without ReadStat, which writes SPSS files: install libreadstat-dev \\(Debian and Ubuntu\\) and build attachscore again, or use CSV\\.\n"
         "no ReadStat, .sav output")
  if(EXISTS "${WORK}/scores.sav")
    message(FATAL_ERROR "a .sav file was left behind")
  endif()
endif()
