# passaparola_core_library(NAME [COMPILE_OPTIONS option...]): the pure C++ core
# (sources listed in core/CMakeLists.txt) as a static library named NAME. The
# first call makes passaparola_core; a later one makes a named variant of the
# same sources with other flags (the what-if wasm module's -O3 core), so no
# target recompiles core files by path or relies on link order.
#
# What differs by platform is here, not in core/CMakeLists.txt: the
# Emscripten sysroot hides /usr/include, and no zlib port can be downloaded
# there, so raw DEFLATE comes from the core's own small codec.
function(passaparola_core_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "COMPILE_OPTIONS")
  get_property(sources GLOBAL PROPERTY PASSAPAROLA_CORE_SOURCES)
  get_property(core_dir GLOBAL PROPERTY PASSAPAROLA_CORE_DIR)
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC ${core_dir}/include PRIVATE ${core_dir}/src)
  target_link_libraries(${name} PRIVATE passaparola_warnings)
  target_compile_options(${name} PRIVATE ${arg_COMPILE_OPTIONS})
  # The industry presets, one data file compiled in as text: the core reads
  # no files. (The text is generated in the calling folder's build folder, so
  # two variants come from two folders.)
  passaparola_embed_text(TARGET ${name} INPUT ${core_dir}/data/presets.json
    NAMESPACE passaparola::detail NAME presets_data_text)
  if(EMSCRIPTEN)
    # Only nlohmann, through a folder that holds a link to it.
    set(nlohmann_dir ${CMAKE_BINARY_DIR}/nlohmann_include)
    file(MAKE_DIRECTORY ${nlohmann_dir})
    file(CREATE_LINK /usr/include/nlohmann ${nlohmann_dir}/nlohmann SYMBOLIC)
    target_include_directories(${name} SYSTEM PUBLIC ${nlohmann_dir})
    target_sources(${name} PRIVATE ${core_dir}/src/deflate_builtin.cpp)
  else()
    find_package(nlohmann_json 3.11 REQUIRED)
    find_package(ZLIB REQUIRED)
    target_link_libraries(${name} PUBLIC nlohmann_json::nlohmann_json PRIVATE ZLIB::ZLIB)
    target_sources(${name} PRIVATE ${core_dir}/src/deflate_zlib.cpp)
  endif()
endfunction()
