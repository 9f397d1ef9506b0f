#include "factlight/report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"
#include "factlight/unicode.hpp"

namespace factlight {
namespace {

constexpr uint32_t kWindow = 96;  // code points of context shown around a span

std::string fmt_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

class Renderer {
 public:
  explicit Renderer(const Analysis& a) : a_(a), text_(a.doc.text()) {
    line_starts_.push_back(0);
    for (uint32_t i = 0; i < text_.size(); ++i)
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }

  std::string quoted(ByteSpan s) const {
    return "\"" + sanitize_utf8(a_.doc.original().substr(s.begin, s.size())) + "\"";
  }

  // "  12 | the line" and a caret line under the span, clipped to a window around it.
  void excerpt(ByteSpan s) {
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), s.begin);
    const uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
    const uint32_t lb = line_starts_[line - 1];
    uint32_t le = line < line_starts_.size() ? line_starts_[line] - 1 : static_cast<uint32_t>(text_.size());
    while (le > lb && (text_[le - 1] == '\r' || text_[le - 1] == '\n')) --le;
    const uint32_t span_end = std::min(s.end, le);
    // Collect code point boundaries of the line, then choose a window that shows the span start.
    std::vector<uint32_t> cps;
    for (uint32_t i = lb; i < le;) {
      cps.push_back(i);
      i += decode_utf8(text_, i).len;
    }
    cps.push_back(le);
    auto col = [&](uint32_t b) {
      return static_cast<uint32_t>(std::lower_bound(cps.begin(), cps.end(), b) - cps.begin());
    };
    const uint32_t c0 = col(s.begin), c1 = std::max(col(span_end), c0 + 1);
    const uint32_t total = static_cast<uint32_t>(cps.size() - 1);
    uint32_t w0 = c0 > 24 ? c0 - 24 : 0;
    uint32_t w1 = std::min(total, w0 + kWindow);
    if (c1 > w1 && c1 - w0 <= kWindow) w1 = c1;
    std::string prefix = std::to_string(line);
    out_ += "  " + std::string(prefix.size() < 5 ? 5 - prefix.size() : 0, ' ') + prefix + " | ";
    if (w0 > 0) out_ += "…";
    for (uint32_t c = w0; c < w1; ++c) {
      const Decoded d = decode_utf8(text_, cps[c]);
      if (d.cp == '\t') out_ += ' ';
      else if (d.cp < 0x20 || !d.valid) out_ += "\xEF\xBF\xBD";
      else out_.append(text_.data() + cps[c], d.len);
    }
    if (w1 < total) out_ += "…";
    out_ += "\n        | ";
    if (w0 > 0) out_ += ' ';
    out_ += std::string(c0 - w0, ' ');
    out_ += std::string(std::min(c1, w1 > c0 ? w1 : c0 + 1) - c0, '^');
    out_ += "\n";
  }

  std::string run() {
    const Analysis& a = a_;
    size_t worthy = 0;
    for (const Claim& c : a.claims) worthy += c.score >= 0.5;
    size_t quotes = 0;
    for (const Quote& q : a.quotes) quotes += !q.scare;
    out_ += "factlight " + std::string(version_line()) + "\n";
    out_ += std::to_string(a.doc.paragraphs.size()) + " paragraphs, " +
            std::to_string(a.doc.sentences.size()) + " sentences, " + std::to_string(quotes) +
            " quotes, " + std::to_string(a.speakers.size()) + " speakers, " +
            std::to_string(a.figures.size()) + " figures, " + std::to_string(worthy) +
            " check-worthy claims, " + std::to_string(a.findings.size()) + " findings\n";

    section("Quotes");
    for (const Quote& q : a.quotes) {
      if (q.scare) continue;
      out_ += "q" + std::to_string(q.id) + " " + kind_name(q.kind) + " quote";
      if (!q.speaker_name.empty()) out_ += " by " + q.speaker_name;
      else if (q.speaker) out_ += " by " + quoted(*q.speaker);
      else out_ += ", no speaker";
      out_ += " (" + std::string(kind_name(q.speaker_kind));
      if (q.cue) out_ += ", cue " + quoted(*q.cue);
      out_ += ", confidence " + fmt_number(std::round(q.confidence * 100) / 100) + ")\n";
      for (const ByteSpan& f : q.fragments) excerpt(f);
    }
    section("Speakers");
    for (const Speaker& s : a.speakers) {
      out_ += s.name + " (" + kind_name(s.kind) + "): " + std::to_string(s.quotes.size()) +
              " quote(s), " + std::to_string(s.mentions.size()) + " mention(s)";
      for (const std::string& d : s.descriptions) out_ += "; " + d;
      out_ += "\n";
    }
    section("Figures");
    for (const Figure& f : a.figures) {
      out_ += "f" + std::to_string(f.id) + " " + kind_name(f.kind) + " " + quoted(f.span);
      if (f.value) out_ += " = " + fmt_number(*f.value);
      if (f.low || f.high)
        out_ += " in [" + (f.low ? fmt_number(*f.low) : std::string("?")) + ", " +
                (f.high ? fmt_number(*f.high) : std::string("?")) + "]";
      if (!f.unit.empty()) out_ += " " + f.unit;
      if (!f.currency.empty()) out_ += " " + f.currency;
      if (f.approx != Approx::exact) out_ += " (" + std::string(approx_name(f.approx)) + ")";
      if (f.relative) out_ += " (relative)";
      if (f.subject) out_ += ", subject " + quoted(*f.subject);
      out_ += "\n";
      excerpt(f.span);
    }
    section("Check-worthy claims (score >= 0.5, highest first)");
    std::vector<const Claim*> ranked;
    for (const Claim& c : a.claims)
      if (c.score >= 0.5) ranked.push_back(&c);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Claim* x, const Claim* y) { return x->score > y->score; });
    for (const Claim* c : ranked) {
      out_ += "c" + std::to_string(c->id) + " score " + fmt_number(std::round(c->score * 100) / 100);
      for (size_t i = 0; i < c->reasons.size(); ++i) out_ += (i ? "; " : ": ") + reason_text(c->reasons[i]);
      out_ += "\n";
      excerpt(c->span);
    }
    section("Findings");
    for (const Finding& f : a.findings) {
      out_ += f.kind + ": " + f.message + "\n";
      excerpt(f.span);
      for (const ByteSpan& r : f.related) {
        out_ += "  related:\n";
        excerpt(r);
      }
    }
    return out_;
  }

 private:
  static const char* version_line() { return version(); }
  void section(const char* title) { out_ += std::string("\n== ") + title + " ==\n"; }

  const Analysis& a_;
  std::string_view text_;
  std::vector<uint32_t> line_starts_;
  std::string out_;
};

}  // namespace

std::string render_report(const Analysis& analysis) { return Renderer(analysis).run(); }

}  // namespace factlight
