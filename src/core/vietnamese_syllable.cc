#include "core/vietnamese_syllable.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace baocao {
namespace {

constexpr char32_t kBreveA = U'ă', kHatA = U'â', kHatE = U'ê', kHatO = U'ô', kHornO = U'ơ', kHornU = U'ư';
constexpr char32_t kDd = U'đ';

bool IsVowel(char32_t c) { return std::u32string_view(U"aăâeêioôơuưy").find(c) != std::u32string_view::npos; }

// Splits "a b c" into {"a", "b", "c"}; "-" stands for the empty string.
std::vector<std::u32string> Words(std::u32string_view list) {
  std::vector<std::u32string> out;
  size_t start = 0;
  while (start <= list.size()) {
    const size_t end = std::min(list.find(U' ', start), list.size());
    const std::u32string_view word = list.substr(start, end - start);
    if (!word.empty()) out.emplace_back(word == U"-" ? U"" : word);
    start = end + 1;
  }
  return out;
}

// Every rhyme of Vietnamese without its tone: a nucleus (with its glide) and the finals it takes.
const std::set<std::u32string>& Rhymes() {
  static const std::set<std::u32string> rhymes = [] {
    static constexpr std::pair<std::u32string_view, std::u32string_view> kNuclei[] = {
        {U"a", U"- c ch m n ng nh p t i o u y"},
        {U"ă", U"c m n ng p t"},
        {U"â", U"c m n ng p t u y"},
        {U"e", U"- c m n ng p t o"},
        {U"ê", U"- ch m n nh p t u"},
        {U"i", U"- ch m n nh p t u"},
        {U"y", U"- ch n nh t u"},
        {U"o", U"- c m n ng p t i"},
        {U"oo", U"c ng"},
        {U"ô", U"- c m n ng p t i"},
        {U"ơ", U"- m n p t i"},
        {U"u", U"- c m n ng p t i"},
        {U"ư", U"- c m n ng t i u"},
        {U"iê", U"c m n ng p t u"},
        {U"yê", U"c m n ng p t u"},
        {U"ia", U"-"},
        {U"ya", U"-"},
        {U"uô", U"c m n ng t i"},
        {U"ua", U"-"},
        {U"ươ", U"c m n ng p t i u"},
        {U"ưa", U"-"},
        // with a glide: o before a, ă, e; u before â, ê, y, yê, ya, ơ
        {U"oa", U"- c ch i m n ng nh p t y"},
        {U"oă", U"c m n ng t"},
        {U"oe", U"- n o t"},
        {U"uâ", U"n ng t y"},
        {U"uê", U"- ch n nh"},
        {U"uy", U"- ch n nh t u"},
        {U"uyê", U"n t"},
        {U"uya", U"-"},
        {U"uơ", U"-"},
    };
    std::set<std::u32string> out;
    for (const auto& [nucleus, finals] : kNuclei)
      for (const auto& final_consonant : Words(finals)) out.insert(std::u32string(nucleus) + final_consonant);
    return out;
  }();
  return rhymes;
}

const std::set<std::u32string>& Initials() {
  static const std::set<std::u32string> initials = [] {
    const auto words = Words(U"- b c ch d đ g gh h k kh l m n ng ngh nh p ph r s t th tr v x");
    return std::set<std::u32string>(words.begin(), words.end());
  }();
  return initials;
}

bool IsRhyme(std::u32string_view rhyme) { return Rhymes().count(std::u32string(rhyme)) > 0; }

// After "qu" (whose u is the glide) the rhyme starts with one of these.
bool FollowsQu(std::u32string_view rhyme) {
  return !rhyme.empty() && std::u32string_view(U"aăâeêiyơô").find(rhyme[0]) != std::u32string_view::npos &&
         IsRhyme(rhyme);
}

// letters: lower case, without tone. Whether it is an initial and a rhyme.
bool IsToneless(std::u32string_view letters) {
  size_t v = 0;
  while (v < letters.size() && !IsVowel(letters[v])) ++v;
  if (v == letters.size()) return false;
  const std::u32string_view initial = letters.substr(0, v);
  const std::u32string_view rhyme = letters.substr(v);
  if (initial == U"q") return rhyme[0] == U'u' && FollowsQu(rhyme.substr(1));
  if (initial == U"g" && rhyme[0] == U'i' && rhyme.size() > 1 && IsRhyme(rhyme.substr(1))) return true;  // gi + a
  return Initials().count(std::u32string(initial)) > 0 && IsRhyme(rhyme);
}

bool EndsInStop(std::u32string_view letters) {
  if (letters.empty()) return false;
  const char32_t last = letters.back();
  return last == U'c' || last == U'p' || last == U't' ||
         (last == U'h' && letters.size() >= 2 && letters[letters.size() - 2] == U'c');
}

}  // namespace

WordShape ClassifyVietnameseWord(std::u32string_view word) {
  if (word.empty() || word.size() > 32) return WordShape::kOther;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return WordShape::kOther;
  const icu::UnicodeString in =
      icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(word.data()), static_cast<int32_t>(word.size()));
  const icu::UnicodeString decomposed = nfd->normalize(in, status);
  if (U_FAILURE(status)) return WordShape::kOther;

  std::u32string letters;  // lower case, vowels with their circumflex, breve or horn, no tone
  int tones = 0;
  char32_t tone = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 u = decomposed.char32At(i);
    i += U16_LENGTH(u);
    const auto c = static_cast<char32_t>(u);
    if (c >= U'A' && c <= U'Z') {
      letters += c - U'A' + U'a';
    } else if ((c >= U'a' && c <= U'z') || c == kDd) {
      letters += c;
    } else if (c == U'Đ') {
      letters += kDd;
    } else if (c == 0x0302 || c == 0x0306 || c == 0x031B) {  // circumflex, breve, horn
      if (letters.empty()) return WordShape::kOther;
      char32_t& last = letters.back();
      if (c == 0x0302 && last == U'a') last = kHatA;
      else if (c == 0x0302 && last == U'e') last = kHatE;
      else if (c == 0x0302 && last == U'o') last = kHatO;
      else if (c == 0x0306 && last == U'a') last = kBreveA;
      else if (c == 0x031B && last == U'o') last = kHornO;
      else if (c == 0x031B && last == U'u') last = kHornU;
      else return WordShape::kOther;
    } else if (c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323) {  // the tones
      if (letters.empty() || !IsVowel(letters.back()) || ++tones > 1) return WordShape::kOther;
      tone = c;
    } else {
      return WordShape::kOther;
    }
  }
  bool has_vowel = false;
  for (const char32_t c : letters) has_vowel = has_vowel || IsVowel(c);
  if (!has_vowel)
    return tones == 0 && letters.find(kDd) != std::u32string::npos ? WordShape::kAbbreviation : WordShape::kOther;
  if (!IsToneless(letters)) return WordShape::kOther;
  // A syllable closed by c, ch, p or t is said with the sắc or nặng tone, never another (nor none).
  if (EndsInStop(letters) && tone != 0x0301 && tone != 0x0323) return WordShape::kOther;
  return WordShape::kSyllable;
}

}  // namespace baocao
