# Translations: English source strings, French (the users' language, complete) and English
# plural forms. One lupdate run over the sources of every library, so that no library marks
# another's strings obsolete (Qt 6.4's qt_add_translations scans one target only).
set(PASSERELLE_TS_FR ${PROJECT_SOURCE_DIR}/translations/passerelle_fr.ts)
set(PASSERELLE_TS_EN ${PROJECT_SOURCE_DIR}/translations/passerelle_en.ts)
file(GLOB_RECURSE PASSERELLE_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)

# `ninja update_translations` runs both (targets passerelle-core_lupdate, passerelle-ui_lupdate;
# Qt 6.4 names them after the target argument).
set(PASSERELLE_TR_INCLUDES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui)
qt_add_lupdate(passerelle-core
    TS_FILES ${PASSERELLE_TS_FR}
    SOURCES ${PASSERELLE_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PASSERELLE_TR_INCLUDES}
    OPTIONS -no-obsolete -locations none)
qt_add_lupdate(passerelle-ui
    TS_FILES ${PASSERELLE_TS_EN}
    SOURCES ${PASSERELLE_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PASSERELLE_TR_INCLUDES}
    OPTIONS -no-obsolete -locations none -pluralonly)

qt_add_lrelease(passerelle-core
    TS_FILES ${PASSERELLE_TS_FR} ${PASSERELLE_TS_EN}
    QM_FILES_OUTPUT_VARIABLE PASSERELLE_QM_FILES)
qt_add_resources(passerelle-core "translations"
    PREFIX "/passerelle/translations"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${PASSERELLE_QM_FILES})
