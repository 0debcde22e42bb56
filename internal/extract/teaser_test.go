package extract

import (
	"strings"
	"testing"
)

// Issue 17: links to other stories, printed inside the body as a bold label
// and a headline, stayed in the article text.
func TestHTMLDropsLabelledTeasers(t *testing.T) {
	kept := []string{
		"<p>The harbour board met on Thursday to approve the new rota for the night shifts at the container terminal.</p>",
		"<p><strong>Q:</strong> Why did the port close for three weeks</p>",                    // an interview
		"<p><strong>Brask (4-1):</strong> Olander 2 goals. Meer 1 assist</p>",                  // a box score
		"<p><strong>Containers:</strong> Two Green, One Blue, One Red</p>",                     // a list
		"<p><strong>Olander:</strong> We will not give up on the night shifts.</p>",            // a transcript
		"<p><b>Update:</b> The port reopened at noon, the harbour master said.</p>",            // a sentence
		"<p><strong>Port deal:</strong> dockers vote on the new rota</p>",                      // not a headline's capital
		"<p><strong>Port deal:</strong> Dockers vote <strong>now</strong> on the rota</p>",     // two labels
		"<p>Dockers vote: <strong>Port deal</strong> on the new rota for the night shifts</p>", // label not first
	}
	teasers := []string{
		"<p><strong>Port deal: </strong>Dockers vote on a pay scale for crane drivers</p>",
		"<p><strong>More:</strong> <a href=\"/ferry\">Ferry to Kesh sails again after a week of storms</a></p>",
		"<p><b>'Not our fault': </b>Harbour board blames the weather for the delays</p>",
	}
	page := "<html><head><title>Port reopens</title></head><body><article>" +
		strings.Join(kept, "") + strings.Join(teasers, "") + strings.Repeat(kept[0], 3) + "</article></body></html>"
	_, blocks, err := HTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(kindsAndTexts(blocks), "|")
	for _, teaser := range []string{"pay scale for crane drivers", "Ferry to Kesh", "blames the weather"} {
		if strings.Contains(text, teaser) {
			t.Errorf("teaser %q kept in %q", teaser, text)
		}
	}
	for _, p := range []string{"Why did the port close", "Olander 2 goals", "Two Green", "We will not give up",
		"The port reopened at noon", "dockers vote on the new rota", "Dockers vote now", "Dockers vote: Port deal"} {
		if !strings.Contains(text, p) {
			t.Errorf("paragraph with %q dropped from %q", p, text)
		}
	}
}
