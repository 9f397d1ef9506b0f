#include "invariants.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "factlight/analyze.hpp"

namespace factlight::invariants {
namespace {

using Json = nlohmann::ordered_json;

bool cont(unsigned char b) { return (b & 0xC0) == 0x80; }

unsigned units_of(const Char& c, OffsetUnit unit) {
  switch (unit) {
    case OffsetUnit::utf8: return c.len;
    case OffsetUnit::utf16: return c.cp >= 0x10000 ? 2u : 1u;
    case OffsetUnit::codepoint: return 1u;
  }
  return 1u;
}

const char* unit_name(OffsetUnit u) {
  return u == OffsetUnit::utf8 ? "utf8" : u == OffsetUnit::utf16 ? "utf16" : "codepoint";
}

// Offsets in `unit` -> byte offsets, for the sorted, unique `targets`, in one sweep over the text.
// kInside: the offset falls inside a character; kBeyond: past the end of the text.
constexpr int64_t kInside = -1, kBeyond = -2;
std::vector<int64_t> to_bytes(std::string_view text, OffsetUnit unit, const std::vector<uint64_t>& targets) {
  std::vector<int64_t> out(targets.size(), kBeyond);
  std::size_t k = 0, i = 0;
  uint64_t u = 0;
  while (k < targets.size()) {
    while (k < targets.size() && targets[k] < u) out[k++] = kInside;
    while (k < targets.size() && targets[k] == u) out[k++] = static_cast<int64_t>(i);
    if (i >= text.size()) break;
    const Char c = char_at(text, i);
    u += units_of(c, unit);
    i += c.len;
  }
  return out;
}

bool is_uint(const Json& j) { return j.is_number_unsigned() || (j.is_number_integer() && j.get<int64_t>() >= 0); }

struct SpanRef {
  Json* node;
  std::string path;
};

// Every object holding "begin" and "end", with a readable path for messages.
void collect_spans(Json& j, const std::string& path, std::vector<SpanRef>& out) {
  if (j.is_object()) {
    if (j.contains("begin") && j.contains("end")) out.push_back({&j, path});
    for (auto it = j.begin(); it != j.end(); ++it) collect_spans(it.value(), path + "." + it.key(), out);
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) collect_spans(j[i], path + "[" + std::to_string(i) + "]", out);
  }
}

struct Range {
  uint64_t begin, end;
};
bool range_of(const Json& j, Range& r) {
  if (!j.is_object() || !j.contains("begin") || !j.contains("end") || !is_uint(j["begin"]) || !is_uint(j["end"]))
    return false;
  r = {j["begin"].get<uint64_t>(), j["end"].get<uint64_t>()};
  return true;
}
bool inside(Range inner, Range outer) { return outer.begin <= inner.begin && inner.end <= outer.end; }

const Json* array_field(const Json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_array()) return nullptr;
  return &j[key];
}

