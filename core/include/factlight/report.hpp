// Human-readable report: each item with the line it sits on and a caret under the span.
#pragma once
#include <string>

#include "factlight/model.hpp"

namespace factlight {

std::string render_report(const Analysis& analysis);

}  // namespace factlight
