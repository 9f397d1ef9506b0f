// Pairs quotation marks into quoted runs, paragraph by paragraph, with one stack and no look-back:
// every mark is pushed and popped at most once, so 100,000 marks or 10,000-deep nesting stay linear.
// Apostrophes (Putin’s, the horses’ carrots, ’90s) are told apart from single quotes by context.
#include "quotes_internal.hpp"
#include "size_hints.hpp"
#include "swar.hpp"

namespace factlight::quotes {
namespace {

enum class Shape : uint8_t { open, close, either };

// 8 bytes: a paragraph of nothing but marks holds one per two or three bytes of text.
struct Mark {
  uint32_t first_tok;
  char32_t ch : 21;  // '"' also stands for '' and ``
  bool pair : 1;     // written with two tokens ('' or ``): last_tok() is first_tok + 1
  bool single : 1;
  bool left : 1;     // opens by position: space (or an opening bracket) before, text right after
  bool right : 1;    // closes by position: text before, space or punctuation after
  uint32_t last_tok() const { return first_tok + pair; }
};
static_assert(sizeof(Mark) == 8, "Mark packs into 8 bytes");

struct Open {
  uint32_t mark;  // index into the paragraph's marks
  int run = -1;  // the run this opener continues (a quote that runs over paragraphs)
};

bool is_double_char(char32_t c) {
  switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF62: case 0xFF63:
      return true;
    default:
      return false;
  }
}

class Pairer {
 public:
  Pairer(const Document& doc, std::vector<QuotedRun>& runs, std::vector<Finding>& findings)
      : doc_(doc), toks_(doc.tokens), runs_(runs), findings_(findings) {}

  void run() {
    const auto& paras = doc_.paragraphs;
    for (uint32_t p = 0; p < paras.size(); ++p) {
      const uint32_t t0 = doc_.sentences[paras[p].first_sentence].first_token;
      const uint32_t t1 = doc_.sentences[paras[p].sentence_end - 1].token_end;
      para_ = p;
      t0_ = t0;
      t1_ = t1;
      reported_ = false;
      collect_marks(t0, t1);
      for (std::size_t k = 0; k < marks_.size(); ++k) step(k);
      const std::size_t retry = end_paragraph(p);
      // A stray opening mark (never closed, no quote in the next paragraph) is dropped and the
      // marks after it are paired again, once, so that it hides no quotation behind it.
      if (retry < marks_.size()) {
        for (std::size_t k = retry; k < marks_.size(); ++k) step(k);
        end_paragraph(p);
      }
    }
  }

 private:
  // The first token at or after k (below t1) that may be a mark (Document::quote_marks), or t1.
  FACTLIGHT_NOINLINE uint32_t next_mark(uint32_t k, uint32_t t1) const {
    if (k >= t1) return t1;
    const std::vector<uint64_t>& bits = doc_.quote_marks;
    std::size_t w = k >> 6;
    uint64_t b = bits[w] & (~uint64_t{0} << (k & 63));
    const std::size_t last = (t1 - 1) >> 6;
    while (!b) {
      if (w >= last) return t1;
      b = bits[++w];
    }
    const uint32_t at = static_cast<uint32_t>((w << 6) + swar::lowest_bit(b));
    return at < t1 ? at : t1;
  }