// Checks of the document's structure, on the byte-normalized output (so in any unit).
void check_structure(const Json& j, std::vector<std::string>& errors) {
  auto fail = [&](const std::string& m) { errors.push_back(m); };
  for (const char* key : {"paragraphs", "sentences", "quotes", "scare_quotes", "speakers", "figures", "claims", "findings"})
    if (!array_field(j, key)) fail(std::string("\"") + key + "\" is missing or not an array");
  if (!errors.empty()) return;

  std::vector<Range> paragraphs;
  for (const auto& p : j["paragraphs"]) {
    Range r{};
    if (!range_of(p, r)) continue;  // reported by the span walk
    if (r.begin == r.end) fail("empty paragraph at " + std::to_string(r.begin));
    if (!paragraphs.empty() && paragraphs.back().end > r.begin) fail("paragraphs overlap or are unsorted at " + std::to_string(r.begin));
    paragraphs.push_back(r);
  }
  std::vector<Range> sentences;
  for (const auto& s : j["sentences"]) {
    Range r{};
    if (!range_of(s, r)) continue;
    if (!sentences.empty() && sentences.back().end > r.begin) fail("sentences overlap or are unsorted at " + std::to_string(r.begin));
    sentences.push_back(r);
    if (!s.contains("paragraph") || !is_uint(s["paragraph"]) || s["paragraph"].get<uint64_t>() >= paragraphs.size()) {
      fail("sentence at " + std::to_string(r.begin) + " has no valid paragraph index");
    } else if (!inside(r, paragraphs[s["paragraph"].get<std::size_t>()])) {
      fail("sentence at " + std::to_string(r.begin) + " is not inside its paragraph");
    }
  }
  // Every character that is not blank belongs to a paragraph: checked by the callers that know the
  // text; here, paragraphs cover sentences and sentences tile nothing twice.

  std::set<std::string> quote_ids, figure_ids;
  for (const auto& q : j["quotes"]) {
    Range r{};
    if (!range_of(q, r)) continue;
    const std::string id = q.contains("id") && q["id"].is_string() ? q["id"].get<std::string>() : "";
    if (id.empty() || !quote_ids.insert(id).second) fail("quote at " + std::to_string(r.begin) + " has a missing or repeated id");
    const Json* frags = array_field(q, "fragments");
    if (!frags) {
      fail("quote " + id + " has no fragments array");
    } else {
      uint64_t prev_end = 0;
      for (const auto& f : *frags) {
        Range fr{};
        if (!range_of(f, fr)) continue;
        if (!inside(fr, r)) fail("a fragment of quote " + id + " is outside the quote");
        if (fr.begin < prev_end) fail("fragments of quote " + id + " overlap or are unsorted");
        prev_end = fr.end;
      }
    }
    if (!q.contains("confidence") || !q["confidence"].is_number() || q["confidence"].get<double>() < 0 ||
        q["confidence"].get<double>() > 1)
      fail("quote " + id + " has a confidence outside [0, 1]");
  }
  for (const auto& f : j["figures"]) {
    const std::string id = f.contains("id") && f["id"].is_string() ? f["id"].get<std::string>() : "";
    if (id.empty() || !figure_ids.insert(id).second) fail("a figure has a missing or repeated id");
  }
  auto check_ids = [&](const Json& owner, const char* key, const std::set<std::string>& ids, const std::string& who) {
    const Json* refs = array_field(owner, key);
    if (!refs) return fail(who + " has no \"" + key + "\" array");
    for (const auto& r : *refs)
      if (!r.is_string() || !ids.count(r.get<std::string>())) fail(who + " refers to a missing " + key + " id " + r.dump());
  };
  for (const auto& s : j["speakers"]) check_ids(s, "quotes", quote_ids, "speaker " + (s.contains("name") ? s["name"].dump() : "?"));
  for (const auto& c : j["claims"]) {
    Range r{};
    if (!range_of(c, r)) continue;
    const std::string who = "claim at " + std::to_string(r.begin);
    if (!c.contains("sentence") || !is_uint(c["sentence"]) || c["sentence"].get<uint64_t>() >= sentences.size())
      fail(who + " has no valid sentence index");
    else if (!inside(r, sentences[c["sentence"].get<std::size_t>()]))
      fail(who + " is not inside its sentence");
    if (!c.contains("score") || !c["score"].is_number() || c["score"].get<double>() < 0 || c["score"].get<double>() > 1)
      fail(who + " has a score outside [0, 1]");
    check_ids(c, "figures", figure_ids, who);
    check_ids(c, "quotes", quote_ids, who);
  }
  uint64_t last = 0;
  for (const auto& f : j["findings"]) {
    Range r{};
    if (!range_of(f, r)) continue;
    if (r.begin < last) fail("findings are not sorted by position at " + std::to_string(r.begin));
    last = r.begin;
  }
}

// White space, line breaks, zero-width and format characters, variation selectors and combining
// marks with nothing to attach to: the only characters that may fall outside every sentence.
bool ignorable(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200F) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x2060 || c == 0x3000 || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x0300 && c <= 0x036F);
}

// Nothing of the text is lost: every other character lies inside a sentence.
void check_coverage(std::string_view text, const Json& j, std::vector<std::string>& errors) {
  std::size_t i = 0;
  auto gap = [&](std::size_t to) {
    while (i < to) {
      const Char c = char_at(text, i);
      if (!ignorable(c.cp) || !c.valid) {
        errors.push_back("byte " + std::to_string(i) + " (U+" + [&] {
          std::ostringstream h;
          h << std::hex << std::uppercase << static_cast<uint32_t>(c.cp);
          return h.str();
        }() + ") is in no sentence: it was lost");
        return;
      }
      i += c.len;
    }
  };
  for (const auto& s : j["sentences"]) {
    Range r{};
    if (!range_of(s, r)) continue;
    gap(static_cast<std::size_t>(r.begin));
    if (!errors.empty()) return;
    i = std::max<std::size_t>(i, static_cast<std::size_t>(r.end));
  }
  gap(text.size());
}

}  // namespace

