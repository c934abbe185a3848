package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// claimdiff-cli exists to run where Fyne cannot (no display, no OpenGL
// library) and to start without Fyne's initialisation: nothing it links may
// bring Fyne, GLFW or the window's package in.
func TestLinksNoWindow(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 || !slices.Contains(deps, "github.com/claimdiff/claimdiff/cmd/internal/cli") {
		t.Fatalf("go list -deps gave %d packages, without the command line's", len(deps))
	}
	for _, d := range deps {
		if strings.HasPrefix(d, "fyne.io/") || strings.HasPrefix(d, "github.com/go-gl/") || d == "github.com/claimdiff/claimdiff/app" || strings.HasPrefix(d, "github.com/claimdiff/claimdiff/app/") {
			t.Errorf("claimdiff-cli links %s", d)
		}
	}
}
