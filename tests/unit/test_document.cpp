// The text model: paragraphs, sentences and tokens.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "factlight/document.hpp"
#include "../../core/src/swar.hpp"

using factlight::Document;

namespace {
std::vector<std::string> sentences_of(const std::string& text) {
  Document d(text);
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.slice(s.span));
  return out;
}
}  // namespace

TEST_CASE("sentences split where a reader would split them", "[document]") {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"He lives in St. Petersburg now. She does not.", {"He lives in St. Petersburg now.", "She does not."}},
      {"The U.S. President spoke. Then he left.", {"The U.S. President spoke.", "Then he left."}},
      {"She met Gov. Ruiz and Rep. Hale.", {"She met Gov. Ruiz and Rep. Hale."}},
      {"It began on Jan. 12 in the city.", {"It began on Jan. 12 in the city."}},
      {"Charles E. Hughes was there.", {"Charles E. Hughes was there."}},
      {"Growth was 3.5 percent. Prices rose.", {"Growth was 3.5 percent.", "Prices rose."}},
      {"They waited... and waited. Nothing.", {"They waited... and waited.", "Nothing."}},
      {"He said, \xE2\x80\x9CIt is over.\xE2\x80\x9D He left.", {"He said, \xE2\x80\x9CIt is over.\xE2\x80\x9D", "He left."}},
      {"\"Stop!\" he shouted. Nobody did.", {"\"Stop!\" he shouted.", "Nobody did."}},
      {"Is it safe? Not yet.", {"Is it safe?", "Not yet."}},
      {"Made in the U.S. The plant closed.", {"Made in the U.S.", "The plant closed."}},
      {"Apple Inc. said it would. The end.", {"Apple Inc. said it would.", "The end."}},
      {"Wait\xE2\x80\xA6 What? Yes.", {"Wait\xE2\x80\xA6", "What?", "Yes."}},
      {"No final stop", {"No final stop"}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(sentences_of(c.text) == c.expected);
  }
}

TEST_CASE("sentences end at every token position, over many paragraphs", "[document]") {
  // Sentences of 1 to 70 words, each ended by one of the terminators in turn (the sentence pass visits
  // the terminators by a bitmap of 64 tokens a word), split into paragraphs of three; some paragraphs
  // have no terminator at all.
  const char* const ends[] = {".", "!", "?", "\xE2\x80\xA6", "?!", "!\"", "...", ".)"};
  std::string text;
  std::vector<std::string> expected;
  for (std::size_t k = 1; k <= 70; ++k) {
    std::string sentence = "Ab";
    for (std::size_t w = 1; w < k; ++w) sentence += " cd";
    sentence += ends[k % 8];
    expected.push_back(sentence);
    text += sentence + (k % 3 ? " " : "\n");
    if (k % 10 == 0) {
      text += "No terminator here\n";
      expected.emplace_back("No terminator here");
    }
  }
  CHECK(sentences_of(text) == expected);
}

TEST_CASE("paragraphs: single newlines, blank lines, CRLF and hard wraps", "[document]") {
  struct Case {
    const char* text;
    size_t paragraphs;
  };
  const std::vector<Case> cases = {
      {"", 0},
      {"   \n\t\n", 0},
      {"One.\nTwo.\nThree.", 3},
      {"One.\n\nTwo.", 2},
      {"One.\r\nTwo.\r\n", 2},
      {"One.\rTwo.", 2},
      {"A sentence that wraps\nonto the next line.\nNext paragraph.", 2},
      {"Headline Without Stop\nBody starts here.", 2},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Document(c.text).paragraphs.size() == c.paragraphs);
  }
}

