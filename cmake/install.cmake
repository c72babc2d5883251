# cmake --install: the library and its headers, the attachscore executable, the shared library
# behind the Python module and the module itself, a CMake package and a pkg-config file.
include(CMakePackageConfigHelpers)

set(ATTACHSCORE_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/attachscore"
    CACHE STRING "Where attachscore-config.cmake is installed")
# Debian's python3 searches /usr/lib/python3/dist-packages (not the multiarch library folder).
set(ATTACHSCORE_INSTALL_PYTHONDIR "lib/python3/dist-packages"
    CACHE STRING "Where the attachscore Python module is installed")

install(TARGETS attachscore EXPORT attachscore-targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
# classroom.hpp belongs to the class server, which is built into the attachscore program only.
install(DIRECTORY lib/include/attachscore DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        PATTERN "classroom.hpp" EXCLUDE)
install(FILES "${PROJECT_BINARY_DIR}/lib/generated/include/attachscore/version.hpp"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/attachscore")
install(TARGETS attachscore_c LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}")
if(TARGET attachscore_cli)
  # A shared libattachscore is found beside the installed executable, wherever the tree is moved.
  file(RELATIVE_PATH bin_to_lib "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}")
  set_target_properties(attachscore_cli PROPERTIES INSTALL_RPATH "$ORIGIN/${bin_to_lib}")
  install(TARGETS attachscore_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
install(DIRECTORY python/attachscore DESTINATION "${ATTACHSCORE_INSTALL_PYTHONDIR}"
        PATTERN "__pycache__" EXCLUDE)

install(EXPORT attachscore-targets NAMESPACE attachscore::
        DESTINATION "${ATTACHSCORE_INSTALL_CMAKEDIR}")
if(BUILD_SHARED_LIBS)
  set(BUILD_SHARED_LIBS_BOOL ON)
else()
  set(BUILD_SHARED_LIBS_BOOL OFF)
endif()
if(ATTACHSCORE_WITH_READSTAT)
  set(ATTACHSCORE_WITH_READSTAT_BOOL ON)
else()
  set(ATTACHSCORE_WITH_READSTAT_BOOL OFF)
endif()
configure_package_config_file(cmake/attachscore-config.cmake.in
  "${PROJECT_BINARY_DIR}/attachscore-config.cmake"
  INSTALL_DESTINATION "${ATTACHSCORE_INSTALL_CMAKEDIR}")
# 0.x releases may change the API in a minor version, so only the same minor version is accepted.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/attachscore-config-version.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/attachscore-config.cmake"
              "${PROJECT_BINARY_DIR}/attachscore-config-version.cmake"
        DESTINATION "${ATTACHSCORE_INSTALL_CMAKEDIR}")

# pkg-config: a static library must name its dependencies in Libs, or `pkg-config --libs` would
# not link (and a C program needs the C++ runtime named).
set(deps "-lboost_json")
if(ATTACHSCORE_WITH_READSTAT)
  string(APPEND deps " -lreadstat")
endif()
string(APPEND deps " -lstdc++ -lm -pthread")
if(BUILD_SHARED_LIBS)
  set(pc_libs "")
  set(pc_libs_private "${deps}")
else()
  set(pc_libs "${deps}")
  set(pc_libs_private "")
endif()
# Directories may be given absolute (distribution build macros do): everything is made relative.
file(RELATIVE_PATH pc_to_prefix "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
string(REGEX REPLACE "/$" "" pc_to_prefix "${pc_to_prefix}")
file(RELATIVE_PATH pc_libdir "${CMAKE_INSTALL_PREFIX}" "${CMAKE_INSTALL_FULL_LIBDIR}")
file(RELATIVE_PATH pc_includedir "${CMAKE_INSTALL_PREFIX}" "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
configure_file(cmake/attachscore.pc.in "${PROJECT_BINARY_DIR}/attachscore.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/attachscore.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
