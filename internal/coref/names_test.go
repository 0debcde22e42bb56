package coref

import "testing"

// TestFullerNames: when a later, fuller name of a person joins an entity
// named by part of it, and when it is someone else. Regression: "Michelle
// Obama" once joined the president's "Mr. Obama" and took his pronouns.
func TestFullerNames(t *testing.T) {
	per := func(names ...string) map[string]string {
		m := map[string]string{}
		for _, n := range names {
			m[n] = "PER"
		}
		return m
	}
	for _, c := range []struct {
		name, title, text string
		names             map[string]string
		subjects          []string
		want              []string
	}{{
		// A full name after the body has called someone by surname is a
		// second person of that surname; the later "Mr. Obama" goes past
		// the more recent, female, Michelle Obama to the president.
		name: "full name after surname is someone else",
		text: "President Obama spoke in Akron. Mr. Obama said he would sign the bill. " +
			"Michelle Obama said she was proud. Mr. Obama thanked her.",
		names: per("Obama", "Michelle Obama"), subjects: []string{"Mr.", "Michelle", "he", "she"},
		want: []string{"Obama: Obama|Obama|he|Obama", "Michelle Obama: Michelle Obama|she|her"},
	}, {
		// A plain "Clinton" after the relative is still the one named
		// most: a relative named in full is told apart by it.
		name:  "relative after surname, then surname",
		text:  "Clinton spoke at the dock. Clinton left at noon. Chelsea Clinton spoke next. Clinton left early.",
		names: per("Clinton", "Chelsea Clinton"),
		want:  []string{"Clinton: Clinton|Clinton|Clinton", "Chelsea Clinton: Chelsea Clinton"},
	}, {
		// Two people named as often share the surname: "Sand" may be
		// either, and is left to neither.
		name:  "surname two people share",
		text:  "Erik Sand said the quota was small. His wife, Kari Sand, agreed. Sand said the boat would go. Sand added more.",
		names: per("Erik Sand", "Kari Sand", "Sand"),
		want:  []string{"Erik Sand: Erik Sand|His", "Kari Sand: Kari Sand", "Sand: Sand|Sand"},
	}, {
		// One surname alone, as a summary ahead of the story has it, establishes no one.
		name:  "one surname before full name",
		text:  "Clinton spoke at the dock. Chelsea Clinton spoke next.",
		names: per("Clinton", "Chelsea Clinton"),
		want:  []string{"Chelsea Clinton: Clinton|Chelsea Clinton"},
	}, {
		// Headlines use surnames alone: the body's full name is the headline's man.
		name: "headline surname grows into body name", title: "Trump Wins",
		text:  "Donald Trump said he won the vote. Trump added a word.",
		names: per("Trump", "Donald Trump"), subjects: []string{"Donald", "Trump"},
		want: []string{"Donald Trump: Trump|Donald Trump|he|Trump"},
	}, {
		// A text whose title is not marked begins with it.
		name: "unmarked title surname grows into body name",
		text: "Lind and Berg agree on ports;\nTalks on fees go on for a second week in the capital.\n\n" +
			"Anja Lind spoke. Lind added a word. Lind left.\n\nPiet Berg said no.",
		names: per("Lind", "Anja Lind", "Berg", "Piet Berg"),
		want:  []string{"Anja Lind: Lind|Anja Lind|Lind|Lind", "Piet Berg: Berg|Piet Berg"},
	}, {
		name:  "full name refined by middle initial",
		text:  "Donald Trump spoke. Later Donald J. Trump signed.",
		names: per("Donald Trump", "Donald J. Trump"),
		want:  []string{"Donald J. Trump: Donald Trump|Donald J. Trump"},
	}, {
		// Korean order: the surname comes first.
		name:  "surname first joins full name",
		text:  "Kim Jong Un spoke at length. Kim then left the hall.",
		names: per("Kim Jong Un", "Kim"),
		want:  []string{"Kim Jong Un: Kim Jong Un|Kim"},
	}, {
		// Relatives share a surname, not a given name.
		name:  "given name grows into full name",
		text:  "Hillary spoke at the dock. Hillary spoke again. Hillary Clinton then left.",
		names: per("Hillary", "Hillary Clinton"),
		want:  []string{"Hillary Clinton: Hillary|Hillary|Hillary Clinton"},
	}, {
		// A man's given name after "Mr." is no one else for its order alone.
		name:  "same gender full name after surname joins",
		text:  "President Obama spoke. Mr. Obama left. Years ago, a young Barack Obama spoke there too.",
		names: per("Obama", "Barack Obama"),
		want:  []string{"Barack Obama: Obama|Obama|Barack Obama"},
	}, {
		name:  "gendered titles keep names apart",
		text:  "Piet Berg met Anna Berg. Ms. Berg spoke first. Mr. Berg spoke last.",
		names: per("Piet Berg", "Anna Berg", "Berg"),
		want:  []string{"Piet Berg: Piet Berg|Berg", "Anna Berg: Anna Berg|Berg"},
	}, {
		// Neither is the writer's own reference to the person.
		name:  "quoted or modifying surname grows into full name",
		text:  "“Lind is wrong,” a voter said. The Lind campaign said no. Anja Lind spoke.",
		names: per("Lind", "Anja Lind"),
		want:  []string{"Anja Lind: Lind|Lind|Anja Lind"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			check(t, titledFixture(t, c.title, c.text, c.names, c.subjects...), c.want...)
		})
	}
}

// An entity is named without the punctuation its span may end in, nor a
// possessive's ending.
func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"Western Power,": "Western Power",
		"Berg’s":         "Berg",
		"Ana  Lind":      "Ana Lind",
		"Lind;":          "Lind",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}
