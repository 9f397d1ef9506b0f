// Fuzz target: the core's entry point. Any bytes are a text; the analysis in every offset unit must
// satisfy every invariant of tests/support/invariants.hpp, and the document model its own.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "factlight/document.hpp"
#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto errors = factlight::invariants::check_document(factlight::Document(text));
  if (errors.empty()) errors = factlight::invariants::check_analysis(text);
  if (!errors.empty()) {
    std::fprintf(stderr, "invariant violated (%zu bytes of input):\n%s", size,
                 factlight::invariants::describe(errors).c_str());
    std::abort();
  }
  return 0;
}
