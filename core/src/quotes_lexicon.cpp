// Word lists of the quote extractor. Written for factlight; lemmas are inflected by rule so that one
// entry covers "say", "says", "saying" (irregular forms are listed beside their lemma).
//
// Every list is compiled once into one table from a lower-cased word form to its WordClass bits: the
// inflected forms of every lemma are spelled out when the table is built, so that a token costs one
// hash lookup (TokenView does it once per token) however many lists are asked about it. The rules
// that recognise an inflection (`inflection_of` below) stay the definition: the table holds exactly
// the forms they accept.
#include <cstring>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "factlight/unicode.hpp"
#include "quotes_internal.hpp"
#include "size_hints.hpp"
#include "word_set.hpp"

namespace factlight::quotes {
namespace {

// Verbs that quote someone verbatim or nearly so.
constexpr std::string_view kSpeechWords =
    "say said tell told add write wrote written ask note explain declare state stress emphasize "
    "emphasise insist reply respond answer continue recall remark comment observe concede admit "
    "acknowledge argue claim warn promise vow pledge predict assert maintain contend confirm deny "
    "announce tweet post exclaim shout scream yell cry whisper mutter joke quip boast complain "
    "lament plead retort counter snap caution testify conclude suggest mention repeat reiterate "
    "affirm recount muse wonder chant sing sang sung urge demand report describe speak spoke spoken "
    "reason allege charge concur agree disagree interject elaborate clarify begin began begun dijo "
    "afirmó declaró explicó dit sagte erklärte thunder gush grumble sigh laugh proclaim blog pen "
    "penned hint stat bark growl snarl holler vent remember opine rant scoff sneer marvel chuckle "
    "inquire aver fume groan moan whine wail howl hiss beg implore confide confess underscore "
    "summarize summarise echo interrupt chime assure gloat grouse gripe enthuse restate reassert "
    "reckon declaim retweet";

// Verbs of the manner of speaking that say nothing on their own ("Scott beamed and asked …"): a cue
// only right after a quotation ("“…,” Ortiz beamed.").
constexpr std::string_view kMannerWords =
    "seethe beam rave jeer rage smile grin shrug sniff huff gasp murmur stammer bellow roar tease "
    "chirp intone coo drawl crack sob snort smirk deadpan crow cheer rasp sputter giggle";

// Verbs of stance and report that take a clause but rarely a verbatim quotation.
constexpr std::string_view kStanceWords =
    "believe think thought hope fear worry estimate indicate reveal show shown find found expect "
    "feel felt know knew known understand understood accuse criticize criticise praise endorse blame "
    "call label term dub brand describe question doubt propose recommend advise assure reassure "
    "inform remind signal imply guess speculate surmise acknowledge recognize recognise cite quote "
    "disclose decline refuse threaten forecast project calculate conclude determine decide rule "
    "order instruct request want insist dismiss reject defend attack slam blast mock chide rebuke "
    "rebut challenge support back oppose contend assume suspect say complain trumpet tout predict "
    "according talk discuss denounce condemn applaud welcome rail refer focus advocate push press "
    "object lambast decry hail highlight contest dispute seek sought vow see saw seen consider "
    "regard view envision portray characterize characterise paint cast point scold chastise "
    "castigate berate ridicule deride taunt brag extol laud commend fault assail bash downplay mourn "
    "regret congratulate thank apologize apologise justify plans planned planning prefer email learn "
    "identify name compare sign nominate encourage outline unveil liken detail contradict reaffirm "
    "lay side bemoan admire exhort reference credit herald invoke imagine deem anticipate rated";

// Listed forms of those verbs that are no base form.
constexpr std::string_view kNotBaseWords =
    "sang sung penned shown saw seen sought dijo afirmó declaró explicó dit sagte erklärte stat "
    "according plans planned planning rated";

// The particle some cues take before their content: "talked about", "called for", "pointed to".
constexpr std::string_view kAboutWords =
    "talk speak complain worry joke boast write tweet post care think know wonder testify";

constexpr std::string_view kForWords =
    "call ask push argue advocate press plead pray hope";

constexpr std::string_view kToWords =
    "refer point respond object reply allude agree";

constexpr std::string_view kAgainstWords =
    "rail warn argue speak testify push caution campaign";

constexpr std::string_view kOnWords =
    "focus comment insist weigh elaborate reflect";

// Verbs that take the listener as object before the content: "told reporters that".
constexpr std::string_view kListenerWords =
    "tell assure reassure inform remind advise caution urge ask";

// Verbs of evidence: what a poll, a report or records show is a clause of any shape.
constexpr std::string_view kEvidenceWords =
    "show find reveal indicate estimate suggest predict project confirm conclude";

// Verbs that govern a verb of saying through "to", making one cue with it: "went on to say".
constexpr std::string_view kGoverningWords =
    "go goes went continue continues continued begin begins began proceed proceeds proceeded hasten "
    "hastens hastened going continuing proceeding";

// Nouns of stance that report what their owner said when "that" follows a possessive: "his warning
// that …", "Mr. Ortiz's claim that …".
constexpr std::string_view kStanceNounWords =
    "claim claims argument arguments assertion assertions warning warnings remark remarks suggestion "
    "suggestions insistence contention accusation accusations allegation allegations assurance "
    "assurances prediction predictions complaint complaints declaration admission boast boasts "
    "promise promises pledge pledges vow vows statement statements comment comments conclusion "
    "concern concerns belief hope hopes threat threats denial charge charges observation "
    "announcement view";

// Verbs that need a noun before "that": "voiced confidence that".
constexpr std::string_view kLightWords =
    "voice express raise share offer make made issue air sound";

// Auxiliaries and adverbs between a subject and its cue.
constexpr std::string_view kFillerWords =
    "has have had also later then previously once repeatedly often recently just again would will "
    "could did does do not never reportedly publicly privately quickly flatly openly simply only "
    "earlier still further firmly initially already frequently ultimately subsequently allegedly "
    "long even herself himself themselves itself always sometimes now";

// Words of a time adjunct.
constexpr std::string_view kTimeWords =
    "monday tuesday wednesday thursday friday saturday sunday week weeks month months year years "
    "today yesterday tonight morning afternoon evening night weekend earlier last past this next "
    "recently ago";

constexpr std::string_view kPronounsWords =
    "he she they i we it who you";

// Heads of vague sources.
constexpr std::string_view kVagueWords =
    "experts expert officials official critics sources source some analysts observers insiders "
    "others many people commentators scientists researchers economists diplomats aides advisers "
    "advisors witnesses residents locals someone somebody skeptics sceptics supporters opponents "
    "detractors several most few thousands hundreds dozens millions all everyone everybody nobody "
    "anyone reports studies rumours rumors";

// Titles before a name (lower case, no dot).
constexpr std::string_view kTitlesWords =
    "mr mrs ms dr prof professor sen senator rep representative gov governor president vice prime "
    "minister secretary chancellor mayor councillor councilor councilman councilwoman officer judge "
    "justice gen general col colonel lt capt captain sgt sergeant director chief chairman chairwoman "
    "chair speaker leader spokesman spokeswoman spokesperson ambassador king queen prince princess "
    "pope rev reverend father sir dame lord lady detective inspector commissioner attorney agent adm "
    "admiral state former host sheriff coach candidate nominee ceo founder author commander deputy";

// Words of organisation names, case as written.
constexpr std::string_view kOrgWords =
    "Post Times Journal News Press Herald Tribune Guardian Telegraph Party Ministry Department "
    "Committee Commission Council Agency Kremlin Government University Institute Center Centre "
    "Foundation Association Court Office Service Police Bank Inc Corp Company Group Campaign Network "
    "Reuters AP AFP CNN BBC NPR Fox NBC CBS ABC MSNBC Pentagon Guard Army Navy Congress Senate House "
    "Parliament Board Authority Union Organization Organisation Coalition Club Federation Bureau "
    "Administration Poll Survey Report Study Magazine Review Daily PAC Ltd LLC Trust Fund Alliance "
    "Caucus Initiative government ministry campaign police department agency court company "
    "administration committee newspaper paper poll survey report study statement website office "
    "council board union group organization organisation network firm party";

// Lower-case words that end a noun phrase walked backwards.
constexpr std::string_view kStopWords =
    "and but or nor that which when while as because if since after before although though so yet "
    "than where whether until unless once whereas what how why in on at by with from into about to "
    "over under during against is was are were be been being said says say there here this these "
    "those also not then now later instead meanwhile however still even just him her them me us it "
    "up out off down whom whose do does did has have had can could should may might must will would "
    "despite following including regarding besides beyond through throughout within across behind "
    "near around along asked unlike of for like via per amid among toward towards upon without";

// Determiners and quantifiers that may open a source.
constexpr std::string_view kDetWords =
    "the a an another some many most several other one his her their its our my your two three both "
    "all few no each these those this that such";

// Words that name the quoted words right after them, no verb of saying ("a memo titled “…”", "the
// slogan “…”"); and those that do it with "of" or "as" ("chants of “…”", "known as “…”").
constexpr std::string_view kNamingWords = "titled entitled slogan phrase nicknamed reading published";
constexpr std::string_view kNamingHeadWords = "chants chant cries known";

// Verbs of a state of mind: after "and" or "but" in what was said they go on with it ("said she was
// tired of it and wanted a change", "says she hopes to win, but she knows that …").
constexpr std::string_view kMindWords =
    "want wants wanted thinks thought knows knew understands understood hopes hoped plans planned";

// Verbs that make a cue with the particle after them: a reply with "back" ("shot back", "fired
// back") and "put it" ("as the mayor put it, “…”").
constexpr std::string_view kComebackWords =
    "shot shoots fired fires hit hits struck snapped pushed wrote writes put puts";

// Irregular past forms and auxiliaries that end a noun phrase: "began", "was", "stood".
constexpr std::string_view kPastWords =
    "sent stood went came made gave took put left held met led won lost ran got is was are were has "
    "had have began became found kept sat spent brought bought heard meant paid rose fell grew saw "
    "wore drew drove chose broke hit set cut let shut quit fled fought sought taught caught did does "
    "seems seemed threw struck sold swore blew built dealt fed flew froze hid hung laid lent rode "
    "rang sank shook slept stole stuck swung tore woke withdrew upheld overtook forgave forgot";

// Irregular forms and their lemma (only those not covered by the suffix rules).
struct Irregular {
  std::string_view form;
  std::string_view lemma;
};
constexpr Irregular kIrregular[] = {{"said", "say"}, {"says", "say"}, {"told", "tell"},
                                    {"wrote", "write"}, {"written", "write"}, {"thought", "think"},
                                    {"found", "find"}, {"felt", "feel"}, {"knew", "know"},
                                    {"known", "know"}, {"spoke", "speak"}, {"spoken", "speak"},
                                    {"understood", "understand"}, {"began", "begin"}, {"begun", "begin"},
                                    // "plans to …" (the verb; "plan" alone is mostly the noun)
                                    {"plans", "plan"}, {"planned", "plan"}, {"planning", "plan"},
                                    // "laid out a plan" (cue_length takes "lay" only with "out")
                                    {"laid", "lay"}};

// The forms of the lists in the order the table takes them, spelled one after the other in one string
// (no string of its own per form, which cost most of the table's making: a process's first analysis).
struct FormList {
  struct Form {
    uint32_t at, size, bits;
  };
  std::string text;
  std::vector<Form> forms;
  // A form spelled a + b + c.
  void add(std::string_view a, std::string_view b, std::string_view c, uint32_t bits) {
    const std::size_t at = text.size();
    text.append(a).append(b).append(c);
    forms.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(text.size() - at), bits});
  }
  // The spellings of a lemma that count as it: the lemma, -s, -es, -ed, -d after a final e, -ing,
  // -ies/-ied for a final y and -ing for a final e (after a lemma of three bytes or more), and a doubled
  // final consonant (admitted, planning). Irregular forms are listed in kIrregular.
  FACTLIGHT_COLD void inflections(std::string_view l, uint32_t bits) {
    const std::string_view stem = l.substr(0, l.size() - 1), last = l.substr(l.size() - 1);
    for (const char* suffix : {"", "s", "es", "ed", "ing"}) add(l, suffix, {}, bits);
    if (last == "e" && l.size() > 2) add(l, "d", {}, bits);
    if (last == "y" && l.size() > 2) {
      add(stem, "ies", {}, bits);
      add(stem, "ied", {}, bits);
    }
    if (last == "e" && l.size() > 2) add(stem, "ing", {}, bits);
    add(l, last, "ed", bits);
    add(l, last, "ing", bits);
  }
};

