// Package event codes who did what to whom in a parsed article, as
// PETRARCH codes it, over newsgraph's own Universal Dependencies parse:
// a verb of the verb dictionary (package event/dict) and the pattern of
// its block that best fits the words around it give a CAMEO code; the
// verb's subject and object noun phrases, coded by an ActorCoder, are its
// actor and recipient. The Stage writes them to Doc.Events.
//
// Matching. A pattern's words before '*' must be found, in order, among
// the words of the verb's clause (its subtree, conjoined and paratactic
// clauses left out) before the verb, and those after '*' after it, in the
// verb's own phrase (on the verb, its object, or a word the pattern took:
// "made remarks at the start of a trip" is no "* TRIP"); words joined by
// '_' must be adjacent. For a passive verb the words after '*' may also be
// in its subject and those before it in its "by" phrase, where the active
// clause has them. A phrase {A B} is found at its head B with A among B's
// dependents; a prepositional term (P X) at a preposition P of the verb's
// phrase whose object is X; '$' and '+' name the noun phrase there as
// actor and recipient; '^' and '%' are accepted unchecked. Of the
// patterns that fit, the one with the most words wins, then the one whose
// words lie nearest the verb, then the later line (as a pattern written
// again replaces the earlier in PETRARCH's tree); when none fits the
// verb's own code applies.
//
// Roles. The actor is a '$' phrase, else the verb's subject, which an
// infinitive or participle takes from the clause it depends on ("Arnor
// agreed to restore ties": Arnor restores); the subject of a passive is
// the recipient and its "by" phrase the actor. The recipient is a '+'
// phrase, else the first coded of the verb's objects, their prepositional
// phrases (and those of a phrase the pattern took), and the verb's
// prepositional phrases, else the first of them uncoded. Conjoined noun
// phrases ("Arnor and Gondor") are several participants of one event. A
// paired code "A:B" gives the event A and the reverse event B. A noun
// phrase is coded as DictCoder says; a name several actors share by the
// one holding a dated role on the article's day.
//
// Clauses. A complement ("wants to attack", "said it attacked") is folded
// into its verb (combine.go), with the verbs conjoined to it. An adjunct
// clause ("..., killing ten", "met to discuss", "pressure to help") gives
// an event only when no verb above it gives one (adjunct.go), as PETRARCH
// codes such a clause only as part of the sentence's event. Actor and
// recipient coded alike give no event.
//
// Dyads. An event needs an actor and a recipient, both coded (PETRARCH's
// require_dyad; an agent alone, "---GOV" for "an official", is coded): coding one-sided events was what made GDELT's
// 2013-14 data so noisy, since a verb with one coded noun phrase is far
// more often a misparse or a non-event than a real unilateral act. Codes
// for which Coder.AllowsOneSided reports true (by default roots 14
// protest, 15 force posture and 20 mass violence, acts an actor commits
// alone) may have no recipient.
//
// Bounds. Heads outside the sentence, cycles and very long sentences are
// walked with visited sets and limits, so a broken parse gives fewer
// events, never a panic or a hang.
package event
