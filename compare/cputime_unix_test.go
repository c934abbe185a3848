//go:build unix

package compare

import "syscall"

// cpuTime is the process's user and system CPU time in nanoseconds. On a
// busy machine a benchmark's wall time (ns/op) grows with the load; its CPU
// time much less, so benchmarks report both.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
