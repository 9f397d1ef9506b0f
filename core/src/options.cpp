#include "factlight/options.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "json_sax.hpp"
#include "size_hints.hpp"

namespace factlight {

const char* offset_unit_name(OffsetUnit u) {
  switch (u) {
    case OffsetUnit::utf8: return "utf8";
    case OffsetUnit::utf16: return "utf16";
    case OffsetUnit::codepoint: return "codepoint";
  }
  return "utf8";
}

bool parse_offset_unit(std::string_view name, OffsetUnit& out) {
  if (name == "utf8") out = OffsetUnit::utf8;
  else if (name == "utf16") out = OffsetUnit::utf16;
  else if (name == "codepoint") out = OffsetUnit::codepoint;
  else return false;
  return true;
}

namespace {

// The options object is read from SAX events (json_sax.hpp) rather than from a parsed document: no
// document tree's code, which was most of what options parsing put in the wasm (about 45 KB of 550). What the events leave is what the checks below need of each value: its kind,
// a scalar, the strings of an array, the members of an object (one level).
struct Value {
  enum class Kind { null, boolean, number_unsigned, number_other, string, array, object };
  Kind kind = Kind::null;
  bool boolean = false;
  uint64_t unsigned_value = 0;
  double number = 0.0;  // any number, as double
  std::string string;
  bool all_strings = true;                             // arrays: every element a string
  std::vector<std::string> strings;                    // arrays: the string elements
  std::vector<std::pair<std::string, Value>> members;  // objects: first place, last value, as a document
  bool is_number() const { return kind == Kind::number_unsigned || kind == Kind::number_other; }
};

// Finds or appends `key` in `members`, resetting its value: a repeated key keeps its first place and takes
// the last value, as nlohmann's ordered_json does.
Value& member(std::vector<std::pair<std::string, Value>>& members, std::string& key) {
  for (auto& m : members)
    if (m.first == key) return m.second = Value{};
  members.emplace_back(std::move(key), Value{});
  return members.back().second;
}

class OptionsSax {
 public:
  bool top_is_object() const { return top_is_object_; }
  const std::vector<std::pair<std::string, Value>>& keys() const { return top_.members; }

