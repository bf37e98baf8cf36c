# OZGKit: the two commands of the README are `make demo` and `make test`.
SWIFT ?= swift
DEMO_DIR ?= demo-output
FUZZ_SECONDS ?= 60
## Seconds per fuzz target in `make test` (CI): a short run that still finds the shallow bugs.
FUZZ_TEST_SECONDS ?= 20

.PHONY: all deps build release demo test bench fuzz clean

all: build

deps:
	@scripts/install-deps.sh

build:
	@scripts/install-deps.sh build
	$(SWIFT) build

release:
	@scripts/install-deps.sh build
	$(SWIFT) build -c release --product ozg

## Installs what is missing, builds, runs the whole pipeline on Samples/ and says where the output is.
demo: release
	@scripts/install-deps.sh
	@scripts/demo.sh "$(DEMO_DIR)"

## Installs what is missing and runs every test (LibreOffice and openpyxl included).
test: deps
	@FUZZ_TEST_SECONDS=$(FUZZ_TEST_SECONDS) SWIFT=$(SWIFT) scripts/test.sh

## Release build, then the reading/writing benchmarks side by side with reference tools.
bench: release
	@scripts/install-deps.sh bench
	@Benchmarks/run.sh

## libFuzzer + AddressSanitizer build of ozg-fuzz; every target runs FUZZ_SECONDS seconds.
fuzz:
	@scripts/install-deps.sh build
	@scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build .build-fuzz $(DEMO_DIR) bench-output fuzz-output
