# Installs the build into a fresh prefix, as a packager would, and checks that what lands there works:
# every desktop file in its place, the programs start, and each finds the modules it opens at run time
# in <libdir>/coherence rather than beside itself in the build tree.
#
#   cmake -DBUILD_DIR=… -DPREFIX=… -DAPP_ID=… -DICON_SIZES=16;24;… -DSAMPLE=… -P CheckInstall.cmake

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

include(GNUInstallDirs)
set(expected
    ${CMAKE_INSTALL_BINDIR}/coherence
    ${CMAKE_INSTALL_BINDIR}/coherence-cli
    ${CMAKE_INSTALL_LIBDIR}/coherence/coherence-report.so
    ${CMAKE_INSTALL_LIBDIR}/coherence/coherence-charts.so
    ${CMAKE_INSTALL_DATADIR}/applications/${APP_ID}.desktop
    ${CMAKE_INSTALL_DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${CMAKE_INSTALL_DATADIR}/mime/packages/${APP_ID}.xml
    ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${CMAKE_INSTALL_MANDIR}/man1/coherence.1
    ${CMAKE_INSTALL_MANDIR}/man1/coherence-cli.1)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
# Build tools and tests stay behind.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(LENGTH installed installed_count)
list(LENGTH expected expected_count)
if(NOT installed_count EQUAL expected_count)
    message(FATAL_ERROR "installed ${installed_count} files, expected ${expected_count}:\n${installed}")
endif()

# The CLI writes a PDF, which only its report module can: found in <libdir>/coherence.
set(pdf "${PREFIX}/briefing.pdf")
execute_process(COMMAND "${PREFIX}/${CMAKE_INSTALL_BINDIR}/coherence-cli" report "${SAMPLE}"
        --format pdf -o "${pdf}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT EXISTS "${pdf}")
    message(FATAL_ERROR "the installed coherence-cli did not write a PDF:\n${output}")
endif()

# The window opens the sample and paints, with settings and data of its own.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_CONFIG_HOME} "${PREFIX}/config")
set(ENV{XDG_DATA_HOME} "${PREFIX}/data")
execute_process(COMMAND "${PREFIX}/${CMAKE_INSTALL_BINDIR}/coherence" --quit-after-show "${SAMPLE}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
if(NOT result EQUAL 0 OR NOT output MATCHES "painted")
    message(FATAL_ERROR "the installed coherence did not open the sample:\n${output}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
