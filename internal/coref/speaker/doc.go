// Package speaker is the coreference of attributions: it says who each
// source and addressee is. A source is named by the fullest name the
// article gives its person (Kim -> Kim Jong Un), a pronoun by the person
// last spoken of, "X, who said …" by X, an institution by the
// organisation its description ends with ("the shipping firm Calloway
// Lines" -> Calloway Lines) and a group by its description; each is then
// pointed at its coreference entity, whose name it takes. Inside a direct
// quotation, the speaker's I, me and my become mentions of the speaker's
// entity, which coreference alone could not know.
//
// It runs as its own pipeline stage after attribution, which only finds
// the spans (source, cue, content), and reads nothing attribution keeps to
// itself: the attributions layer, the parse, the names and the entities.
//
// It is a package of its own under coref rather than files in it so that
// its helpers cannot collide with coreference's rules, which change on
// their own schedule, and it reaches coreference only through its exported
// API (coref.Insert).
package speaker