TEST_CASE("tokens keep numbers, words with apostrophes and quote marks apart", "[document]") {
  Document d("Putin\xE2\x80\x99s 800,000 \xE2\x80\x9C" "fled\xE2\x80\x9D in 3.5 days.");
  std::vector<std::string> toks;
  for (size_t i = 0; i < d.tokens.size(); ++i) toks.emplace_back(d.token_text(static_cast<uint32_t>(i)));
  CHECK(toks == std::vector<std::string>{"Putin\xE2\x80\x99s", "800,000", "\xE2\x80\x9C", "fled", "\xE2\x80\x9D",
                                         "in", "3.5", "days", "."});
  CHECK(d.tokens[1].kind == factlight::TokenKind::number);
  CHECK(d.tokens[2].kind == factlight::TokenKind::quote);
}

TEST_CASE("invalid UTF-8 is repaired byte for byte and listed", "[document]") {
  const std::string text = std::string("ok \xC3\x28 and \xFF end \xE2\x82", 18);
  Document d(text);
  CHECK(d.size() == text.size());
  CHECK(d.text().size() == text.size());
  CHECK(d.invalid_bytes == std::vector<uint32_t>{3, 10, 16, 17});
  CHECK(d.original() == text);
}

TEST_CASE("line breaks and invalid bytes are found at every offset of long ASCII runs", "[document]") {
  // Lines of every length from 1 to 80 bytes (the scans take 32 bytes at a time), each ended by one of
  // the line breaks in turn: every line is a paragraph of its own, at its own offsets.
  const char* const breaks[] = {"\n", "\r\n", "\r", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\n\n"};
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> lines;
  for (std::size_t k = 1; k <= 80; ++k) {
    const auto begin = static_cast<uint32_t>(text.size());
    text += "A" + std::string(k - 1, 'x');
    lines.emplace_back(begin, static_cast<uint32_t>(text.size()));
    text += breaks[k % 7];
  }
  Document d(text);
  REQUIRE(d.paragraphs.size() == lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    INFO("line " << i);
    CHECK(d.paragraphs[i].span.begin == lines[i].first);
    CHECK(d.paragraphs[i].span.end == lines[i].second);
  }
  CHECK(d.invalid_bytes.empty());
  // An invalid byte after ASCII runs of every length from 0 to 80: each one listed, nothing else.
  std::string bad;
  std::vector<uint32_t> at;
  for (std::size_t k = 0; k <= 80; ++k) {
    bad += std::string(k, 'y');
    at.push_back(static_cast<uint32_t>(bad.size()));
    bad += k % 2 ? "\xFF" : "\x80";
  }
  CHECK(Document(bad).invalid_bytes == at);
}

TEST_CASE("NUL bytes and a BOM do not break segmentation", "[document]") {
  Document d(std::string("\xEF\xBB\xBFHello.\0 World.", 17));
  CHECK(d.paragraphs.size() == 1);
  CHECK(d.sentences.size() >= 1);
  CHECK(d.invalid_bytes.empty());
}

TEST_CASE("token flags: capitalized, all caps (two letters or more, any script), space before", "[document]") {
  using factlight::kAllCaps;
  using factlight::kCapitalized;
  using factlight::kSpaceBefore;
  // word -> expected flags (kSpaceBefore aside)
  const std::vector<std::pair<std::string, unsigned>> cases = {
      {"NATO", kCapitalized | kAllCaps}, {"G7", kCapitalized},         {"G7S", kCapitalized | kAllCaps},
      {"A", kCapitalized},               {"A1", kCapitalized},         {"US", kCapitalized | kAllCaps},
      {"\xC3\x89U", kCapitalized | kAllCaps},  // ÉU
      {"A\xC3\x89", kCapitalized | kAllCaps},  // AÉ
      {"\xC3\x89", kCapitalized},              // É
      {"\xC3\x89t\xC3\xA9", kCapitalized},     // Été
      {"Nato", kCapitalized},            {"nATO", 0},                  {"iPhone", 0},
      {"ABCDEFGHIJKLMNOPQRSTe", kCapitalized},
  };
  for (const auto& c : cases) {
    INFO(c.first);
    const std::string text = "x  " + c.first + " y";  // the document views the text: keep it alive
    Document d(text);
    REQUIRE(d.tokens.size() == 3);
    CHECK(d.token_text(1) == c.first);
    CHECK((d.tokens[1].flags & (kCapitalized | kAllCaps)) == c.second);
    CHECK(d.tokens[1].has(kSpaceBefore));
  }
  Document glued("a,b");
  REQUIRE(glued.tokens.size() == 3);
  CHECK_FALSE(glued.tokens[1].has(kSpaceBefore));
  CHECK_FALSE(glued.tokens[2].has(kSpaceBefore));
}

TEST_CASE("words end at the first byte that is no letter or digit, whatever their length", "[document]") {
  // The tokenizer reads words eight bytes at a time: ends before, at and after eight bytes, next to a
  // paragraph's end, and at the bytes that need a closer look (apostrophes, characters beyond ASCII).
  // text -> its tokens
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"abcdefg.", {"abcdefg", "."}},
      {"abcdefgh.", {"abcdefgh", "."}},
      {"abcdefghi.", {"abcdefghi", "."}},
      {"abcdefghijklmnop,q", {"abcdefghijklmnop", ",", "q"}},
      {"abcdefghijklmnopq", {"abcdefghijklmnopq"}},
      {"x abcdefghijklmnopq", {"x", "abcdefghijklmnopq"}},
      {"Zz09azAZ@[`{/:", {"Zz09azAZ", "@", "[", "`", "{", "/", ":"}},
      {"abcdefgh'ij klmno'", {"abcdefgh'ij", "klmno", "'"}},
      {"abcdefghij\xE2\x80\x99s.", {"abcdefghij\xE2\x80\x99s", "."}},
      {"abcdefg\xC3\xA9hijklmn\xC3\x89 z", {"abcdefg\xC3\xA9hijklmn\xC3\x89", "z"}},
      {"ab1234567890cd-ef", {"ab1234567890cd", "-", "ef"}},
      {"abcdefgh\x7F", {"abcdefgh", "\x7F"}},
      {"abcdefghijk\nlmnopqrstu", {"abcdefghijk", "lmnopqrstu"}},
  };
  for (const auto& c : cases) {
    INFO(c.first);
    Document d(c.first);
    std::vector<std::string> toks;
    for (size_t i = 0; i < d.tokens.size(); ++i) toks.emplace_back(d.token_text(static_cast<uint32_t>(i)));
    CHECK(toks == c.second);
  }
}

