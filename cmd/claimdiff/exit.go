package main

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// exitGrace is how long the window's process may take to end once asked to
// quit before exitWatchdog ends it.
const exitGrace = 5 * time.Second

// exitWatchdog ends the process if it is still running some time after the
// window was asked to quit.
//
// Fyne 2.7 (and 2.8) can hang on quitting: its loop queues the app's
// "stopped" hook (which saves the preferences) on an event goroutine, which
// hands it back to the main loop; the loop, draining its queue to stop, may
// look before the hook arrives, close the queue, and then wait for the event
// goroutine forever. The window is gone by then; the process stays, holding
// the archive open. On a loaded machine one quit in a few hung (a SIGTERM
// from the memory script waited twenty minutes). Every edit is written
// before the quit is asked (UI.quit), so ending the process loses nothing.
type exitWatchdog struct {
	grace time.Duration
	exit  func() // closes what must be closed and ends the process
	log   io.Writer
	once  sync.Once
	armed atomic.Bool // the quit has begun
}

// arm starts the countdown; later calls do nothing.
func (w *exitWatchdog) arm() {
	w.armed.Store(true)
	w.once.Do(func() {
		time.AfterFunc(w.grace, func() {
			fmt.Fprintf(w.log, "claimdiff: the window's event loop had not ended %v after quitting; ending the process\n", w.grace)
			w.exit()
		})
	})
}
