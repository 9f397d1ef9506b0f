// The one entry point of the core: text in, analysis out. Errors are values, never exceptions.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "factlight/model.hpp"
#include "factlight/options.hpp"

namespace factlight {

struct AnalyzeResult {
  std::unique_ptr<Analysis> analysis;  // null when error is set
  std::string error;
  bool ok() const { return analysis != nullptr; }
};

AnalyzeResult analyze(std::string_view text, const Options& options = {});

// analyze() then to_json(); on error, a JSON object {"schema", "error"}.
std::string analyze_to_json(std::string_view text, const Options& options = {}, int indent = -1);

const char* version();

}  // namespace factlight
