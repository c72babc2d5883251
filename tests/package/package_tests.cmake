# The installed package, used from a fresh project as an application would (tests/package):
# this build (static, with ReadStat), and a second build made here, shared and without ReadStat.
set(package_script "${CMAKE_CURRENT_SOURCE_DIR}/package/consume.cmake")
if(ATTACHSCORE_INSTALL AND TARGET attachscore_cli AND NOT ATTACHSCORE_SANITIZE AND NOT ATTACHSCORE_TSAN)
  add_test(NAME package.static
           COMMAND "${CMAKE_COMMAND}" "-DSOURCE=${PROJECT_SOURCE_DIR}" "-DBUILD=${PROJECT_BINARY_DIR}"
                   "-DWORK=${CMAKE_CURRENT_BINARY_DIR}/package-static" -P "${package_script}")
  add_test(NAME package.shared_without_readstat
           COMMAND "${CMAKE_COMMAND}" "-DSOURCE=${PROJECT_SOURCE_DIR}"
                   "-DWORK=${CMAKE_CURRENT_BINARY_DIR}/package-shared"
                   "-DCONFIGURE_ARGS=-DCMAKE_BUILD_TYPE=Debug -DBUILD_SHARED_LIBS=ON -DATTACHSCORE_WITH_READSTAT=OFF -DATTACHSCORE_BUILD_TESTS=OFF -DATTACHSCORE_BUILD_BENCHMARKS=OFF -DATTACHSCORE_INSTALL=ON -DATTACHSCORE_BUILD_CLI=ON"
                   -DSHARED=ON "-DNO_READSTAT_INPUT=${CMAKE_CURRENT_SOURCE_DIR}/data/ecr-r-golden.csv"
                   -P "${package_script}")
  # The second build compiles the library again: once per CI run is enough (not under the
  # sanitizers, whose build is checked by every other test).
  set_tests_properties(package.static package.shared_without_readstat PROPERTIES
                       LABELS package TIMEOUT 900 RUN_SERIAL ON)
endif()