Char char_at(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b0 < 0x80) return {b0, 1, true};
  // Table 3-7: the second byte's range depends on the first byte.
  unsigned len = 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
  else if (b0 == 0xE0) len = 3, lo = 0xA0;
  else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) len = 3;
  else if (b0 == 0xED) len = 3, hi = 0x9F;
  else if (b0 == 0xF0) len = 4, lo = 0x90;
  else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
  else if (b0 == 0xF4) len = 4, hi = 0x8F;
  else return {0xFFFD, 1, false};
  const unsigned b1 = at(1);
  if (b1 < lo || b1 > hi) return {0xFFFD, 1, false};
  for (unsigned k = 2; k < len; ++k)
    if (!cont(static_cast<unsigned char>(at(k))) || i + k >= s.size()) return {0xFFFD, 1, false};
  char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (unsigned k = 1; k < len; ++k) cp = (cp << 6) | (at(k) & 0x3F);
  return {cp, len, true};
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const Char c = char_at(s, i);
    if (!c.valid) return false;
    i += c.len;
  }
  return true;
}

std::string replace_invalid(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Char c = char_at(s, i);
    if (c.valid) out.append(s.substr(i, c.len));
    else out += "\xEF\xBF\xBD";
    i += c.len;
  }
  return out;
}

uint64_t length_in(std::string_view text, OffsetUnit unit) {
  uint64_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    const Char c = char_at(text, i);
    n += units_of(c, unit);
    i += c.len;
  }
  return n;
}

namespace {

std::vector<std::string> check_one(std::string_view text, OffsetUnit unit, std::string_view json, Json* normalized) {
  std::vector<std::string> errors;
  auto fail = [&](const std::string& m) { errors.push_back(m); };
  if (!is_valid_utf8(json)) {
    fail("the JSON is not valid UTF-8");
    return errors;
  }
  Json j = Json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded()) {
    fail("the JSON does not parse back");
    return errors;
  }
  if (!j.is_object() || !j.contains("schema") || j["schema"] != "factlight/1") {
    fail("the JSON is not a factlight/1 object");
    return errors;
  }
  if (j.contains("error")) {
    fail("the analysis failed: " + j["error"].dump());
    return errors;
  }
  if (!j.contains("offsets") || j["offsets"] != unit_name(unit)) fail("\"offsets\" is not \"" + std::string(unit_name(unit)) + "\"");
  const uint64_t length = length_in(text, unit);
  if (!j.contains("length") || !is_uint(j["length"]) || j["length"].get<uint64_t>() != length)
    fail("\"length\" is " + (j.contains("length") ? j["length"].dump() : std::string("missing")) + ", the text has " +
         std::to_string(length) + " units: something of the text was lost");

  // Every span: integers, ordered, in range, on character boundaries, its text equal to the slice.
  std::vector<SpanRef> spans;
  collect_spans(j, "", spans);
  std::vector<uint64_t> targets{length};
  for (const auto& s : spans)
    for (const char* key : {"begin", "end"})
      if (is_uint((*s.node)[key])) targets.push_back((*s.node)[key].get<uint64_t>());
  std::sort(targets.begin(), targets.end());
  targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
  const std::vector<int64_t> bytes = to_bytes(text, unit, targets);
  auto byte_of = [&](uint64_t u) { return bytes[std::lower_bound(targets.begin(), targets.end(), u) - targets.begin()]; };
  for (const auto& s : spans) {
    Json& n = *s.node;
    if (!is_uint(n["begin"]) || !is_uint(n["end"])) {
      fail(s.path + ": begin/end are not non-negative integers: " + n.dump());
      continue;
    }
    const uint64_t b = n["begin"].get<uint64_t>(), e = n["end"].get<uint64_t>();
    const int64_t bb = byte_of(b), be = byte_of(e);
    if (b > e) fail(s.path + ": begin " + std::to_string(b) + " > end " + std::to_string(e));
    if (bb == kBeyond || be == kBeyond) fail(s.path + ": [" + std::to_string(b) + ", " + std::to_string(e) + ") is beyond the text");
    else if (bb == kInside || be == kInside) fail(s.path + ": [" + std::to_string(b) + ", " + std::to_string(e) + ") cuts a character");
    else if (b <= e) {
      if (n.contains("text")) {
        const std::string want = replace_invalid(text.substr(static_cast<std::size_t>(bb), static_cast<std::size_t>(be - bb)));
        if (!n["text"].is_string() || n["text"].get_ref<const std::string&>() != want)
          fail(s.path + ": \"text\" is not the slice [" + std::to_string(b) + ", " + std::to_string(e) + ")");
      }
      n["begin"] = bb;
      n["end"] = be;
      continue;
    }
  }
  if (!errors.empty()) return errors;
  j["length"] = text.size();
  j.erase("offsets");
  check_structure(j, errors);
  if (errors.empty()) check_coverage(text, j, errors);
  if (normalized) *normalized = std::move(j);
  return errors;
}

}  // namespace

