package actors

import (
	"strconv"
	"time"
)

func itoa(n int) string { return strconv.Itoa(n) }

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}