TEST_CASE("all caps in words longer than eight bytes", "[document]") {
  // word -> whether it is all caps
  const std::vector<std::pair<std::string, bool>> cases = {
      {"ABCDEFGHIJKLMNOP", true}, {"ABCDEFGHIJKLMNOp", false}, {"ABCDEFGH1234", true},
      {"Abcdefghijklm", false},   {"ABCDEFGHIJ\xC3\xA9", false}, {"ABCDEFGHIJ\xC3\x89", true},
  };
  for (const auto& c : cases) {
    INFO(c.first);
    const std::string text = "x " + c.first + " y";
    Document d(text);
    REQUIRE(d.tokens.size() == 3);
    CHECK(d.tokens[1].has(factlight::kAllCaps) == c.second);
  }
}

TEST_CASE("swar::ascii_alnum8 marks exactly the ASCII letters and digits, at every position", "[document]") {
  for (int b = 0; b < 256; ++b) {
    const bool alnum = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    for (int at = 0; at < 8; ++at) {
      // b among neighbours that could carry or borrow into it: the extremes of the byte range.
      for (const int fill : {0x00, 0x7F, 0x80, 0xFF, 'z' + 0}) {
        unsigned char bytes[8];
        for (unsigned char& x : bytes) x = static_cast<unsigned char>(fill);
        bytes[at] = static_cast<unsigned char>(b);
        const uint64_t m = factlight::swar::ascii_alnum8(factlight::swar::load8(reinterpret_cast<const char*>(bytes)));
        INFO("byte " << b << " at " << at << " among " << fill);
        CHECK(((m >> (8 * at + 7)) & 1) == (alnum ? 1u : 0u));
      }
    }
  }
}