std::vector<std::string> check_output(std::string_view text, OffsetUnit unit, std::string_view json,
                                      std::string* normalized) {
  Json j;
  auto errors = check_one(text, unit, json, normalized ? &j : nullptr);
  if (normalized) *normalized = j.dump();
  return errors;
}

std::vector<std::string> check_analysis(std::string_view text, Options options, bool allow_error) {
  std::vector<std::string> errors;
  Json first;
  bool first_set = false;
  for (OffsetUnit unit : {OffsetUnit::utf8, OffsetUnit::utf16, OffsetUnit::codepoint}) {
    options.offsets = unit;
    const std::string json = analyze_to_json(text, options);
    if (allow_error && is_valid_utf8(json)) {
      const Json j = Json::parse(json, nullptr, false);
      if (!j.is_discarded() && j.is_object() && j.contains("error") && j["error"].is_string() && j.size() == 2) continue;
    }
    Json normalized;
    for (const std::string& e : check_one(text, unit, json, &normalized))
      errors.push_back(std::string(unit_name(unit)) + ": " + e);
    if (!errors.empty()) continue;
    if (!first_set) {
      first = std::move(normalized);
      first_set = true;
    } else if (normalized != first) {
      errors.push_back(std::string(unit_name(unit)) + ": the spans differ from the utf8 output once converted to bytes");
    }
  }
  return errors;
}

std::vector<std::string> check_document(const Document& doc) {
  std::vector<std::string> errors;
  auto fail = [&](const std::string& m) { errors.push_back(m); };
  const std::string_view text = doc.original();
  const std::size_t n = text.size();
  if (doc.size() != n || doc.text().size() != n) fail("the repaired text does not keep the length");
  std::vector<bool> boundary(n + 1, false);
  std::vector<uint32_t> invalid;
  for (std::size_t i = 0; i < n;) {
    boundary[i] = true;
    const Char c = char_at(text, i);
    if (!c.valid) invalid.push_back(static_cast<uint32_t>(i));
    i += c.len;
  }
  boundary[n] = true;
  if (invalid != doc.invalid_bytes) fail("invalid_bytes does not list exactly the ill-formed bytes");
  auto span_ok = [&](ByteSpan s) { return s.begin <= s.end && s.end <= n && boundary[s.begin] && boundary[s.end]; };
  uint32_t prev_end = 0;
  for (std::size_t k = 0; k < doc.tokens.size(); ++k) {
    const ByteSpan s = doc.tokens[k].span;
    if (!span_ok(s) || s.empty() || s.begin < prev_end) {
      fail("token " + std::to_string(k) + " [" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
           ") is empty, out of order or cuts a character");
      break;
    }
    prev_end = s.end;
  }
  for (std::size_t k = 0; k < doc.sentences.size() && errors.empty(); ++k) {
    const Sentence& s = doc.sentences[k];
    if (!span_ok(s.span) || s.paragraph >= doc.paragraphs.size() || !doc.paragraphs[s.paragraph].span.contains(s.span) ||
        s.first_token > s.token_end || s.token_end > doc.tokens.size()) {
      fail("sentence " + std::to_string(k) + " is malformed or outside its paragraph");
      break;
    }
    for (uint32_t t = s.first_token; t < s.token_end; ++t)
      if (!s.span.contains(doc.tokens[t].span)) {
        fail("token " + std::to_string(t) + " is outside its sentence " + std::to_string(k));
        break;
      }
  }
  for (std::size_t p = 0; p < doc.paragraphs.size() && errors.empty(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    if (!span_ok(para.span) || para.first_sentence > para.sentence_end || para.sentence_end > doc.sentences.size())
      fail("paragraph " + std::to_string(p) + " is malformed");
  }
  return errors;
}

std::string describe(const std::vector<std::string>& errors, std::size_t max) {
  std::ostringstream out;
  for (std::size_t i = 0; i < errors.size() && i < max; ++i) out << errors[i] << "\n";
  if (errors.size() > max) out << "... and " << errors.size() - max << " more\n";
  return out.str();
}

}  // namespace factlight::invariants
