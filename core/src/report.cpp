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
    // The window, in code points of the line (the line's end counts as one more): from 24 before the
    // span's start, kWindow long (longer to show a span of up to kWindow whole). Only the code points
    // around the span are found, so that an excerpt costs the same on a line of any length (a 10 MB
    // paragraph has many spans). text_ is valid UTF-8 (each invalid byte was replaced by one byte): a
    // code point starts at every byte that is no continuation byte, read backwards or forwards alike.
    // Up to 25 starts before the span's: back[k] is the (k+1)-th, nearer first.
    uint32_t back[25];
    uint32_t nb = 0;
    if (s.begin > le) back[nb++] = le;
    for (uint32_t p = std::min(s.begin, le); nb < 25 && p > lb;) {
      --p;
      while (p > lb && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
      back[nb++] = p;
    }
    const bool clipped = nb == 25;  // more than 24 code points before the span: the window starts later
    const uint32_t start = clipped ? back[23] : lb;
    const uint32_t c0 = clipped ? 24 : nb;  // the span's first code point, counted from the window's
    // The starts from the window's on, up to kWindow + 1 of them, and the line's end if it comes first.
    uint32_t fwd[kWindow + 2];
    uint32_t nf = 0;
    bool to_end = false;  // fwd reaches the line's end: then total is the count of code points after start
    for (uint32_t i = start;;) {
      if (i >= le) {
        fwd[nf++] = le;
        to_end = true;
        break;
      }
      if (nf == kWindow + 1) break;
      fwd[nf++] = i;
      i += decode_utf8(text_, i).len;
    }
    auto col = [&](uint32_t b) {  // code points from start before b (kWindow + 1 at most, unless at the end)
      return static_cast<uint32_t>(std::lower_bound(fwd, fwd + nf, b) - fwd);
    };
    const uint32_t c1 = std::max(col(span_end), c0 + 1);
    const uint32_t total = to_end ? nf - 1 : UINT32_MAX;  // known only when the window reaches the end
    uint32_t w1 = std::min(total, kWindow);
    if (c1 > w1 && c1 <= kWindow) w1 = std::min(c1, nf);  // (nf: a span past the line's end shows its end)
    std::string prefix = std::to_string(line);
    out_ += "  " + std::string(prefix.size() < 5 ? 5 - prefix.size() : 0, ' ') + prefix + " | ";
    if (clipped) out_ += "…";
    for (uint32_t c = 0; c < w1; ++c) {
      const Decoded d = decode_utf8(text_, fwd[c]);
      if (d.cp == '\t') out_ += ' ';
      else if (d.cp < 0x20 || !d.valid) out_ += "\xEF\xBF\xBD";
      else out_.append(text_.data() + fwd[c], d.len);
    }
    if (w1 < total) out_ += "…";
    out_ += "\n        | ";
    if (clipped) out_ += ' ';
    out_ += std::string(c0, ' ');
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
