// Times factlight's analysis of one input file in-process: analyze() plus write_json(), the JSON
// streamed in pieces to a sink that counts them (as the CLI streams it to stdout and the wasm binding
// to JS), without process start or file reading. Prints one JSON object on stdout (scripts/bench reads it):
//   {"bytes":N,"runs_ms":[...],"stages_ms":{"text":[...],...,"json":[...]},"output_bytes":N,
//    "peak_rss_kib":N,"baseline_rss_kib":N}
// Runs one process per input so that the peak resident set (VmHWM) belongs to that input alone.
//   factlight_bench FILE [--warmup N] [--runs N] [--min-ms MS] [--max-ms MS] [--offsets UNIT]
// Runs at least --runs runs after --warmup, and more until --min-ms were measured; but once
// --max-ms have passed since the start it stops after the current run (which is measured even in
// the warm-up).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"
#include "factlight/options.hpp"

namespace {

// Peak resident set size of this process in KiB (Linux: VmHWM in /proc/self/status).
long peak_rss_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return -1;
}

std::string list(const std::vector<double>& xs) {
  std::ostringstream o;
  o.precision(6);
  o << '[';
  for (size_t i = 0; i < xs.size(); ++i) o << (i ? "," : "") << xs[i];
  o << ']';
  return o.str();
}

int usage() {
  std::fprintf(stderr,
               "usage: factlight_bench FILE [--warmup N] [--runs N] [--min-ms MS] [--max-ms MS] "
               "[--offsets utf8|utf16|codepoint]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const char* path = argv[1];
  int warmup = 2, runs = 5;
  double min_ms = 0;      // keep running (beyond --runs) until this much time was measured
  double max_ms = 1e300;  // but stop once this much time has passed
  factlight::Options options;
  options.offsets = factlight::OffsetUnit::utf16;  // what the browser asks for
  options.max_bytes = ~0ull;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (i + 1 >= argc) return usage();
    const char* v = argv[++i];
    if (a == "--warmup")
      warmup = std::atoi(v);
    else if (a == "--runs")
      runs = std::atoi(v);
    else if (a == "--min-ms")
      min_ms = std::atof(v);
    else if (a == "--max-ms")
      max_ms = std::atof(v);
    else if (a == "--offsets") {
      if (!factlight::parse_offset_unit(v, options.offsets)) return usage();
    } else
      return usage();
  }
  if (runs < 1) runs = 1;

  std::string text;
  {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size < 0) {
      std::fprintf(stderr, "factlight_bench: cannot read %s\n", path);
      return 1;
    }
    text.resize(static_cast<std::size_t>(size));  // exactly the input: the peak RSS is the analysis's
    in.seekg(0);
    in.read(text.data(), size);
  }
  const long baseline_rss = peak_rss_kib();

  std::vector<double> total, text_ms, figures, quotes, claims, findings, json;
  size_t output_bytes = 0;
  double measured = 0;
  const auto started = std::chrono::steady_clock::now();
  const auto elapsed_ms = [&] {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
        .count();
  };
  for (int i = 0;; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const factlight::AnalyzeResult r = factlight::analyze(text, options);
    if (!r.ok()) {
      std::fprintf(stderr, "factlight_bench: %s\n", r.error.c_str());
      return 1;
    }
    const auto t1 = std::chrono::steady_clock::now();
    size_t out_bytes = 0;
    factlight::write_json(*r.analysis, options, -1, [&out_bytes](std::string_view piece) { out_bytes += piece.size(); });
    const auto t2 = std::chrono::steady_clock::now();
    output_bytes = out_bytes;
    const bool over_time = elapsed_ms() > max_ms;
    if (i < warmup && !over_time) continue;
    const double ms = std::chrono::duration<double, std::milli>(t2 - t0).count();
    measured += ms;
    total.push_back(ms);
    const factlight::StageTimes& t = r.analysis->times;
    text_ms.push_back(t.text);
    figures.push_back(t.figures);
    quotes.push_back(t.quotes);
    claims.push_back(t.claims);
    findings.push_back(t.findings);
    json.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    if ((total.size() >= static_cast<size_t>(runs) && measured >= min_ms) || over_time) break;
  }
  std::printf(
      "{\"version\":\"%s\",\"bytes\":%zu,\"offsets\":\"%s\",\"runs_ms\":%s,\"stages_ms\":{\"text\":"
      "%s,"
      "\"figures\":%s,\"quotes\":%s,\"claims\":%s,\"findings\":%s,\"json\":%s},\"output_bytes\":%"
      "zu,"
      "\"peak_rss_kib\":%ld,\"baseline_rss_kib\":%ld}\n",
      factlight::version(), text.size(), factlight::offset_unit_name(options.offsets),
      list(total).c_str(), list(text_ms).c_str(), list(figures).c_str(), list(quotes).c_str(),
      list(claims).c_str(), list(findings).c_str(), list(json).c_str(), output_bytes,
      peak_rss_kib(), baseline_rss);
  return 0;
}
