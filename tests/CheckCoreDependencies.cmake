# Fails when core/ includes a QtGui or QtWidgets header or coherence_core links anything but
# QtCore, SQLite and our own INTERFACE options target. Run by ctest (see tests/CMakeLists.txt).
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        if(line MATCHES "<(QtGui|QtWidgets|QtPrintSupport|QtCharts|QtSvg)/" OR
           line MATCHES "<(QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QTextDocument|QPdfWriter|QUndoStack|QUndoCommand|QAction|QIcon)>")
            list(APPEND problems "${source}: ${line}")
        endif()
    endforeach()
endforeach()

file(READ "${LINK_FILE}" links)
foreach(library IN LISTS links)
    if(library STREQUAL "")
        continue()
    endif()
    # Compiled-in resources (the built-in rubrics, the translations) arrive as object libraries of our
    # own. The translations are added from resources/, another directory, which CMake records by
    # wrapping what it links in "::@(0x…)" … "::@" scope markers.
    if(library MATCHES "coherence_core_resources_[0-9]+" OR library MATCHES "^::@(\\(0x[0-9a-f]+\\))?$")
        continue()
    endif()
    if(NOT library MATCHES "^(Qt6::Core|SQLite::SQLite3|coherence_options|\\$<LINK_ONLY:.*>)$")
        list(APPEND problems "coherence_core links ${library}")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "core/ must depend on QtCore and SQLite only:\n  ${text}")
endif()
message(STATUS "core/: no QtGui or QtWidgets includes; links: ${links}")
