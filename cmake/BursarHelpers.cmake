# Compiler settings shared by every Bursar target.
function(bursar_target_defaults target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_TO_ASCII
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
      -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
      -Wconversion -Wno-error=deprecated-declarations)
    if(BURSAR_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
    if(BURSAR_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  endif()
endfunction()

# Precompiled headers for core and ui: the Qt and standard headers nearly every file of a kind
# includes, parsed once per library instead of once per file (CI's build: core's files took
# 585 s of compile time and take 365 s, ui's 282 s and 209 s). Not for the tests: each is one
# file, and a header shared by a group of them costs more to make (GCC wants the same macros,
# so one per directory and set of libraries) than it saves. Only Qt's and the standard
# library's headers: Bursar's own change too often, and core's floor rules (no QSql above
# core, no GUI in core) stay with each file's own includes. A header a file forgets still
# breaks a build without them: the fuzz preset compiles core's parsers with none.
set(BURSAR_PCH_CORE <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QMap> <QRegularExpression> <QSet> <QString> <QStringList> <QVariant>
    <algorithm> <functional> <map> <memory> <optional> <vector>)
set(BURSAR_PCH_WIDGETS ${BURSAR_PCH_CORE} <QApplication> <QBoxLayout> <QCheckBox> <QComboBox> <QDateEdit> <QDialog>
    <QDialogButtonBox> <QFormLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox> <QPushButton> <QTableView>
    <QTableWidget> <QTreeWidget> <QWidget>)

# One helper for every Qt Test executable: builds it, links it and registers it with CTest.
# BOTH_DATABASES registers it twice: on SQLite, and as NAME_pg on the PostgreSQL test server
# that packaging/dev.sh test starts (label "pg"; exclude with ctest -LE pg without one).
function(bursar_add_test name)
  cmake_parse_arguments(ARG "BOTH_DATABASES" "" "SOURCES;LIBS;LABELS" ${ARGN})
  qt_add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  bursar_target_defaults(${name})
  add_test(NAME ${name} COMMAND ${name})
  # Windows open on the smallest screen a clerk is expected to have: a 1366×768 laptop.
  set(screen "QT_QPA_PLATFORM=offscreen:configfile=${PROJECT_SOURCE_DIR}/tests/ui/laptop-screen.json")
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "${screen};ASAN_OPTIONS=detect_leaks=0"
    LABELS "${ARG_LABELS}")
  if(ARG_BOTH_DATABASES)
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
      ENVIRONMENT "${screen};ASAN_OPTIONS=detect_leaks=0;BURSAR_TEST_BACKEND=postgresql"
      LABELS "${ARG_LABELS};pg")
  endif()
endfunction()

# A test that drives a second process (a "worker" executable built beside it): builds the
# worker, and tells the test where it is through the compile definition DEFINE.
function(bursar_add_worker_test name)
  cmake_parse_arguments(ARG "" "WORKER;DEFINE" "" ${ARGN})
  qt_add_executable(${ARG_WORKER} ${ARG_WORKER}.cpp)
  target_link_libraries(${ARG_WORKER} PRIVATE bursar_core)
  bursar_target_defaults(${ARG_WORKER})
  bursar_add_test(${name} BOTH_DATABASES SOURCES ${name}.cpp LIBS bursar_test_support LABELS core)
  add_dependencies(${name} ${ARG_WORKER})
  target_compile_definitions(${name} PRIVATE ${ARG_DEFINE}="$<TARGET_FILE:${ARG_WORKER}>")
endfunction()

# A benchmark: prints its figures (docs/PERFORMANCE.md records them) and never fails on
# time, so it is built but not registered with CTest. LIBS: what it links besides core's
# storage helpers (benchmarks build their data with SQL of their own).
function(bursar_add_bench name)
  cmake_parse_arguments(ARG "" "" "LIBS;DEPENDS" ${ARGN})
  qt_add_executable(${name} ${name}.cpp)
  set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} bursar_core_storage_internal)
  bursar_target_defaults(${name})
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
endfunction()
