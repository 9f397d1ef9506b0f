// What an analysis finds. Plain values, spans in UTF-8 bytes of the original text.
// The JSON writer (json_writer.cpp) is the only place that knows the output field names.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/document.hpp"
#include "factlight/span.hpp"

namespace factlight {

enum class QuoteKind : uint8_t { direct, partial, indirect, mixed };
enum class SpeakerKind : uint8_t { person, organization, group, vague, unknown };

struct Quote {
  uint32_t id = 0;
  QuoteKind kind = QuoteKind::direct;
  ByteSpan span;                    // from the first fragment's begin to the last one's end
  std::vector<ByteSpan> fragments;  // what was said; direct quotes include their marks
  std::optional<ByteSpan> cue;      // "said", "according to", "voiced confidence"
  std::optional<ByteSpan> speaker;  // the mention: "Pavel Snop", "He", "Experts"
  std::string speaker_name;         // resolved name; empty when unknown
  SpeakerKind speaker_kind = SpeakerKind::unknown;
  double confidence = 0.0;
  bool scare = false;  // scare quote or title: quoted words with no speaker, not a statement
};

struct Speaker {
  std::string name;
  SpeakerKind kind = SpeakerKind::unknown;
  std::vector<ByteSpan> mentions;
  std::vector<std::string> descriptions;
  std::vector<uint32_t> quotes;
};

enum class FigureKind : uint8_t { count, percent, money, quantity, date, duration, ordinal, ratio, range };
enum class Approx : uint8_t { exact, about, over, under, at_least, at_most, vague };

struct Figure {
  uint32_t id = 0;
  FigureKind kind = FigureKind::count;
  ByteSpan span;
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  std::string unit;      // "km", "day", "percentage_point", ...; empty for none
  std::string currency;  // ISO 4217; empty for none
  Approx approx = Approx::exact;
  std::optional<ByteSpan> subject;  // what is counted: "citizens"
  bool relative = false;            // relative time: "three years ago", "last year"
};

// Why a claim scored as it did, kept compact (every sentence is a claim, with several reasons): a cue of
// the claims model that raised or lowered the score, or the plain words that raised it most. reason_text()
// (claims.cpp) writes it out for the JSON, the report and ClaimReview.
struct ClaimReason {
  uint8_t cue = 0;            // a ClaimCue (claims_features.hpp), when words[0] is null
  bool lowers = false;        // the cue lowered the score
  const char* words[3] = {};  // a "wording" reason: words of the shipped model (static strings)
};
std::string reason_text(const ClaimReason& r);
// The same text as pieces to be written one after the other (static strings: nothing is allocated), for
// the JSON writer, which writes a reason for nearly every sentence. Returns how many of `parts` it set.
inline constexpr std::size_t kReasonPartsMax = 10;
std::size_t reason_parts(const ClaimReason& r, std::string_view (&parts)[kReasonPartsMax]);

// A claim's reasons, held in place (every sentence is a claim: no list of its own to allocate): the cues
// that weigh, strongest first, then the wording reason when there are words. Read like a vector of
// ClaimReason (each built as it is read).
class ClaimReasons {
 public:
  // Bit r set: the claim has the cue that ranks r-th among the cues that make a reason, strongest weight
  // first (ties in cue order; the model's ranking, decided once: claims.cpp).
  uint32_t cue_ranks = 0;
  const char* words[3] = {};  // the wording reason's words, strongest first (none: no wording reason)

  class iterator {
   public:
    ClaimReason operator*() const;
    iterator& operator++();
    bool operator!=(const iterator& o) const { return at_ != o.at_; }

   private:
    friend class ClaimReasons;
    iterator(const ClaimReasons* r, uint32_t at) : r_(r), at_(at) {}
    const ClaimReasons* r_;
    uint32_t at_;  // a cue's rank (0..31), 32 for the wording reason, 33 for the end
  };
  iterator begin() const;
  iterator end() const;
  std::size_t size() const;
  bool empty() const { return cue_ranks == 0 && !words[0]; }
  ClaimReason operator[](std::size_t i) const;
};

// A claim's figure or quote ids, ascending: held in place when there are up to three (nearly every
// claim), else in a list of their own. Read like a vector of uint32_t.
class ClaimIds {
 public:
  void assign(const uint32_t* first, const uint32_t* last);  // claims.cpp
  uint32_t* begin() { return size_ > kInPlace ? more_.data() : in_place_; }
  uint32_t* end() { return begin() + size_; }
  const uint32_t* begin() const { return size_ > kInPlace ? more_.data() : in_place_; }
  const uint32_t* end() const { return begin() + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t operator[](std::size_t i) const { return begin()[i]; }

 private:
  static constexpr uint32_t kInPlace = 3;
  uint32_t size_ = 0;
  uint32_t in_place_[kInPlace] = {};
  std::vector<uint32_t> more_;  // when there are more
};

struct Claim {
  uint32_t id = 0;
  uint32_t sentence = 0;
  ByteSpan span;
  double score = 0.0;
  ClaimReasons reasons;
  ClaimIds figures;
  ClaimIds quotes;
};

struct Finding {
  std::string kind;  // "duplicate_paragraph", "vague_source", ...
  ByteSpan span;
  std::string message;
  std::vector<ByteSpan> related;
};

// Wall-clock time per stage in milliseconds, for benchmarks. Never part of the default output.
struct StageTimes {
  double text = 0, figures = 0, quotes = 0, claims = 0, findings = 0, json = 0;
};

struct Analysis {
  explicit Analysis(std::string_view text) : doc(text) {}
  Document doc;
  std::vector<Quote> quotes;
  std::vector<Speaker> speakers;
  std::vector<Figure> figures;
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  StageTimes times;
};

}  // namespace factlight
