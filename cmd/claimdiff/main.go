// Command claimdiff is the Claimdiff desktop application and its command line.
//
// With no arguments it opens the window; with a subcommand it works in the
// terminal. The command line is package cli, which claimdiff-cli also runs
// without the window; this command adds the window (app) to it.
package main

import (
	"os"

	"github.com/claimdiff/claimdiff/cmd/claimdiff/internal/quietlocale"
	"github.com/claimdiff/claimdiff/cmd/internal/cli"
)

func main() {
	quietlocale.Restore()
	cli.Window = runWindow
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
