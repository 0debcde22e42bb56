package attrib

import "github.com/newsgraph/newsgraph/internal/attrib/view"

// cueLemmas are verbs of saying, reporting and believing.
var cueLemmas = view.Set("say tell add note explain argue claim insist warn state write report announce believe think " +
	"suggest stress acknowledge admit deny ask reply respond comment declare predict promise vow urge accuse allege " +
	"confirm emphasize emphasise tweet praise thank hail condemn criticize criticise welcome show testify recall concede contend maintain assert caution complain boast joke " +
	"estimate conclude reveal disclose indicate observe remark mention describe reiterate post " +
	"agree charge counter fear hope expect doubt worry question learn find affirm reaffirm")

// tellLemmas take the hearer as object: "told reporters that".
var tellLemmas = view.Set("tell ask assure inform warn urge remind promise thank")
