// Command claimdiff-cli is Claimdiff's command line without the window:
// compare, relate, import, claims, search, statements, export and eval,
// exactly as claimdiff runs them, in a program that does not link Fyne. It
// runs where there is no display and no OpenGL library (a server, a
// container, a CI job), and starts in a fraction of the time, since
// Fyne's packages are not initialised.
package main

import (
	"os"

	"github.com/claimdiff/claimdiff/cmd/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
