# passaparola_embed_text(TARGET t INPUT file NAMESPACE ns NAME fn): compiles the
# text of `file` into target `t` as `std::string_view ns::fn()`.
set(PASSAPAROLA_EMBED_TEXT_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_text.cmake)

function(passaparola_embed_text)
  cmake_parse_arguments(ARG "" "TARGET;INPUT;NAMESPACE;NAME" "" ${ARGN})
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}_embedded.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${ARG_INPUT} -DOUTPUT=${output} -DNAMESPACE=${ARG_NAMESPACE} -DNAME=${ARG_NAME}
      -P ${PASSAPAROLA_EMBED_TEXT_SCRIPT}
    DEPENDS ${ARG_INPUT} ${PASSAPAROLA_EMBED_TEXT_SCRIPT}
    COMMENT "Embedding ${ARG_INPUT}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE ${output})
endfunction()