  bool null() { return scalar([](Value&) {}, Value::Kind::null); }
  bool boolean(bool b) {
    return scalar([b](Value& v) { v.boolean = b; }, Value::Kind::boolean);
  }
  bool number_integer(int64_t n) {
    return scalar([n](Value& v) { v.number = static_cast<double>(n); }, Value::Kind::number_other);
  }
  bool number_unsigned(uint64_t n) {
    return scalar([n](Value& v) { v.unsigned_value = n; v.number = static_cast<double>(n); }, Value::Kind::number_unsigned);
  }
  bool number_float(double x, const std::string&) {
    return scalar([x](Value& v) { v.number = x; }, Value::Kind::number_other);
  }
  bool string(std::string& s) {
    if (!top_is_object_) return true;
    if (depth_ == 2 && current_->kind == Value::Kind::array) {
      current_->strings.push_back(s);
      return true;
    }
    return scalar([&s](Value& v) { v.string = std::move(s); }, Value::Kind::string);
  }
  bool start_object(std::size_t) { return open(Value::Kind::object); }
  bool start_array(std::size_t) { return open(Value::Kind::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& k) {
    if (!top_is_object_) return true;  // a document that is not an object is refused whatever it holds
    if (depth_ == 1) current_ = &member(top_.members, k);
    else if (depth_ == 2 && current_->kind == Value::Kind::object) inner_ = &member(current_->members, k);
    return true;
  }

 private:
  // A scalar where a value is due: the whole document (depth 0), a top-level member (1), an element of
  // a top-level array or a member of a top-level object (2); deeper ones only make their parent wrong.
  template <class Set>
  bool scalar(Set set, Value::Kind kind) {
    if (!top_is_object_) return true;
    if (depth_ == 1) {
      current_->kind = kind;
      set(*current_);
    } else if (depth_ == 2 && current_->kind == Value::Kind::array) {
      current_->all_strings = false;  // strings took the other way
    } else if (depth_ == 2) {
      inner_->kind = kind;
      set(*inner_);
    }
    return true;
  }
  bool open(Value::Kind kind) {
    if (depth_ == 0) {
      top_is_object_ = kind == Value::Kind::object;
    } else if (top_is_object_) {
      if (depth_ == 1) current_->kind = kind;
      else if (depth_ == 2 && current_->kind == Value::Kind::array) current_->all_strings = false;
      else if (depth_ == 2) inner_->kind = kind;
    }
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }

  int depth_ = 0;
  bool top_is_object_ = false;
  Value top_;                // the options object's members
  Value* current_ = nullptr;  // the top-level member being read
  Value* inner_ = nullptr;    // the member of a top-level object being read
};

}  // namespace

FACTLIGHT_COLD OptionsResult parse_options(std::string_view text, Options defaults) {
  OptionsResult r{defaults, {}};
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return r;
  // No exceptions: the wasm build has them off; sax_parse_json reports an error by returning false.
  OptionsSax sax;
  if (!sax_parse_json(text, sax)) return {defaults, "options are not valid JSON"};
  if (!sax.top_is_object()) return {defaults, "options must be a JSON object"};
  for (const auto& [key, v] : sax.keys()) {
    using Kind = Value::Kind;
    if (key == "offsets") {
      if (v.kind != Kind::string || !parse_offset_unit(v.string, r.options.offsets))
        return {defaults, "options.offsets must be \"utf8\", \"utf16\" or \"codepoint\""};
    } else if (key == "layers") {
      if (v.kind != Kind::object) return {defaults, "options.layers must be an object of booleans"};
      for (const auto& [layer, l] : v.members) {
        if (l.kind != Kind::boolean) return {defaults, "options.layers." + layer + " must be true or false"};
        if (layer == "quotes") r.options.layers.quotes = l.boolean;
        else if (layer == "figures") r.options.layers.figures = l.boolean;
        else if (layer == "claims") r.options.layers.claims = l.boolean;
        else if (layer == "findings") r.options.layers.findings = l.boolean;
        else return {defaults, "unknown layer \"" + layer + "\" (quotes, figures, claims, findings)"};
      }
    } else if (key == "maxBytes" || key == "max_bytes") {
      if (v.kind != Kind::number_unsigned || v.unsigned_value == 0)
        return {defaults, "options.maxBytes must be a positive integer"};
      r.options.max_bytes = v.unsigned_value;
    } else if (key == "claimThreshold" || key == "claim_threshold") {
      if (!v.is_number() || v.number < 0.0 || v.number > 1.0)
        return {defaults, "options.claimThreshold must be a number in [0, 1]"};
      r.options.claim_threshold = v.number;
    } else if (key == "timings") {
      if (v.kind != Kind::boolean) return {defaults, "options.timings must be true or false"};
      r.options.timings = v.boolean;
    } else if (key == "spanTexts" || key == "span_texts") {
      if (v.kind != Kind::boolean) return {defaults, "options.spanTexts must be true or false"};
      r.options.span_texts = v.boolean;
    } else if (key == "reasonCodes" || key == "reason_codes") {
      if (v.kind != Kind::boolean) return {defaults, "options.reasonCodes must be true or false"};
      r.options.reason_codes = v.boolean;
    } else if (key == "claimIds" || key == "claim_ids") {
      const char* const bad = "options.claimIds must be an array of claim ids such as \"c3\"";
      if (v.kind != Kind::array || !v.all_strings) return {defaults, bad};
      r.options.claim_ids.clear();
      for (const std::string& s : v.strings) {
        if (s.size() < 2 || s.size() > 10 || s[0] != 'c' || s.find_first_not_of("0123456789", 1) != std::string::npos)
          return {defaults, bad};
        uint64_t n = 0;  // at most 9 digits: no overflow, and no throwing std::stoul
        for (std::size_t i = 1; i < s.size(); ++i) n = n * 10 + static_cast<uint64_t>(s[i] - '0');
        if (n == 0) return {defaults, bad};
        r.options.claim_ids.push_back(static_cast<uint32_t>(n));
      }
    } else {
      return {defaults, "unknown option \"" + key +
                            "\" (offsets, layers, maxBytes, claimThreshold, timings, spanTexts, reasonCodes, claimIds)"};
    }
  }
  return r;
}

}  // namespace factlight
