package cameo

// Roots 06 to 08: material cooperation, aid and yielding. PLOVER splits
// CAMEO's YIELD: the verbal concessions 080-083 become CONCEDE, the material
// ones 084-087 RETREAT.
var materialCooperation = []row{
	{"060", "cooperate materially", 6.0, Cooperate, ""},
	{"061", "cooperate economically", 6.4, Cooperate, ""},
	{"062", "cooperate militarily", 7.4, Cooperate, ""},
	{"063", "cooperate judicially", 7.4, Cooperate, ""},
	{"064", "share intelligence", 7.0, Cooperate, ""},

	{"070", "give aid", 7.0, Aid, ""},
	{"071", "give economic aid", 7.4, Aid, ""},
	{"072", "give military aid", 8.3, Aid, ""},
	{"073", "give humanitarian aid", 7.4, Aid, ""},
	{"074", "give protection or peacekeepers", 8.5, Aid, ""},
	{"075", "grant asylum", 7.0, Aid, ""},

	{"080", "yield", 5.0, Concede, ""},
	{"081", "ease administrative sanctions", 5.0, Concede, ""},
	{"0811", "ease limits on political freedoms", 5.0, Concede, ""},
	{"0812", "lift a ban on parties or politicians", 5.0, Concede, ""},
	{"0813", "lift a curfew", 5.0, Concede, ""},
	{"0814", "lift a state of emergency", 5.0, Concede, ""},
	{"082", "ease political dissent", 5.0, Concede, ""},
	{"083", "accede to calls for reform", 5.0, Concede, ""},
	{"0831", "accede to calls for new leaders", 5.0, Concede, ""},
	{"0832", "accede to calls for new policy", 5.0, Concede, ""},
	{"0833", "accede to calls for rights", 5.0, Concede, ""},
	{"0834", "accede to calls for new institutions", 5.0, Concede, ""},
	{"084", "return or release", 7.0, Retreat, ""},
	{"0841", "release people", 7.0, Retreat, "release"},
	{"0842", "return property", 7.0, Retreat, ""},
	{"085", "ease economic sanctions", 7.0, Retreat, ""},
	{"086", "let outsiders in", 9.0, Retreat, "access"},
	{"0861", "receive peacekeepers", 9.0, Retreat, "access"},
	{"0862", "receive inspectors", 9.0, Retreat, "access"},
	{"0863", "let humanitarian aid through", 9.0, Retreat, "access"},
	{"087", "de-escalate fighting", 9.0, Retreat, "disarm"},
	{"0871", "declare a truce", 9.0, Retreat, "ceasefire"},
	{"0872", "ease a military blockade", 9.0, Retreat, "withdraw"},
	{"0873", "demobilise forces", 9.0, Retreat, "disarm"},
	{"0874", "retreat or surrender", 10.0, Retreat, "disarm"},
}
