#!/usr/bin/env bash
# The whole test suite, cross-compiled for Windows (x86_64-pc-windows-gnu) and run under wine.
# It proves what can be proved without a Windows machine: every test, the Windows-only ones
# included, passes against the Windows side of std and of refleks.
#
# Needs: the Rust target x86_64-pc-windows-gnu (rustup), mingw-w64 (the linker) and wine 64-bit.
# Missing tools are installed with apt when this runs as root (or with sudo), as on a fresh CI
# machine. When they cannot be had, it says so loudly and exits 3, so a caller can tell "not run"
# from "failed" (exit 1).
#
# Wine 8 lacks bcryptprimitives.dll, which Rust's std on Windows 10+ asks for random bytes
# (ProcessPrng); a small stand-in (scripts/bcryptprimitives-shim.c) is built with mingw and
# loaded under wine only. Real Windows has its own.
#
# The build has its own target folder (target/windows), so it never disturbs the Linux build.
set -uo pipefail
cd "$(dirname "$0")/.."

TARGET=x86_64-pc-windows-gnu
OUT=target/windows
SHIM_DIR=$OUT/shim

say() { printf '== %s\n' "$*"; }
not_run() {
    printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n'
    printf '!! The Windows tests did NOT run: %s\n' "$*"
    printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n'
    exit 3
}

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        return 1
    fi
}

have_tools() {
    command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 \
        && { command -v wine >/dev/null 2>&1 || command -v wine64 >/dev/null 2>&1; }
}

if ! have_tools; then
    say "installing wine and mingw-w64 with apt"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            wine wine64 gcc-mingw-w64-x86-64 >/dev/null \
        || not_run "wine and mingw-w64 could not be installed with apt (no root, or no apt)."
    have_tools || not_run "wine or mingw-w64 is still missing after apt."
fi
if ! rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    say "adding the Rust target $TARGET"
    rustup target add "$TARGET" >/dev/null 2>&1 || not_run "the Rust target $TARGET could not be installed."
fi
WINE=$(command -v wine || command -v wine64)

say "building the ProcessPrng stand-in for wine"
mkdir -p "$SHIM_DIR"
x86_64-w64-mingw32-gcc -O2 -shared -o "$SHIM_DIR/bcryptprimitives.dll" \
    scripts/bcryptprimitives-shim.c -ladvapi32 || not_run "the bcryptprimitives stand-in did not build."

# A wine prefix of our own, made once and kept in the target folder; quiet, no desktop.
export WINEPREFIX="$PWD/$OUT/wineprefix"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="bcryptprimitives=n;mscoree,mshtml="
export WINEPATH="Z:$(printf '%s' "$PWD/$SHIM_DIR" | tr / '\\')"
# Snapshots are never written here: a difference is a failure.
export INSTA_UPDATE=no
export CARGO_TERM_COLOR=never
# Wine's console has no terminal for the tests that need one; they say so and skip.
unset TMUX

say "wine: $("$WINE" --version 2>/dev/null)"
"$WINE" cmd /c exit >/dev/null 2>&1 || not_run "wine does not start ($WINE)."

# The runner is given on the command line, not through CARGO_TARGET_..._RUNNER: the tests
# inherit the environment, and assert_cmd would run refleks.exe through "wine" inside wine.
say "cargo test --target $TARGET (under wine)"
start=$(date +%s)
cargo test --locked --target "$TARGET" --target-dir "$OUT" --no-fail-fast \
    --config "target.$TARGET.runner = \"$WINE\"" "$@" 2>&1 | tee "$OUT/last-run.log"
status=${PIPESTATUS[0]}
passed=$(grep -E '^test result' "$OUT/last-run.log" | awk '{p += $4} END {print p + 0}')
failed=$(grep -E '^test result' "$OUT/last-run.log" | awk '{f += $6} END {print f + 0}')
say "under wine: $passed passed, $failed failed, in $(($(date +%s) - start)) s"
[ "$status" = 0 ] || exit 1
