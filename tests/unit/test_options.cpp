// parse_options reads nlohmann's SAX events; its answers must be those of a parse into a document (the
// reference below, the implementation it replaced): same options, same error, for valid and broken input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "factlight/options.hpp"

namespace {

using factlight::Options;
using factlight::OptionsResult;
using factlight::parse_offset_unit;

// The document-tree parse this file's parser replaced, kept as the reference.
OptionsResult reference_parse(std::string_view text, Options defaults = {}) {
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
    } else if (key == "reasonCodes" || key == "reason_codes") {
      if (!v.is_boolean()) return {defaults, "options.reasonCodes must be true or false"};
      r.options.reason_codes = v.get<bool>();
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
                            "\" (offsets, layers, maxBytes, claimThreshold, timings, spanTexts, reasonCodes, claimIds)"};
    }
  }
  return r;
}


bool same(const Options& a, const Options& b) {
  return a.offsets == b.offsets && a.layers.quotes == b.layers.quotes && a.layers.figures == b.layers.figures &&
         a.layers.claims == b.layers.claims && a.layers.findings == b.layers.findings && a.max_bytes == b.max_bytes &&
         a.claim_threshold == b.claim_threshold && a.timings == b.timings && a.span_texts == b.span_texts && a.reason_codes == b.reason_codes &&
         a.claim_ids == b.claim_ids;
}

}  // namespace

TEST_CASE("options from SAX events equal options from a parsed document", "[options]") {
  const char* const cases[] = {
      "", " \n\t", "{}", "[]", "[1,2]", "5", "\"utf8\"", "null", "true", "{", "}", "{\"offsets\"}", "{not json",
      "{\"offsets\":\"utf16\"}", "{\"offsets\":\"codepoint\",\"timings\":true}", "{\"offsets\":\"utf32\"}",
      "{\"offsets\":16}", "{\"offsets\":[\"utf8\"]}", "{\"offsets\":{\"utf8\":true}}", "{\"offsets\":null}",
      "{\"layers\":{\"claims\":false,\"quotes\":true}}", "{\"layers\":{}}", "{\"layers\":[]}", "{\"layers\":true}",
      "{\"layers\":{\"claimz\":false}}", "{\"layers\":{\"claims\":\"no\"}}", "{\"layers\":{\"claims\":{\"x\":true}}}",
      "{\"layers\":{\"claims\":[true]}}", "{\"layers\":{\"figures\":false,\"figures\":true}}",
      "{\"layers\":{\"figures\":\"x\",\"figures\":false}}", "{\"layers\":{\"a\":1,\"figures\":false}}",
      "{\"layers\":{\"figures\":false,\"a\":1}}", "{\"layers\":{\"quotes\":false},\"layers\":{\"claims\":false}}",
      "{\"maxBytes\":1000}", "{\"max_bytes\":1}", "{\"maxBytes\":0}", "{\"maxBytes\":-1}", "{\"maxBytes\":1.5}",
      "{\"maxBytes\":1e3}", "{\"maxBytes\":18446744073709551615}", "{\"maxBytes\":18446744073709551616}",
      "{\"maxBytes\":\"10\"}", "{\"claimThreshold\":0.5}", "{\"claimThreshold\":0}", "{\"claimThreshold\":1}",
      "{\"claimThreshold\":-0.0}", "{\"claimThreshold\":1.0000001}", "{\"claimThreshold\":-1}", "{\"claim_threshold\":5e-1}",
      "{\"claimThreshold\":true}", "{\"timings\":false}", "{\"timings\":1}", "{\"spanTexts\":false}", "{\"span_texts\":true}",
      "{\"spanTexts\":\"false\"}", "{\"reasonCodes\":true}", "{\"reason_codes\":false}", "{\"reasonCodes\":1}", "{\"claimIds\":[\"c1\",\"c22\"]}", "{\"claimIds\":[]}", "{\"claimIds\":[\"c0\"]}",
      "{\"claimIds\":[\"c1\",3]}", "{\"claimIds\":[\"c1\",[\"c2\"]]}", "{\"claimIds\":[\"c1\",{\"c2\":1}]}",
      "{\"claimIds\":\"c1\"}", "{\"claimIds\":[\"c1234567890\"]}", "{\"claimIds\":[\"C1\"]}", "{\"claim_ids\":[\"c9\",\"c9\"]}",
      "{\"claimIds\":[\"c1\"],\"claimIds\":[\"c2\"]}", "{\"claimIds\":[null]}", "{\"colour\":\"red\"}",
      "{\"colour\":{\"a\":[1,{\"b\":2}]}}", "{\"offsets\":\"utf8\",\"colour\":1}", "{\"colour\":1,\"offsets\":\"bad\"}",
      "{\"offsets\":\"bad\",\"offsets\":\"utf16\"}", "{\"offsets\":\"utf16\",\"offsets\":\"bad\"}",
      "{\"offsets\":\"utf16\",\"timings\":true,\"offsets\":\"utf8\"}", "{\"offsets\":\"utf16\"} x", "{\"offsets\":\"utf16\"}}",
      "{\"offsets\":\"utf16\",}", "{\"colour\":1,", "{\"a\":\"\\ud800\"}", "{\"\\u006fffsets\":\"utf8\"}", "{\"offsets\":\"utf\\u0038\"}",
      "{\"timings\":true} // comment", "\xEF\xBB\xBF{\"timings\":true}", "{\"k\\u0000\":1}", "{\"offsets\":\"utf8\x80\"}",
      "{\"layers\":{\"claims\":false}, \"maxBytes\": 10, \"claimThreshold\": 0.25, \"claimIds\": [\"c3\"], \"spanTexts\": false}",
  };
  std::vector<std::string> inputs(std::begin(cases), std::end(cases));
  for (const char* shape : {"[{\"a\":1}]", "[[1]]", "[\"x\",{\"offsets\":\"utf8\"}]", "{\"a\":[[\"x\"]]}", "{\"layers\":{\"a\":{\"b\":{\"c\":1}}}}",
                            "{\"claimIds\":[\"c1\"],\"layers\":{\"quotes\":false},\"claimIds\":5}", "{\"layers\":{\"quotes\":false,\"claims\":[{\"x\":[]}]}}"})
    inputs.emplace_back(shape);
  inputs.push_back(std::string(2000, '[') + std::string(2000, ']'));  // deep: the SAX parser keeps no recursion
  inputs.push_back("{\"colour\":" + std::string(2000, '[') + std::string(2000, ']') + "}");
  inputs.push_back("{\"layers\":{\"quotes\":" + std::string(500, '{') + "}");  // deep and broken
  Options defaults;
  defaults.offsets = factlight::OffsetUnit::utf16;
  defaults.claim_threshold = 0.5;
  for (const std::string& json : inputs) {
    INFO(json.substr(0, 200));
    for (const Options& d : {Options{}, defaults}) {
      const auto got = factlight::parse_options(json, d);
      const auto want = reference_parse(json, d);
      CHECK(got.error == want.error);
      CHECK(same(got.options, want.options));
    }
  }
}
