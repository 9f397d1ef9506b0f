// The text report's excerpts: the line of a span clipped to a window of code points around it, with
// carets under the span.
#include <catch2/catch.hpp>
#include <string>

#include "factlight/analyze.hpp"
#include "factlight/report.hpp"

namespace {

// The excerpt printed under the first figure of the report: its text line and its caret line, each
// after its "| ".
std::pair<std::string, std::string> first_figure_excerpt(const std::string& text) {
  const auto r = factlight::analyze(text);
  REQUIRE(r.analysis);
  const std::string report = factlight::render_report(*r.analysis);
  std::size_t at = report.find("\n== Figures ==\n");
  REQUIRE(at != std::string::npos);
  at = report.find('\n', report.find("\nf1 ", at) + 1) + 1;  // the line after the figure's own
  const std::size_t mid = report.find('\n', at), end = report.find('\n', mid + 1);
  auto after_bar = [&](std::size_t b, std::size_t e) {
    const std::size_t bar = report.find("| ", b);
    return report.substr(bar + 2, e - bar - 2);
  };
  return {after_bar(at, mid), after_bar(mid + 1, end)};
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("report excerpts show a window of code points around the span", "[report]") {
  struct Case {
    std::string text;
    std::string line;   // the excerpt's text line
    std::string carets; // its caret line
  };
  const std::string many = repeat("word ", 60), more = repeat(" more", 40);
  const Case cases[] = {
      // A short line whole, the carets under the figure.
      {"Prices rose by 45% last year.", "Prices rose by 45% last year.", std::string(15, ' ') + "^^^"},
      // Non-ASCII letters before the figure count one column each.
      {"\xC3\xA9\xC3\xA9\xC3\xA9 rose by 45% here.", "\xC3\xA9\xC3\xA9\xC3\xA9 rose by 45% here.",
       std::string(12, ' ') + "^^^"},
      // A long line: 24 code points before the figure, 96 in all, an ellipsis at each cut.
      {many + "the price rose by 45% in 2020" + more,
       "\xE2\x80\xA6" + (many + "the price rose by 45% in 2020" + more).substr(300 - 24 + 18, 96) + "\xE2\x80\xA6",
       " " + std::string(24, ' ') + "^^^"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto [line, carets] = first_figure_excerpt(c.text);
    CHECK(line == c.line);
    CHECK(carets == c.carets);
  }
}

TEST_CASE("report excerpts of many spans on one long line stay in their window", "[report]") {
  // Two thousand figures on one line: every excerpt is 96 code points and its ellipses, whatever the
  // line's length.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "It rose by " + std::to_string(i + 10) + "% then. ";
  const auto r = factlight::analyze(text);
  REQUIRE(r.analysis);
  REQUIRE(r.analysis->figures.size() >= 2000);
  const std::string report = factlight::render_report(*r.analysis);
  std::size_t lines = 0;
  for (std::size_t at = report.find("\n      1 | "); at != std::string::npos;
       at = report.find("\n      1 | ", at + 1)) {
    const std::size_t e = report.find('\n', at + 1);
    const std::string shown = report.substr(at + 11, e - at - 11);
    CHECK(shown.size() <= 96 + 2 * 3);  // ASCII text, and an ellipsis (3 bytes) at either end
    ++lines;
  }
  CHECK(lines >= 2000);
}
