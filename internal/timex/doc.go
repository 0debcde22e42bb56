// Package timex finds the time expressions of an article ("on Wednesday",
// "two weeks ago", "the third quarter", "Sept. 13, 2023", "3 p.m.") and
// normalises each to a TIMEX3 value against the article's date, so that an
// event can be dated and a reader can ask what happened when.
//
// Recognition is by hand-written rules over the segmenter's tokens, one
// sentence at a time: at each token the matchers each read a bounded
// number of tokens ahead and the longest match wins, so the work is linear
// in the tokens and no expression crosses a sentence. Rules, not a model:
// TimeML's conventions are mostly lexical, the rules need no training data,
// and they can say why a value was chosen.
//
// Relative expressions resolve against the anchor, the publication date:
// "yesterday" is the day before it, a bare weekday or month is the nearest
// one before it unless the sentence speaks of the future ("will", "next"),
// as news writing and HeidelTime's news domain have it. With no anchor a
// relative expression keeps X's for what is unknown ("XXXX-WXX-3") and is
// marked Unresolved.
package timex
