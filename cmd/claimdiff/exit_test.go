package main

import (
	"bytes"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Armed, the watchdog ends the process once, after its grace, however many
// times the quit came (Ctrl+Q, then SIGTERM).
func TestExitWatchdog(t *testing.T) {
	var exits atomic.Int32
	done := make(chan struct{}, 2)
	var log bytes.Buffer
	w := &exitWatchdog{grace: 20 * time.Millisecond, log: &log, exit: func() {
		exits.Add(1)
		done <- struct{}{}
	}}
	start := time.Now()
	w.arm()
	w.arm()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the armed watchdog did not end the process")
	}
	if waited := time.Since(start); waited < w.grace {
		t.Errorf("ended after %v, before its grace of %v", waited, w.grace)
	}
	time.Sleep(100 * time.Millisecond) // time for a second exit, were there one
	if n := exits.Load(); n != 1 {
		t.Errorf("exit called %d times, want 1", n)
	}
	if !strings.Contains(log.String(), "had not ended") {
		t.Errorf("no word of why the process ends: %q", log.String())
	}
}
