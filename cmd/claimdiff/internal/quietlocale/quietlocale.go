// Package quietlocale keeps Fyne from logging an error on every start in
// the C locale.
//
// Fyne's translations package reads the user's locale while the program
// initialises, and logs "Error parsing user locale C" when it is C.UTF-8 or
// POSIX.UTF-8, the default of Debian and Ubuntu containers and of many
// servers: every command of claimdiff then began with three lines of
// error. This package has no imports but the standard library, so Go
// initialises it before Fyne (packages are initialised in import-path order
// once their own imports are), and it gives that one reading a language:
// LANGUAGE=en, which the locale library consults only when the locale is
// not plain C. Restore puts the environment back for the rest of the
// program and its child processes.
package quietlocale

import (
	"os"
	"strings"
)

var set bool

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	if cLocale(effective()) {
		set = os.Setenv("LANGUAGE", "en") == nil
	}
}

// effective is the locale that names the language of messages, as the
// C library chooses it.
func effective() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); l != "" {
			return l
		}
	}
	return ""
}

// cLocale reports whether l is the C or POSIX locale with an encoding
// ("C.UTF-8"), which the locale library passes on to Fyne as the language
// "C". Plain "C" and "POSIX" it already treats as no language.
func cLocale(l string) bool {
	lang, _, ok := strings.Cut(l, ".")
	return ok && (lang == "C" || lang == "POSIX")
}

// Restore unsets LANGUAGE if init set it.
func Restore() {
	if set {
		os.Unsetenv("LANGUAGE")
		set = false
	}
}
