// factlight CLI: the native front door. All I/O lives here; the core only sees strings.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "factlight/analyze.hpp"
#include "factlight/claimreview.hpp"
#include "factlight/json_writer.hpp"
#include "factlight/report.hpp"

namespace {

constexpr int kOk = 0, kBadInput = 1, kBadUsage = 2;

const char* kHelp = R"(factlight - find quotes, speakers, figures and check-worthy claims in news text

Usage:
  factlight analyze [FILE|-] [options]   analyse one text (stdin when FILE is - or missing)
  factlight batch [options]              JSON Lines {"id", "text"} on stdin, one result per line
  factlight --help | --version

Options:
  --offsets utf8|utf16|codepoint   unit of every begin/end (default utf8: bytes)
  --format json|text|claimreview   json (default), a readable report with carets under spans, or
                                   schema.org ClaimReview JSON-LD skeletons for the claims scoring at
                                   least claimThreshold (default 0.5 here) or listed in claimIds
  --pretty                         indent the JSON
  --options JSON                   options object as in the JS API, e.g. '{"layers":{"claims":false}}'
  --max-bytes N                    refuse inputs larger than N bytes (default 67108864)
  --timings                        add per-stage timings (milliseconds) to the JSON

Exit status: 0 success, 1 bad input (unreadable file, input over the limit, a bad batch line),
2 bad usage. In batch mode every line is answered, bad ones with {"id", "error"}.
)";

int usage_error(const std::string& msg) {
  std::cerr << "factlight: " << msg << "\nTry 'factlight --help'.\n";
  return kBadUsage;
}

// Reads to the end, into a string reserved to the file's size when it has one: no copy of the input.
bool read_all(std::istream& in, std::string& out) {
  const std::istream::pos_type start = in.tellg();
  if (start != std::istream::pos_type(-1) && in.seekg(0, std::ios::end)) {
    const std::istream::pos_type end = in.tellg();
    in.seekg(start);
    if (end != std::istream::pos_type(-1) && end > start) out.reserve(static_cast<std::size_t>(end - start));
  }
  in.clear();
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) out.append(buf, static_cast<std::size_t>(in.gcount()));
  return !in.bad();
}

struct Args {
  std::string command;
  std::string file = "-";
  std::string format = "json";
  bool pretty = false;
  factlight::Options options;
};

// Parses argv into args; returns an error message or "".
std::string parse_args(int argc, char** argv, Args& args) {
  bool have_file = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--pretty") {
      args.pretty = true;
    } else if (a == "--timings") {
      args.options.timings = true;
    } else if (a == "--offsets") {
      if (!value(v) || !factlight::parse_offset_unit(v, args.options.offsets))
        return "--offsets takes utf8, utf16 or codepoint";
    } else if (a == "--format") {
      if (!value(v) || (v != "json" && v != "text" && v != "claimreview"))
        return "--format takes json, text or claimreview";
      args.format = v;
    } else if (a == "--options") {
      if (!value(v)) return "--options takes a JSON object";
      const auto r = factlight::parse_options(v, args.options);
      if (!r.ok()) return r.error;
      args.options = r.options;
    } else if (a == "--max-bytes") {
      if (!value(v)) return "--max-bytes takes a number of bytes";
      // Digits only: strtoull would read "-5" as 2^64 - 5.
      char* end = nullptr;
      errno = 0;
      const unsigned long long n = std::strtoull(v.c_str(), &end, 10);
      if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || errno == ERANGE || n == 0)
        return "--max-bytes takes a positive number";
      args.options.max_bytes = n;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return "unknown option " + a;
    } else if (!have_file && args.command == "analyze") {
      args.file = a;
      have_file = true;
    } else {
      return "unexpected argument " + a;
    }
  }
  return "";
}

int run_analyze(const Args& args) {
  std::string text;
  if (args.file == "-") {
    if (!read_all(std::cin, text)) return std::cerr << "factlight: cannot read stdin\n", kBadInput;
  } else {
    std::ifstream in(args.file, std::ios::binary);
    if (!in) return std::cerr << "factlight: cannot open " << args.file << "\n", kBadInput;
    if (!read_all(in, text)) return std::cerr << "factlight: cannot read " << args.file << "\n", kBadInput;
  }
  if (args.format == "claimreview") {
    const std::string out = factlight::claimreview_to_json(text, args.options, args.pretty ? 2 : -1);
    std::cout << out << "\n";
    if (out.front() == '[') return kOk;
    std::cerr << "factlight: " << nlohmann::json::parse(out, nullptr, false).value("error", "error") << "\n";
    return kBadInput;
  }
  const factlight::AnalyzeResult r = factlight::analyze(text, args.options);
  if (!r.ok()) {
    std::cerr << "factlight: " << r.error << "\n";
    if (args.format == "json") std::cout << factlight::error_json(r.error, args.pretty ? 2 : -1) << "\n";
    return kBadInput;
  }
  if (args.format == "text") {
    std::cout << factlight::render_report(*r.analysis);
  } else {
    // Streamed: a 10 MB input makes ~90 MB of JSON, which need not be held whole.
    factlight::write_json(*r.analysis, args.options, args.pretty ? 2 : -1, [](std::string_view chunk) {
      std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    });
    std::cout << "\n";
  }
  return kOk;
}

int run_batch(const Args& args) {
  using Json = nlohmann::json;
  std::string line;
  int status = kOk;
  std::ios::sync_with_stdio(false);
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const Json j = Json::parse(line, nullptr, false);
    Json id = nullptr;
    std::string error;
    if (j.is_discarded()) {
      error = "line is not valid JSON";
    } else if (!j.is_object()) {
      error = "line must be a JSON object {\"id\", \"text\"}";
    } else {
      if (j.contains("id")) id = j["id"];
      if (!j.contains("text") || !j["text"].is_string()) error = "\"text\" must be a string";
    }
    const std::string id_json = id.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (error.empty()) {
      const factlight::AnalyzeResult r = factlight::analyze(j["text"].get_ref<const std::string&>(), args.options);
      if (r.ok()) {
        // The analysis object with "id" first: its opening brace is ours.
        std::cout << "{\"id\":" << id_json << ",";
        bool first = true;
        factlight::write_json(*r.analysis, args.options, -1, [&](std::string_view chunk) {
          if (first) chunk.remove_prefix(1), first = false;
          std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        });
        std::cout << "\n";
        continue;
      }
      error = r.error;
    }
    status = kBadInput;
    std::cout << "{\"id\":" << id_json << ",\"error\":" << Json(error).dump() << "}\n";
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing command (analyze or batch)");
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") return std::cout << kHelp, kOk;
  if (cmd == "--version") return std::cout << "factlight " << factlight::version() << "\n", kOk;
  if (cmd != "analyze" && cmd != "batch") return usage_error("unknown command " + cmd);
  Args args;
  args.command = cmd;
  // The ClaimReview export defaults to the shipped check-worthiness threshold; --options may lower it.
  for (int i = 2; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--format") == 0 && std::strcmp(argv[i + 1], "claimreview") == 0)
      args.options.claim_threshold = 0.5;
  for (int i = 2; i < argc; ++i)
    if (std::strcmp(argv[i], "--help") == 0) return std::cout << kHelp, kOk;
  const std::string err = parse_args(argc, argv, args);
  if (!err.empty()) return usage_error(err);
  return cmd == "analyze" ? run_analyze(args) : run_batch(args);
}
