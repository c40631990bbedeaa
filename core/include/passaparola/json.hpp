#pragma once
// One JSON type for the whole project: member order is kept, so documents
// read back the way they were written, and one instantiation keeps wasm small.
#include <nlohmann/json.hpp>

namespace passaparola {
using Json = nlohmann::ordered_json;
}
