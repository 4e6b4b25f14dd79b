# Fails while a text the window shows is missing from a translation: runs lupdate over the sources
# into a copy of each .ts file, as `--target update_translations` would, and looks for texts it had
# to add (unfinished) or that were there before but are gone from the sources (vanished).
#
#   cmake -DLUPDATE=… -DSOURCES_FILE=… -DWORK_DIR=… -DTS_FILES=a.ts;b.ts -P CheckTranslationsCurrent.cmake

file(STRINGS "${SOURCES_FILE}" sources)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -locations none ${sources} -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(STRINGS "${copy}" stale REGEX "type=\"(unfinished|vanished|obsolete)\"")
    if(stale)
        message(FATAL_ERROR "${name} is out of date with the sources: run `cmake --build build/release "
            "--target update_translations`, translate what it marks unfinished and drop what it marks "
            "vanished:\n${output}")
    endif()
endforeach()
