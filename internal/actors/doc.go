// Package actors is newsgraph's actor knowledge base: who the people,
// organisations, countries and armed groups are that articles talk about,
// under which names, and which roles they held when.
//
// It is seeded from the Phoenix actor and agent dictionaries that PETRARCH
// codes events with (read by ReadActors and ReadAgents, compiled by
// `newsgraph train actors` into models/actors and loaded with Load), and
// grown by a Layer: aliases and roles learned from the news, each with its
// dates, count and the characters it came from, plus users' corrections
// (merge, split, alias), exported and imported as JSON Lines. The layer
// holds no storage code; stores keep its JSON Lines.
//
// A linker resolves a mention with Lookup (exact name or alias, then without
// a title, then by surname when only one person has it), reads an actor's
// roles at the article's date with RolesAt, and codes role words ("defence
// minister", "police") with AgentOf.
package actors
