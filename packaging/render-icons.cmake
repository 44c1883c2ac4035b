# Runs passerelle-render-icons at build time (cmake -P): on Windows, Qt's libraries are found
# through PATH, which a build prompt does not usually hold; their folder is put first.
#   cmake -DTOOL=... -DQT_BIN=... -DSVG=... -DOUTPUT=... -DNAME=... -DICO=... -P render-icons.cmake
if(CMAKE_HOST_WIN32)
    set(ENV{PATH} "${QT_BIN};$ENV{PATH}")
endif()
execute_process(COMMAND "${TOOL}" "${SVG}" "${OUTPUT}" "${NAME}" "${ICO}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Rendering the icon failed (${result}): Qt's SVG image plugin is needed")
endif()
