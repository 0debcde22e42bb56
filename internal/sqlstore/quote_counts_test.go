package sqlstore

import (
	"reflect"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// The counts kept by actor answer only a filter by the actor alone: any
// other field of QuoteFilter set, including one added after this test,
// must send the filter to the counting path. Types, the page and the
// order do not change what the counts count.
func TestByActorAloneKnowsEveryField(t *testing.T) {
	base := newsgraph.QuoteFilter{Actor: 7, Types: []newsgraph.AttributionType{newsgraph.Statement}, Page: newsgraph.Page{Limit: 5}, Sort: newsgraph.SortOldest}
	if !byActorAlone(base) {
		t.Fatal("a filter by actor, types, page and order is not counted from the kept counts")
	}
	allowed := map[string]bool{"Actor": true, "Types": true, "Page": true, "Sort": true}
	ft := reflect.TypeFor[newsgraph.QuoteFilter]()
	for i := range ft.NumField() {
		field := ft.Field(i)
		if allowed[field.Name] {
			continue
		}
		f := base
		v := reflect.ValueOf(&f).Elem().Field(i)
		switch v.Kind() {
		case reflect.String:
			v.SetString("x")
		case reflect.Int, reflect.Int64:
			v.SetInt(1)
		case reflect.Float64:
			v.SetFloat(0.5)
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Struct:
			if field.Type != reflect.TypeFor[time.Time]() {
				t.Fatalf("field %s: set it here", field.Name)
			}
			v.Set(reflect.ValueOf(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
		default:
			t.Fatalf("field %s of kind %s: set it here", field.Name, v.Kind())
		}
		if byActorAlone(f) {
			t.Errorf("with %s set, the filter is still answered from the counts by actor", field.Name)
		}
	}
	relevance := base
	relevance.Sort = newsgraph.SortRelevance
	if byActorAlone(relevance) || byActorAlone(newsgraph.QuoteFilter{}) {
		t.Error("a filter ranked by relevance, or by no actor, is answered from the counts by actor")
	}
}
