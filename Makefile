# A thin wrapper over meson: `make run` and `make check` are all you need.
BUILDDIR ?= build
ASAN_BUILDDIR ?= build-asan
MESON_OPTIONS ?=
XVFB = xvfb-run -a -s "-screen 0 1600x1000x24"

.PHONY: all deps setup build run check check-asan bench fuzz clean

all: build

deps:
	@./tools/install-deps

setup: deps
	@if [ ! -f $(BUILDDIR)/build.ninja ]; then meson setup $(BUILDDIR) $(MESON_OPTIONS); fi

build: setup
	meson compile -C $(BUILDDIR)

# Opens the window on the sample corpus, straight from the build tree
run: build
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data DATELINE_LOCALEDIR=$(BUILDDIR)/po DATELINE_HELPDIR=help/C DATELINE_SAMPLE_DIR=data/sample $(BUILDDIR)/src/app/dateline data/sample

# Every test, headless: the window tests run in a virtual X display
check: build
	$(XVFB) dbus-run-session -- meson test -C $(BUILDDIR) --print-errorlogs

# The same tests in a build with AddressSanitizer and UBSan
check-asan: deps
	@if [ ! -f $(ASAN_BUILDDIR)/build.ninja ]; then \
	  meson setup $(ASAN_BUILDDIR) -Db_sanitize=address,undefined -Db_lundef=false $(MESON_OPTIONS); fi
	meson compile -C $(ASAN_BUILDDIR)
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  $(XVFB) dbus-run-session -- meson test -C $(ASAN_BUILDDIR) --print-errorlogs

# Benchmarks print figures; the frame-time one opens a window in a virtual display
bench: build
	$(XVFB) dbus-run-session -- meson test -C $(BUILDDIR) --benchmark --verbose

# Every loader and the analysis under libFuzzer (clang), FUZZ_SECONDS each
FUZZ_SECONDS ?= 60
fuzz:
	@./tools/install-deps fuzz
	./tools/run-fuzzers $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILDDIR) $(ASAN_BUILDDIR)