  void collect_marks(uint32_t t0, uint32_t t1) {
    marks_.clear();
    // Sized once from a count (a paragraph of nothing but marks would otherwise hold up to twice its
    // marks in capacity, and three times while growing). A short paragraph is not counted: its token
    // count bounds its marks, and kUncounted of them take 4 KiB.
    constexpr uint32_t kUncounted = 512;
    std::size_t n = t1 - t0;
    if (n > kUncounted) {  // the bits of [t0, t1) counted
      const std::vector<uint64_t>& bits = doc_.quote_marks;
      n = 0;
      for (std::size_t w = t0 >> 6; w <= (t1 - 1) >> 6; ++w) {
        uint64_t b = bits[w];
        if (w == t0 >> 6) b &= ~uint64_t{0} << (t0 & 63);
        if (w == (t1 - 1) >> 6) b &= ~uint64_t{0} >> (63 - ((t1 - 1) & 63));
        n += swar::bit_count(b);
      }
    }
    if (n > marks_.capacity()) {
      marks_ = std::vector<Mark>();
      marks_.reserve(n);
    }
    // The tokens that may be marks only: a quote token, or a backtick.
    for (uint32_t k = next_mark(t0, t1); k < t1; k = next_mark(k + 1, t1)) {
      const Token& tk = toks_[k];
      const bool backtick = tk.kind == TokenKind::symbol;
      Mark m{k, tk.first, false, false, false, false};
      // '' and `` are double marks written with two single ones. ''' after a word closes a single
      // quotation inside a double one: ' then '' ("… 'a special case,''' he said").
      const bool closing_triple = tk.first == '\'' && !backtick && k > t0 && !tk.has(kSpaceBefore) && k + 2 < t1 &&
                                  toks_[k + 1].first == '\'' && toks_[k + 2].first == '\'' &&
                                  !toks_[k + 1].has(kSpaceBefore) && !toks_[k + 2].has(kSpaceBefore);
      if ((tk.first == '\'' || backtick) && !closing_triple && k + 1 < t1 && toks_[k + 1].first == tk.first &&
          !toks_[k + 1].has(kSpaceBefore)) {
        m.pair = true;
        ++k;
        m.ch = backtick ? 0x201C : '"';
      } else if (backtick) {
        continue;
      }
      m.single = !is_double_char(m.ch);
      const bool space_before = toks_[m.first_tok].has(kSpaceBefore) || m.first_tok == t0 ||
                                opens_before(m.first_tok - 1);
      const bool next_adjacent = m.last_tok() + 1 < t1 && !toks_[m.last_tok() + 1].has(kSpaceBefore);
      const bool next_is_closer = next_adjacent && closer_after(m.last_tok() + 1);
      m.left = space_before && next_adjacent && !next_is_closer;
      m.right = !space_before && (!next_adjacent || next_is_closer);
      marks_.push_back(m);
    }
  }

  bool opens_before(uint32_t k) const {
    const Token& tk = toks_[k];
    if (tk.kind == TokenKind::dash) return true;
    if (tk.kind == TokenKind::punct) return tk.first == '(' || tk.first == '[' || tk.first == '{';
    return tk.kind == TokenKind::quote && (k == t0_ || tk.has(kSpaceBefore));
  }
  bool closer_after(uint32_t k) const {
    const Token& tk = toks_[k];
    if (tk.kind == TokenKind::quote || tk.kind == TokenKind::dash) return true;
    return tk.kind == TokenKind::punct && tk.first != '(' && tk.first != '[' && tk.first != 0x2026 &&
           tk.first != 0xBF && tk.first != 0xA1;
  }

  const Mark& mark_of(const Open& o) const { return marks_[o.mark]; }

  int top_double() const {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (!mark_of(stack_[i]).single) return static_cast<int>(i);
      // Only single openers may sit above a double one; they are dropped when it closes.
    }
    return -1;
  }

  void step(std::size_t k) {
    const Mark& m = marks_[k];
    if (m.single) {
      step_single(k);
      return;
    }
    const int d = top_double();
    const char32_t top = d >= 0 ? mark_of(stack_[static_cast<std::size_t>(d)]).ch : 0;
    Shape shape = Shape::either;
    switch (m.ch) {
      case 0x201C:  // “ opens, except as the closer of German „…“ or of a “…“ typo
        shape = (top == 0x201E && !m.left) || (d >= 0 && m.right && !m.left) ? Shape::close : Shape::open;
        break;
      case 0x201E: case 0x300C: case 0x300E: case 0xFF62:
        shape = Shape::open;
        break;
      case 0x201D: case 0x300D: case 0x300F: case 0xFF63:
        // Swedish ”…” opens with ”, and so does a typo's ” that opens its paragraph ("” … he said,”").
        shape = d >= 0 || (!m.left && m.first_tok != t0_) ? Shape::close : Shape::open;
        break;
      case 0xAB:  // « opens French «…», closes German »…«
        shape = top == 0xBB && !m.left ? Shape::close : Shape::open;
        break;
      case 0xBB:
        shape = top == 0xAB ? Shape::close : (m.left ? Shape::open : Shape::close);
        break;
      default:  // " and its two-mark spellings: position decides, else the state
        if (m.left && !m.right) shape = Shape::open;
        else if (m.right && !m.left) shape = Shape::close;
        else shape = d >= 0 ? Shape::close : Shape::open;
    }
    if (shape == Shape::open) {
      Open o{static_cast<uint32_t>(k), -1};
      if (pending_run_ >= 0 && m.first_tok == t0_) o.run = pending_run_;
      pending_run_ = -1;
      stack_.push_back(o);
      return;
    }
    if (d < 0) {
      report(m.first_tok, m.last_tok(), "This closing quotation mark has no opening mark in its paragraph.");
      return;
    }
    const Open o = stack_[static_cast<std::size_t>(d)];
    stack_.resize(static_cast<std::size_t>(d));
    if (stack_.empty()) emit(o, m.last_tok(), true);
  }

