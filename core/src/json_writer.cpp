#include "factlight/json_writer.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "factlight/offsets.hpp"
#include "factlight/unicode.hpp"

namespace factlight {
namespace {

using Json = nlohmann::ordered_json;

// Every byte offset the output will contain, so that one sweep converts them all.
std::vector<uint32_t> collect_offsets(const Analysis& a) {
  std::vector<uint32_t> v;
  auto add = [&](ByteSpan s) {
    v.push_back(s.begin);
    v.push_back(s.end);
  };
  auto add_opt = [&](const std::optional<ByteSpan>& s) {
    if (s) add(*s);
  };
  v.push_back(a.doc.size());
  for (const auto& p : a.doc.paragraphs) add(p.span);
  for (const auto& s : a.doc.sentences) add(s.span);
  for (const auto& q : a.quotes) {
    add(q.span);
    for (const auto& f : q.fragments) add(f);
    add_opt(q.cue);
    add_opt(q.speaker);
  }
  for (const auto& s : a.speakers)
    for (const auto& m : s.mentions) add(m);
  for (const auto& f : a.figures) {
    add(f.span);
    add_opt(f.subject);
  }
  for (const auto& c : a.claims) add(c.span);
  for (const auto& f : a.findings) {
    add(f.span);
    for (const auto& r : f.related) add(r);
  }
  return v;
}

Json number(double x) {
  if (!std::isfinite(x)) return nullptr;
  if (std::fabs(x) < 9007199254740992.0 && x == std::floor(x)) return static_cast<int64_t>(x);
  return x;
}

Json opt_number(const std::optional<double>& x) { return x ? number(*x) : Json(nullptr); }

Json opt_string(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

class Writer {
 public:
  Writer(const Analysis& a, OffsetUnit unit)
      : a_(a), map_(a.doc.original(), unit, collect_offsets(a)) {}

  std::string text(ByteSpan s) const {
    const std::string_view raw = a_.doc.original().substr(s.begin, s.end - s.begin);
    if (a_.doc.invalid_bytes.empty()) return std::string(raw);
    return sanitize_utf8(raw);
  }
  Json span(ByteSpan s) const { return Json{{"begin", map_(s.begin)}, {"end", map_(s.end)}}; }
  Json span_text(ByteSpan s) const {
    return Json{{"begin", map_(s.begin)}, {"end", map_(s.end)}, {"text", text(s)}};
  }
  Json opt_span_text(const std::optional<ByteSpan>& s) const {
    return s ? span_text(*s) : Json(nullptr);
  }
  void put_span(Json& j, ByteSpan s, bool with_text) const {
    j["begin"] = map_(s.begin);
    j["end"] = map_(s.end);
    if (with_text) j["text"] = text(s);
  }

  Json write(const Options& o) const {
    Json j;
    j["schema"] = kSchema;
    j["offsets"] = offset_unit_name(map_.unit());
    j["length"] = map_(a_.doc.size());
    Json paragraphs = Json::array();
    for (const auto& p : a_.doc.paragraphs) paragraphs.push_back(span(p.span));
    j["paragraphs"] = std::move(paragraphs);
    Json sentences = Json::array();
    for (const auto& s : a_.doc.sentences) {
      Json e = span(s.span);
      e["paragraph"] = s.paragraph;
      sentences.push_back(std::move(e));
    }
    j["sentences"] = std::move(sentences);

    Json quotes = Json::array(), scare = Json::array();
    for (const auto& q : a_.quotes) {
      if (q.scare) {
        scare.push_back(span_text(q.span));
        continue;
      }
      Json e;
      e["id"] = "q" + std::to_string(q.id);
      e["kind"] = kind_name(q.kind);
      put_span(e, q.span, true);
      Json frags = Json::array();
      for (const auto& f : q.fragments) frags.push_back(span(f));
      e["fragments"] = std::move(frags);
      e["cue"] = opt_span_text(q.cue);
      e["speaker"] = opt_span_text(q.speaker);
      e["speaker_name"] = opt_string(q.speaker_name);
      e["speaker_kind"] = kind_name(q.speaker_kind);
      e["confidence"] = round3(q.confidence);
      quotes.push_back(std::move(e));
    }
    j["quotes"] = std::move(quotes);
    j["scare_quotes"] = std::move(scare);

    Json speakers = Json::array();
    for (const auto& s : a_.speakers) {
      Json e;
      e["name"] = s.name;
      e["kind"] = kind_name(s.kind);
      Json mentions = Json::array();
      for (const auto& m : s.mentions) mentions.push_back(span(m));
      e["mentions"] = std::move(mentions);
      e["descriptions"] = s.descriptions;
      Json ids = Json::array();
      for (uint32_t id : s.quotes) ids.push_back("q" + std::to_string(id));
      e["quotes"] = std::move(ids);
      speakers.push_back(std::move(e));
    }
    j["speakers"] = std::move(speakers);

    Json figures = Json::array();
    for (const auto& f : a_.figures) {
      Json e;
      e["id"] = "f" + std::to_string(f.id);
      e["kind"] = kind_name(f.kind);
      put_span(e, f.span, true);
      e["value"] = opt_number(f.value);
      e["low"] = opt_number(f.low);
      e["high"] = opt_number(f.high);
      e["unit"] = opt_string(f.unit);
      e["currency"] = opt_string(f.currency);
      e["approx"] = approx_name(f.approx);
      e["subject"] = opt_span_text(f.subject);
      e["relative"] = f.relative;
      figures.push_back(std::move(e));
    }
    j["figures"] = std::move(figures);

    Json claims = Json::array();
    for (const auto& c : a_.claims) {
      Json e;
      e["id"] = "c" + std::to_string(c.id);
      e["sentence"] = c.sentence;
      put_span(e, c.span, true);
      e["score"] = round3(c.score);
      e["reasons"] = c.reasons;
      Json fids = Json::array(), qids = Json::array();
      for (uint32_t id : c.figures) fids.push_back("f" + std::to_string(id));
      for (uint32_t id : c.quotes) qids.push_back("q" + std::to_string(id));
      e["figures"] = std::move(fids);
      e["quotes"] = std::move(qids);
      claims.push_back(std::move(e));
    }
    j["claims"] = std::move(claims);

    Json findings = Json::array();
    for (const auto& f : a_.findings) {
      Json e;
      e["kind"] = f.kind;
      put_span(e, f.span, true);
      e["message"] = f.message;
      Json related = Json::array();
      for (const auto& r : f.related) related.push_back(span_text(r));
      e["related"] = std::move(related);
      findings.push_back(std::move(e));
    }
    j["findings"] = std::move(findings);

    if (o.timings) {
      const StageTimes& t = a_.times;
      j["timings"] = Json{{"text", t.text},       {"figures", t.figures},   {"quotes", t.quotes},
                          {"claims", t.claims},   {"findings", t.findings}};
    }
    return j;
  }

 private:
  const Analysis& a_;
  OffsetMap map_;
};

}  // namespace

const char* kind_name(QuoteKind k) {
  switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::partial: return "partial";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: return "mixed";
  }
  return "direct";
}

const char* kind_name(SpeakerKind k) {
  switch (k) {
    case SpeakerKind::person: return "person";
    case SpeakerKind::organization: return "organization";
    case SpeakerKind::group: return "group";
    case SpeakerKind::vague: return "vague";
    case SpeakerKind::unknown: return "unknown";
  }
  return "unknown";
}

const char* kind_name(FigureKind k) {
  switch (k) {
    case FigureKind::count: return "count";
    case FigureKind::percent: return "percent";
    case FigureKind::money: return "money";
    case FigureKind::quantity: return "quantity";
    case FigureKind::date: return "date";
    case FigureKind::duration: return "duration";
    case FigureKind::ordinal: return "ordinal";
    case FigureKind::ratio: return "ratio";
    case FigureKind::range: return "range";
  }
  return "count";
}

const char* approx_name(Approx a) {
  switch (a) {
    case Approx::exact: return "exact";
    case Approx::about: return "about";
    case Approx::over: return "over";
    case Approx::under: return "under";
    case Approx::at_least: return "at_least";
    case Approx::at_most: return "at_most";
    case Approx::vague: return "vague";
  }
  return "exact";
}

std::string to_json(const Analysis& analysis, const Options& options, int indent) {
  const Json j = Writer(analysis, options.offsets).write(options);
  // Every string was made valid UTF-8 above; `replace` keeps dump() from ever throwing regardless.
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string error_json(std::string_view message, int indent) {
  Json j;
  j["schema"] = kSchema;
  j["error"] = sanitize_utf8(message);
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace factlight
