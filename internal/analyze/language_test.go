package analyze

import (
	"strings"
	"testing"
)

func TestLooksEnglish(t *testing.T) {
	long := func(s string) string { return strings.Repeat(s+" ", 8) }
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"english prose", long("The mayor said on Tuesday that the port would stay open through the strike, and the union agreed."), true},
		{"english scores", long("Brask d. Kesh 70-44. Brask (1-0): Varga 25 points. Meer 17 points. Olander 10 points and 3 steals. Stoyan 4 points to lead."), true},
		{"too short to tell", "Hola, mundo.", true},
		{"spanish", long("El alcalde dijo el martes que el puerto seguirá abierto durante la huelga y que los sindicatos están de acuerdo."), false},
		{"portuguese", long("O prefeito disse na terça-feira que o porto vai continuar aberto durante a greve e que não há acordo com os sindicatos."), false},
		{"german", long("Der Bürgermeister sagte am Dienstag, dass der Hafen während des Streiks geöffnet bleibt und die Gewerkschaft nicht zustimmt."), false},
		{"russian", long("Мэр заявил во вторник, что порт останется открытым во время забастовки."), false},
		{"japanese", long("市長は火曜日、ストライキ中も港は開いたままだと述べた。"), false},
	} {
		if got := looksEnglish(c.text); got != c.want {
			t.Errorf("%s: looksEnglish = %v, want %v", c.name, got, c.want)
		}
	}
}

// The language check reads every word of every article without
// allocating: its words are lowered into a buffer, capitals and all.
func TestLooksEnglishAllocatesNothing(t *testing.T) {
	text := strings.Repeat("The Mayor SAID on Tuesday that the Port would stay open, and Der Hafen bleibt geöffnet. ", 20)
	if n := testing.AllocsPerRun(20, func() { looksEnglish(text) }); n != 0 {
		t.Errorf("looksEnglish allocated %.0f times per call", n)
	}
}

// appendLower lowers as strings.ToLower does, in every script.
func TestAppendLowerIsToLower(t *testing.T) {
	for _, w := range []string{"The", "SAID", "Bürgermeister", "ÉTÉ", "Мэр", "İstanbul", "ǅ", "a\xffB", ""} {
		if got := string(appendLower(nil, w)); got != strings.ToLower(w) {
			t.Errorf("appendLower(%q) = %q, strings.ToLower gives %q", w, got, strings.ToLower(w))
		}
	}
}
