// Golden corpus runner.
//   golden_runner DIR              compare each DIR/NAME.txt's analysis with DIR/NAME.json
//   golden_runner --update DIR     rewrite the .json files from the current output
//   golden_runner --check-spans DIR  in utf8, utf16 and codepoint units, check that every span's
//                                  "text" equals the slice of the input (decoded in that unit)
// A mismatch prints a line diff of the pretty JSON with context, so a review reads like a diff.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "factlight/analyze.hpp"
#include "factlight/unicode.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// Minimal line diff: common prefix and suffix trimmed, the middle shown with 3 lines of context.
void print_diff(const std::string& expected, const std::string& actual) {
  const auto e = lines_of(expected), a = lines_of(actual);
  size_t pre = 0;
  while (pre < e.size() && pre < a.size() && e[pre] == a[pre]) ++pre;
  size_t suf = 0;
  while (suf < e.size() - pre && suf < a.size() - pre && e[e.size() - 1 - suf] == a[a.size() - 1 - suf]) ++suf;
  const size_t from = pre > 3 ? pre - 3 : 0;
  std::cout << "@@ line " << (from + 1) << " @@\n";
  for (size_t i = from; i < pre; ++i) std::cout << "  " << e[i] << "\n";
  size_t shown = 0;
  for (size_t i = pre; i < e.size() - suf && shown < 60; ++i, ++shown) std::cout << "- " << e[i] << "\n";
  for (size_t i = pre; i < a.size() - suf && shown < 120; ++i, ++shown) std::cout << "+ " << a[i] << "\n";
  for (size_t i = a.size() - suf; i < std::min(a.size(), a.size() - suf + 3); ++i) std::cout << "  " << a[i] << "\n";
}

// Code units of `unit` -> byte offsets, for slicing the input as JS or Python would.
std::vector<uint32_t> unit_to_byte(const std::string& text, factlight::OffsetUnit unit) {
  std::vector<uint32_t> map;
  for (size_t i = 0; i < text.size();) {
    const factlight::Decoded d = factlight::decode_utf8(text, i);
    const unsigned n = unit == factlight::OffsetUnit::utf8 ? d.len
                       : unit == factlight::OffsetUnit::utf16 ? factlight::utf16_units(d.cp) : 1;
    for (unsigned k = 0; k < n; ++k) map.push_back(static_cast<uint32_t>(i));
    i += d.len;
  }
  map.push_back(static_cast<uint32_t>(text.size()));
  return map;
}

int check_spans(const fs::path& file, const std::string& text) {
  int failures = 0;
  for (auto unit : {factlight::OffsetUnit::utf8, factlight::OffsetUnit::utf16, factlight::OffsetUnit::codepoint}) {
    factlight::Options o;
    o.offsets = unit;
    const Json j = Json::parse(factlight::analyze_to_json(text, o));
    const auto map = unit_to_byte(text, unit);
    if (j["length"].get<size_t>() + 1 != map.size()) {
      std::cout << file.filename().string() << ": length " << j["length"] << " wrong in " << factlight::offset_unit_name(unit) << "\n";
      ++failures;
    }
    // Walk every object that has begin/end (and maybe text).
    std::vector<const Json*> stack{&j};
    while (!stack.empty()) {
      const Json* n = stack.back();
      stack.pop_back();
      if (n->is_object() && n->contains("begin") && n->contains("end")) {
        const auto b = (*n)["begin"].get<size_t>(), e = (*n)["end"].get<size_t>();
        bool ok = b <= e && e < map.size();
        if (ok && n->contains("text")) {
          const std::string slice = text.substr(map[b], map[e] - map[b]);
          ok = factlight::sanitize_utf8(slice) == (*n)["text"].get<std::string>();
        }
        if (!ok) {
          std::cout << file.filename().string() << " (" << factlight::offset_unit_name(unit)
                    << "): span does not match its text: " << n->dump() << "\n";
          ++failures;
        }
      }
      if (n->is_structured())
        for (const auto& c : *n) stack.push_back(&c);
    }
  }
  return failures;
}

}  // namespace

int main(int argc, char** argv) {
  bool update = false, spans = false;
  std::vector<fs::path> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--update") update = true;
    else if (a == "--check-spans") spans = true;
    else dirs.emplace_back(a);
  }
  if (dirs.empty()) {
    std::cerr << "usage: golden_runner [--update|--check-spans] DIR...\n";
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& d : dirs)
    for (const auto& e : fs::directory_iterator(d))
      if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  int failed = 0;
  for (const auto& f : files) {
    const std::string text = read_file(f);
    if (spans) {
      failed += check_spans(f, text) > 0;
      continue;
    }
    const std::string actual = factlight::analyze_to_json(text, {}, 2) + "\n";
    fs::path golden = f;
    golden.replace_extension(".json");
    if (update) {
      if (!fs::exists(golden) || read_file(golden) != actual) {
        std::ofstream(golden, std::ios::binary) << actual;
        std::cout << "updated " << golden.filename().string() << "\n";
      }
      continue;
    }
    if (!fs::exists(golden)) {
      std::cout << "FAIL " << f.filename().string() << ": no " << golden.filename().string()
                << " (run scripts/update-golden)\n";
      ++failed;
      continue;
    }
    const std::string expected = read_file(golden);
    if (expected != actual) {
      std::cout << "FAIL " << f.filename().string() << "\n";
      print_diff(expected, actual);
      ++failed;
    }
  }
  std::cout << files.size() - static_cast<size_t>(failed) << "/" << files.size() << " corpus files "
            << (spans ? "have consistent spans" : update ? "checked" : "match their golden output") << "\n";
  if (failed && !update && !spans) std::cout << "To accept the new output: scripts/update-golden\n";
  return failed ? 1 : 0;
}
