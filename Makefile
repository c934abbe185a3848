# Claimdiff. One set of build tags for every build, vet and test, so the
# build cache stays warm; scripts/buildtags holds it for the scripts too:
# FTS5 for SQLite search, fyne.Do migration declared, and no copy of Fyne's
# emoji font in the binary (emoji are drawn from the system's emoji font).
TAGS       := $(shell cat scripts/buildtags)
GO         ?= go
BIN        := bin/claimdiff
CLI        := bin/claimdiff-cli
VERSION    := $(shell sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)
APPBUILD   := $(shell sed -n 's/^Build = \(.*\)/\1/p' FyneApp.toml)
LDFLAGS    := -X github.com/claimdiff/claimdiff/cmd/internal/cli.version=$(VERSION)
# The programs record the commit they were built from (data.Build: an
# archive tells which build analysed each source). Go's "auto" stamps it
# only when nothing disables it, and GOFLAGS=-buildvcs=false on some
# machines does; "true" fails outside a git checkout (a source tarball).
BUILDVCS   := $(shell git rev-parse --git-dir >/dev/null 2>&1 && echo true || echo false)
STATICCHECK_VERSION := v0.8.2
GOBIN      := $(shell $(GO) env GOPATH)/bin
FUZZTIME   ?= 5

.PHONY: run build test check unit race fuzz smoke deps deps-test package screenshots bench qa calib calib-cli calib-check clean

## run: install what is missing, build, and open the window (first run loads the sample claim)
run: deps build
	./$(BIN)

## build: the application (bin/claimdiff) and its command line without the window (bin/claimdiff-cli)
build:
	$(GO) build -buildvcs=$(BUILDVCS) -tags "$(TAGS)" -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/claimdiff
	$(GO) build -buildvcs=$(BUILDVCS) -tags "$(TAGS)" -ldflags "$(LDFLAGS)" -o $(CLI) ./cmd/claimdiff-cli

## test: install what tests need, then format, vet, staticcheck, unit tests, the race detector, brief fuzzing and a real-window smoke test
test: deps-test check unit race fuzz smoke

deps:
	@scripts/install-deps.sh run

deps-test:
	@scripts/install-deps.sh test

check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
		if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet -tags "$(TAGS)" ./...
	@[ -x "$(GOBIN)/staticcheck" ] && "$(GOBIN)/staticcheck" -version | grep -q "$(STATICCHECK_VERSION:v%=%)" || \
		$(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	"$(GOBIN)/staticcheck" -tags "$(TAGS)" ./...

unit:
	$(GO) test -tags "$(TAGS)" -count=1 ./...
	@# The bidi conformance counts, which go test hides for passing packages.
	@$(GO) test -tags "$(TAGS)" -count=1 -v -run '^TestBidi(Test|CharacterTest)File$$' ./compare/bidi/ | grep '^Bidi'


## race: the packages that run work in parallel (the window's background work, the import pipeline, the engine's workers) under the race detector
race:
	$(GO) test -race -tags "$(TAGS)" -count=1 ./app/... ./data/... ./compare/...

fuzz:
	TAGS="$(TAGS)" scripts/fuzz.sh $(FUZZTIME)

smoke: build
	scripts/smoke.sh $(BIN)
	scripts/smoke-cli.sh $(CLI)

## bench: every benchmark of the module, once
bench:
	$(GO) test -tags "$(TAGS)" -run '^$$' -bench . -benchmem ./...

## qa: grade this build's contradiction lists against the hold-outs' answer keys (qa/README.md)
qa: build
	$(GO) run ./qa/grade --bin $(CLI) $(sort $(wildcard qa/holdouts/*))

## calib: relearn the listed confidence (data/internal/calib) from this engine's lists of the read and the
## blind hold-outs below, written by a build that lists every contradiction uncalibrated (qa/README.md)
CALIB_READ  := $(addprefix qa/holdouts/,64 65 66 67 68 69 70 71 72 73 74 75 76)
CALIB_BLIND := $(addprefix qa/holdouts/,77 78 79 80 81)
CALIB_CLI   := bin/claimdiff-cli-uncalibrated
# The build the calibration's rows come from: it lists every contradiction,
# uncalibrated and uncut (data.listing).
calib-cli:
	$(GO) build -tags "$(TAGS)" -ldflags "-X github.com/claimdiff/claimdiff/data.listing=uncalibrated" -o $(CALIB_CLI) ./cmd/claimdiff-cli

calib: calib-cli
	$(GO) run ./qa/grade --bin $(CALIB_CLI) --rows data/internal/calib/testdata/read.tsv $(CALIB_READ) >/dev/null
	$(GO) run ./qa/grade --bin $(CALIB_CLI) --rows data/internal/calib/testdata/blind.tsv $(CALIB_BLIND) >/dev/null
	$(GO) generate ./data/internal/calib/

## calib-check: how well the listed confidence predicts the blind hold-outs it did not learn from
CALIB_TEST  := $(addprefix qa/holdouts/,82 83 84 85 86 87 88 89 90 91 92)
calib-check: calib-cli
	$(GO) run ./qa/grade --bin $(CALIB_CLI) --rows bin/calib-check.tsv $(CALIB_TEST) >/dev/null
	$(GO) run ./data/internal/calib/cmd/calibrate -check bin/calib-check.tsv

## package: the Linux desktop package (tar.xz with .desktop file and icon), built by the fyne tool
package: deps build
	# The build number is given so that fyne does not bump it in FyneApp.toml.
	$(GO) tool fyne package --os linux --executable $(BIN) --release --app-version $(VERSION) --app-build $(APPBUILD)
	@ls -l Claimdiff.tar.xz

## screenshots: the real window under a virtual display, saved into docs/
screenshots: deps-test build
	scripts/screenshots.sh $(BIN)

clean:
	rm -rf bin Claimdiff.tar.xz smoke-failed.png