  void step_single(std::size_t k) {
    const Mark& m = marks_[k];
    const bool has_single_top = !stack_.empty() && mark_of(stack_.back()).single;
    const char32_t top = has_single_top ? mark_of(stack_.back()).ch : 0;
    const bool before_number = m.last_tok() + 1 < t1_ && toks_[m.last_tok() + 1].kind == TokenKind::number;
    bool close = false, open = false;
    switch (m.ch) {
      case 0x2018:  // ‘ opens, except as the closer of German ‚…‘
        if (top == 0x201A && !m.left) close = true;
        else open = m.left && !before_number;
        break;
      case 0x201A: case 0x2039:
        open = true;
        break;
      case 0x2019: case 0x203A: case 0x201B:
        close = has_single_top && m.right;  // otherwise an apostrophe: the horses’ carrots
        break;
      default:  // ' : an apostrophe unless it sits like a mark
        if (m.left && !before_number) open = true;
        else close = has_single_top && m.right;
    }
    if (open) {
      stack_.push_back({static_cast<uint32_t>(k), -1});
      pending_run_ = -1;
    } else if (close) {
      const Open o = stack_.back();
      stack_.pop_back();
      if (stack_.empty()) emit(o, m.last_tok(), true);
    }
  }

  void emit(const Open& o, uint32_t close_tok, bool closed) {
    const ByteSpan frag{toks_[mark_of(o).first_tok].span.begin, toks_[close_tok].span.end};
    QuotedRun* r;
    if (o.run >= 0) {
      r = &runs_[static_cast<std::size_t>(o.run)];
    } else {
      runs_.emplace_back();
      r = &runs_.back();
      r->open_tok = mark_of(o).first_tok;
      r->first_para = para_;
      r->single = mark_of(o).single;
    }
    r->fragments.push_back(frag);
    r->close_tok = close_tok;
    r->last_para = para_;
    r->closed = closed;
    // Counted here: emitted fragments never overlap (a run is emitted when its stack empties), so
    // this is one pass over the text in all.
    for (uint32_t k = mark_of(o).first_tok; k <= close_tok; ++k)
      r->words += toks_[k].kind == TokenKind::word;  // "2016-06-29" says nothing
  }

