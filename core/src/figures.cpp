// Figures: first version. Numbers in digits, with scale words, percent and currency symbols.
#include <cstdlib>
#include <string>

#include "factlight/extractors.hpp"
#include "factlight/unicode.hpp"

namespace factlight {

void extract_figures(const Document& doc, std::vector<Figure>& out) {
  const auto& toks = doc.tokens;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind != TokenKind::number) continue;
    std::string digits;
    for (char c : doc.token_text(i))
      if (c != ',') digits += c;
    Figure f;
    f.id = static_cast<uint32_t>(out.size() + 1);
    f.span = toks[i].span;
    f.value = std::strtod(digits.c_str(), nullptr);
    if (i > 0 && doc.token_text(i - 1) == "$") {
      f.kind = FigureKind::money;
      f.currency = "USD";
      f.span.begin = toks[i - 1].span.begin;
    }
    if (i + 1 < toks.size()) {
      const std::string next = fold_lower(doc.token_text(i + 1));
      if (next == "%" || next == "percent") {
        f.kind = FigureKind::percent;
        f.span.end = toks[i + 1].span.end;
      } else if (next == "million" || next == "billion" || next == "thousand") {
        *f.value *= next == "million" ? 1e6 : next == "billion" ? 1e9 : 1e3;
        f.span.end = toks[i + 1].span.end;
      }
    }
    out.push_back(std::move(f));
  }
}

}  // namespace factlight