// The table: lower-cased form -> WordClass bits, open addressing over a power-of-two array.
class ClassTable {
 public:
  ClassTable();
  uint32_t get(std::string_view w) const { return get(w, hash(w)); }
  // Every form in the table, in slot order.
  void forms(std::vector<std::string_view>& out) const {
    for (const Slot& s : slots_)
      if (s.size > 0) out.push_back(std::string_view(arena_).substr(s.at, s.size));
  }
  uint32_t get(std::string_view w, uint32_t h) const {
    if (w.size() > 63 || !(lengths_ >> w.size() & 1u)) return 0;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == 0) return 0;
      if (s.hash != h || s.size != w.size()) continue;
      const char* a = arena_.data() + s.at;
      std::size_t k = 0;
      while (k < w.size() && a[k] == w[k]) ++k;
      if (k == w.size()) return s.bits;
    }
  }

 private:
  struct Slot {
    uint32_t hash = 0, at = 0, size = 0, bits = 0;
  };
  static uint32_t hash(std::string_view w) {
    uint32_t h = kWordHashSeed;
    for (const char c : w) h = word_hash_step(h, static_cast<unsigned char>(c));
    return h;
  }
  // The form of arena_ at `at` (hash h) with its bits: or-ed into the slot of the same spelling.
  void put(std::string_view w, uint32_t at, uint32_t h, uint32_t bits) {
    std::size_t i = h & mask_;
    while (slots_[i].size != 0) {
      if (slots_[i].hash == h && std::string_view(arena_).substr(slots_[i].at, slots_[i].size) == w) {
        slots_[i].bits |= bits;
        return;
      }
      i = (i + 1) & mask_;
    }
    slots_[i] = {h, at, static_cast<uint32_t>(w.size()), bits};
    lengths_ |= uint64_t{1} << w.size();
  }
  std::string arena_;  // the spellings (FormList::text: a repeated form is spelled there again, unused)
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  uint64_t lengths_ = 0;
};

