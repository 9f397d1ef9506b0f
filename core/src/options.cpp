#include "factlight/options.hpp"

#include <nlohmann/json.hpp>

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

OptionsResult parse_options(std::string_view text, Options defaults) {
  OptionsResult r{defaults, {}};
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return r;
  // No exceptions: the wasm build has them off, so parse in non-throwing mode.
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) return {defaults, "options are not valid JSON"};
  if (!j.is_object()) return {defaults, "options must be a JSON object"};
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    const nlohmann::ordered_json& v = it.value();
    if (key == "offsets") {
      if (!v.is_string() || !parse_offset_unit(v.get_ref<const std::string&>(), r.options.offsets))
        return {defaults, "options.offsets must be \"utf8\", \"utf16\" or \"codepoint\""};
    } else if (key == "layers") {
      if (!v.is_object()) return {defaults, "options.layers must be an object of booleans"};
      for (auto l = v.begin(); l != v.end(); ++l) {
        if (!l.value().is_boolean())
          return {defaults, "options.layers." + l.key() + " must be true or false"};
        const bool on = l.value().get<bool>();
        if (l.key() == "quotes") r.options.layers.quotes = on;
        else if (l.key() == "figures") r.options.layers.figures = on;
        else if (l.key() == "claims") r.options.layers.claims = on;
        else if (l.key() == "findings") r.options.layers.findings = on;
        else return {defaults, "unknown layer \"" + l.key() + "\" (quotes, figures, claims, findings)"};
      }
    } else if (key == "maxBytes" || key == "max_bytes") {
      if (!v.is_number_unsigned() || v.get<uint64_t>() == 0)
        return {defaults, "options.maxBytes must be a positive integer"};
      r.options.max_bytes = v.get<uint64_t>();
    } else if (key == "claimThreshold" || key == "claim_threshold") {
      if (!v.is_number() || v.get<double>() < 0.0 || v.get<double>() > 1.0)
        return {defaults, "options.claimThreshold must be a number in [0, 1]"};
      r.options.claim_threshold = v.get<double>();
    } else if (key == "timings") {
      if (!v.is_boolean()) return {defaults, "options.timings must be true or false"};
      r.options.timings = v.get<bool>();
    } else if (key == "spanTexts" || key == "span_texts") {
      if (!v.is_boolean()) return {defaults, "options.spanTexts must be true or false"};
      r.options.span_texts = v.get<bool>();
    } else if (key == "claimIds" || key == "claim_ids") {
      const char* const bad = "options.claimIds must be an array of claim ids such as \"c3\"";
      if (!v.is_array()) return {defaults, bad};
      r.options.claim_ids.clear();
      for (const auto& id : v) {
        if (!id.is_string()) return {defaults, bad};
        const std::string& s = id.get_ref<const std::string&>();
        if (s.size() < 2 || s.size() > 10 || s[0] != 'c' || s.find_first_not_of("0123456789", 1) != std::string::npos)
          return {defaults, bad};
        uint64_t n = 0;  // at most 9 digits: no overflow, and no throwing std::stoul
        for (std::size_t i = 1; i < s.size(); ++i) n = n * 10 + static_cast<uint64_t>(s[i] - '0');
        if (n == 0) return {defaults, bad};
        r.options.claim_ids.push_back(static_cast<uint32_t>(n));
      }
    } else {
      return {defaults, "unknown option \"" + key +
                            "\" (offsets, layers, maxBytes, claimThreshold, timings, spanTexts, claimIds)"};
    }
  }
  return r;
}

}  // namespace factlight
