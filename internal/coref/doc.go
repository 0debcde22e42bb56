// Package coref gathers an article's mentions into entities: every name,
// pronoun, description and group that refers to one person, organisation
// or place becomes one newsgraph.Entity, with the fullest name as its
// canonical name.
//
// It is rule-based and reads only what earlier stages drew: the NER's names,
// part-of-speech tags and, where present, the parse. The rules, in the order
// they run:
//
//   - Names (names.go): a person's later, shorter name joins the entity whose
//     name holds all its words ("Kim" joins "Kim Jong Un", "Mr. Trump" joins
//     "Donald Trump"), the most recent such entity when several do, never
//     one of the other gender (from "Mr.", "Mrs." and given names:
//     gender.go). A fuller name joins a shorter one's entity unless the
//     writer has already called that one by surname alone, when it is a
//     relative or namesake ("Michelle Obama" after "Mr. Obama"; mayGrow
//     says when it joins all the same). Other names join an entity of the
//     same text, or of which they are the acronym ("U.S." and "United
//     States").
//   - Titles and roles (roles.go): the words before a name that the gazetteer
//     knows as titles, and nationalities ("Russian Defence Minister Sergei
//     Shoigu"), are remembered as the entity's roles, with their span; so is
//     an appositive beside a name, after it ("Tim Morrison, a former aide")
//     or before it ("The regional governor, Marek Stoyan, said"), which is
//     a mention of the person too.
//   - Descriptions of office (others.go): "the Russian leader", "the defence
//     minister" join the one person whose roles agree with them; none, or
//     several, and the description stays alone.
//   - Other descriptions (nominal.go): a noun phrase headed by a common
//     noun of a person, an organisation or a place ("the city", "his
//     wife", "the parents"; nouns.go lists them) joins the latest earlier
//     one with the same head whose modifiers and possessor agree; an
//     indefinite starts someone new, and a description no other mention
//     joins is left out.
//   - Groups: "the two leaders", "both leaders", "the pair" become a group
//     entity whose members are the two people most mentioned so far.
//   - Pronouns (others.go): he, she and their forms join the most
//     recent person, named or described, that agrees in gender, preferring
//     a subject; they join the most recent group, else a description in
//     the plural, else an organisation; its an organisation or a place.
//     Outside quotations I is the writer, we the writer's side, you the
//     reader; inside one, I and we are left to attribution, which knows
//     who speaks.
//
// Once entities are built on the names, each name's mention is widened to
// the noun phrase it heads (phrase.go): "the United States", "Byron's".
//
// Possessors are kept apart by construction: "Morrison's lawyer" is not a
// mention of Morrison's, only "Morrison's" in it is.
//
// Wrong merges are worse than missed ones: each rule joins only on evidence
// it can name, and leaves a mention alone when two entities fit equally.
package coref
