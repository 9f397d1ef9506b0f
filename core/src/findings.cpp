// Findings: first version. Exact duplicate paragraphs and invalid UTF-8.
#include <string>
#include <unordered_map>

#include "factlight/extractors.hpp"
#include "factlight/unicode.hpp"

namespace factlight {

void find_issues(const Analysis& a, std::vector<Finding>& out) {
  const Document& doc = a.doc;
  if (!doc.invalid_bytes.empty()) {
    const uint32_t first = doc.invalid_bytes.front();
    out.push_back({"invalid_utf8", {first, first + 1},
                   std::to_string(doc.invalid_bytes.size()) +
                       " invalid UTF-8 byte(s) were read as U+FFFD; offsets still index the original bytes.",
                   {}});
  }
  std::unordered_map<std::string, uint32_t> seen;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const ByteSpan span = doc.paragraphs[p].span;
    auto [it, inserted] = seen.emplace(fold_lower(doc.slice(span)), p);
    if (inserted) continue;
    out.push_back({"duplicate_paragraph", span, "This paragraph repeats an earlier one.",
                   {doc.paragraphs[it->second].span}});
  }
}

}  // namespace factlight