FACTLIGHT_COLD ClassTable::ClassTable() {
  FormList list;  // a form may come several times
  list.text.reserve(36 * 1024);  // ~32 KB and ~4,200 forms: room for the lists to grow a little
  list.forms.reserve(4608);
  // Each list is one literal of words separated by single spaces.
  auto each = [](std::string_view words, auto&& f) { for_each_word(words, f); };
  // Irregular forms in a list stand as they are: "found" is a form of "find", and "founded" no
  // form of it ("the man who founded the institute"). The irregular forms of the list's lemmas follow
  // its inflected forms, in kIrregular's order (once for each time their lemma is listed).
  auto inflected = [&](std::string_view lemmas, uint32_t bits) FACTLIGHT_COLD {
    uint8_t times[std::size(kIrregular)] = {};
    each(lemmas, [&](std::string_view l) {
      bool irregular = false;
      for (std::size_t i = 0; i < std::size(kIrregular); ++i) {
        irregular |= kIrregular[i].form == l;
        times[i] += kIrregular[i].lemma == l;
      }
      if (irregular) list.add(l, {}, {}, bits);
      else list.inflections(l, bits);
    });
    for (std::size_t i = 0; i < std::size(kIrregular); ++i)
      for (unsigned k = 0; k < times[i]; ++k) list.add(kIrregular[i].form, {}, {}, bits);
  };
  auto exact = [&](std::string_view words, uint32_t bits) FACTLIGHT_COLD {
    each(words, [&](std::string_view w) {
      const std::size_t at = list.text.size();
      append_fold_lower(list.text, w);
      list.forms.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(list.text.size() - at), bits});
    });
  };
  inflected(kSpeechWords, kSpeech | kReporting);
  inflected(kStanceWords, kReporting);
  // The particle of the first list that has the verb: about, for, to, against, on.
  inflected(kAboutWords, 1u << kParticleShift);
  inflected(kForWords, 2u << kParticleShift);
  inflected(kToWords, 3u << kParticleShift);
  inflected(kAgainstWords, 4u << kParticleShift);
  inflected(kOnWords, 5u << kParticleShift);
  inflected(kListenerWords, kListener);
  inflected(kLightWords, kLightVerb);
  inflected(kEvidenceWords, kEvidence);
  exact(kFillerWords, kCueFiller);
  exact(kTimeWords, kTimeWord);
  exact(kPronounsWords, kPronoun);
  exact(kVagueWords, kVagueHead);
  exact(kTitlesWords, kTitle);
  exact(kOrgWords, kOrgSpelling);
  exact(kStopWords, kNpStop);
  exact(kDetWords, kDeterminer);
  exact(kPastWords, kPastVerb);
  exact(kComebackWords, kComeback);
  exact(kGoverningWords, kGoverning);
  exact(kStanceNounWords, kStanceNoun);
  inflected(kMannerWords, kMannerVerb);
  exact(kNamingWords, kNaming);
  exact(kNamingHeadWords, kNamingHead);
  exact(kMindWords, kMind);
  // A base form is a listed speech or stance verb that is neither irregular nor in kNotBase.
  const WordSet not_base(kNotBaseWords);
  auto base = [&](std::string_view w) {
    for (const Irregular& i : kIrregular)
      if (i.form == w) return;
    if (!not_base.contains(w)) list.add(w, {}, {}, kBaseForm);
  };
  each(kSpeechWords, base);
  each(kStanceWords, base);
  std::size_t size = 8;
  while (size < 2 * list.forms.size()) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  arena_ = std::move(list.text);
  for (const FormList::Form& f : list.forms) {
    if (f.size > 63) continue;
    const std::string_view w = std::string_view(arena_).substr(f.at, f.size);
    const uint32_t h = hash(w);
    // The first particle list wins: a later one is dropped when the form has one already.
    uint32_t b = f.bits;
    if ((b & kParticleMask) && (get(w, h) & kParticleMask)) b &= ~kParticleMask;
    put(w, f.at, h, b);
  }
}

const ClassTable& table() {
  static const ClassTable t;
  return t;
}

}  // namespace

uint32_t word_classes(std::string_view lower_word) { return table().get(lower_word); }
uint32_t word_classes(std::string_view lower_word, uint32_t hash) { return table().get(lower_word, hash); }
void known_forms(std::vector<std::string_view>& out) { table().forms(out); }

const char* cue_particle_of(uint32_t classes) {
  static const char* const kParticles[] = {nullptr, "about", "for", "to", "against", "on"};
  const uint32_t p = (classes & kParticleMask) >> kParticleShift;
  return p < 6 ? kParticles[p] : nullptr;
}

bool is_title_word(std::string_view w) {
  std::string l = fold_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  return (word_classes(l) & kTitle) != 0;
}

bool is_naming_cue(std::string_view cue) {
  const std::string_view first = cue.substr(0, cue.find(' '));
  return (word_classes(fold_lower(first)) & (kNaming | kNamingHead)) != 0;
}

bool is_organization_word(std::string_view w) {
  static const WordSet kOrg(kOrgWords);
  return kOrg.contains(w);
}

}  // namespace factlight::quotes
