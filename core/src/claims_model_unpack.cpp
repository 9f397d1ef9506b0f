// unpack_lexical (claims_model.hpp): the generated claims model's packed grams and weights, made into
// the LexicalWeights the scorer reads. Run once, by claim_model().
#include "factlight/claims_model.hpp"

namespace factlight {

UnpackedLexical unpack_lexical(const char* grams, std::size_t grams_size, const int16_t* weights,
                               std::size_t count) {
  UnpackedLexical u;
  u.grams.assign(grams, grams_size);
  for (char& c : u.grams)
    if (c == '\n') c = '\0';  // each gram a C string, as the scorer compares them (strcmp)
  u.weights.reserve(count);
  std::size_t at = 0;
  for (std::size_t i = 0; i < count && at < u.grams.size(); ++i) {
    u.weights.push_back({u.grams.c_str() + at, weights[i] / 10000.0});
    at = u.grams.find('\0', at) + 1;
  }
  return u;
}

}  // namespace factlight
