package newsgraph

// Layer names one kind of annotation on a Doc. Pipeline stages declare the
// layers they read and write, so a pipeline built in the wrong order (a
// parser before the tagger) is refused when it is built, not run.
type Layer string

// The annotation layers.
const (
	LayerParagraphs   Layer = "paragraphs"
	LayerTokens       Layer = "tokens"
	LayerSentences    Layer = "sentences"
	LayerQuotes       Layer = "quotes"
	LayerPOS          Layer = "pos"
	LayerLemmas       Layer = "lemmas"
	LayerMentions     Layer = "mentions" // names, from the NER
	LayerEntities     Layer = "entities" // mentions gathered into entities, with pronouns and descriptions: coreference
	LayerActors       Layer = "actors"   // entities linked to the knowledge base's actors
	LayerParse        Layer = "parse"
	LayerAttributions Layer = "attributions"
	LayerTimes        Layer = "times"  // time expressions with TIMEX3 values
	LayerEvents       Layer = "events" // CAMEO/PLOVER events
)