  // Returns the index of the mark after a stray opening mark whose paragraph should be paired
  // again without it, or marks_.size().
  std::size_t end_paragraph(uint32_t p) {
    pending_run_ = -1;
    int bottom = -1;
    for (std::size_t i = 0; i < stack_.size(); ++i)
      if (!mark_of(stack_[i]).single) {
        bottom = static_cast<int>(i);
        break;
      }
    if (bottom < 0 || t1_ == t0_) {
      stack_.clear();
      return marks_.size();
    }
    const Open o = stack_[static_cast<std::size_t>(bottom)];
    const bool rest_open = none_closed_after(o, bottom);
    stack_.clear();
    // A quote that goes on in the next paragraph: that paragraph opens with a double mark.
    bool continues = false;
    if (p + 1 < doc_.paragraphs.size()) {
      const uint32_t n0 = doc_.sentences[doc_.paragraphs[p + 1].first_sentence].first_token;
      const uint32_t n1 = doc_.sentences[doc_.paragraphs[p + 1].sentence_end - 1].token_end;
      if (n0 < n1 && toks_[n0].kind == TokenKind::quote) {
        const char32_t c = toks_[n0].first;
        const bool straight = c == '"' || (c == '\'' && n0 + 1 < n1 && toks_[n0 + 1].first == '\'');
        continues = straight || c == 0x201C || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x300C;
        // Each paragraph of one quotation opens with the same kind of mark: a straight mark left open
        // is not continued by a paragraph that opens with a curly one (a stray mark before it).
        const bool was_straight = mark_of(o).ch == '"' && toks_[mark_of(o).first_tok].first != 0x201C;
        continues = continues && straight == was_straight;
      }
    }
    if (continues && (mark_of(o).left || o.run >= 0)) {
      emit(o, t1_ - 1, false);
      pending_run_ = o.run >= 0 ? o.run : static_cast<int>(runs_.size() - 1);
      return marks_.size();
    }
    if (o.run >= 0) {  // the last paragraph of a long quotation lacks its closing mark
      emit(o, t1_ - 1, false);
      report(mark_of(o).first_tok, mark_of(o).last_tok(),
             "This quotation mark is never closed: the quote is taken to end with its paragraph.");
      return marks_.size();
    }
    // "“…,” he said. “They see that." — a mark that opens a sentence, with no double mark after it
    // closed in the paragraph, opens a quotation that runs to the paragraph end: nothing is hidden
    // behind it.
    if (opens_sentence(mark_of(o).first_tok) && mark_of(o).left && rest_open) {
      emit(o, t1_ - 1, false);
      report(mark_of(o).first_tok, mark_of(o).last_tok(),
             "This quotation mark is never closed: the quote is taken to end with its paragraph.");
      return marks_.size();
    }
    report(mark_of(o).first_tok, mark_of(o).last_tok(), "This quotation mark is never closed in its paragraph.");
    if (retried_ == p + 1) return marks_.size();
    retried_ = p + 1;
    std::size_t k = 0;
    while (k < marks_.size() && marks_[k].first_tok <= mark_of(o).first_tok) ++k;
    return k;
  }

  // Whether the mark at token k opens a sentence after another one of its paragraph: after ". ", "! ",
  // "? ". (One that opens its paragraph more often sets off an excerpt whose end is not marked.)
  bool opens_sentence(uint32_t k) const {
    if (k == t0_) return false;
    const Token& b = toks_[k - 1];
    return toks_[k].has(kSpaceBefore) && b.kind == TokenKind::punct && (b.first == '.' || b.first == '!' || b.first == '?');
  }

  // Whether every double mark after the opener o (at stack_[bottom] when the paragraph ended) is
  // still open: no quotation inside the rest of the paragraph was paired.
  bool none_closed_after(const Open& o, int bottom) const {
    std::size_t after = 0, open = 0;
    for (std::size_t k = o.mark + 1; k < marks_.size(); ++k) after += !marks_[k].single;
    for (std::size_t i = static_cast<std::size_t>(bottom) + 1; i < stack_.size(); ++i) open += !mark_of(stack_[i]).single;
    return after == open;
  }

  void report(uint32_t first, uint32_t last, const char* message) {
    if (reported_) return;  // one finding per paragraph is enough to send an editor there
    reported_ = true;
    findings_.push_back({"unbalanced_quote", {toks_[first].span.begin, toks_[last].span.end}, message, {}});
  }

  const Document& doc_;
  const Tokens& toks_;
  std::vector<QuotedRun>& runs_;
  std::vector<Finding>& findings_;
  std::vector<Mark> marks_;
  std::vector<Open> stack_;
  uint32_t para_ = 0, t0_ = 0, t1_ = 0;
  int pending_run_ = -1;
  bool reported_ = false;
  uint32_t retried_ = 0;  // paragraph + 1 that was paired a second time
};

}  // namespace

void pair_quote_marks(const Document& doc, std::vector<QuotedRun>& runs, std::vector<Finding>& findings) {
  Pairer(doc, runs, findings).run();
}

}  // namespace factlight::quotes
