// Whether a word reads as a Vietnamese syllable: the test that tells text decoded with the right
// code page (Vietnamese words) from the same bytes decoded with a wrong one (letters and tone marks
// where Vietnamese never puts them: "Hoøa", "Hµ", "ḷng").
//
// A syllable is an initial consonant (b, c, ch, d, đ, g, gh, gi, h, k, kh, l, m, n, ng, ngh, nh, p,
// ph, qu, r, s, t, th, tr, v, x, or none), a rhyme of Vietnamese (a vowel nucleus with its glide and
// final: "a", "oan", "ương", "uyêt", …) and at most one tone mark on a vowel; a rhyme ending in c, ch,
// p or t takes only the sắc or nặng tone. The spelling rules between initials and vowels (k before
// i/e/ê, gh and ngh) are not checked: the test is meant to be cheap and to accept every real word.
#pragma once

#include <string_view>

namespace baocao {

enum class WordShape {
  kSyllable,      // "Hòa", "NGHIÊNG", "quốc", "gì", "ươn" (NFC or NFD, any case)
  kAbbreviation,  // consonants only, with a đ and no tone mark: "HĐND", "BCĐ", "Đ"
  kOther,         // anything else: "Café", "Hoøa", "lng" with a tone mark, a letter Vietnamese lacks
};

// word: the letters and combining marks of one word (no spaces, digits or punctuation).
WordShape ClassifyVietnameseWord(std::u32string_view word);

}  // namespace baocao
