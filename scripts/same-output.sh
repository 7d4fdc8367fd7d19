#!/bin/bash
# Checks that two builds of refleks give the same `aggregate` output in every format: the text
# formats byte for byte, the workbook cell for cell (its zip holds dates, so bytes differ).
#
#     python3 scripts/gen-store.py 1000 /tmp/tree-1k --kommuner 10
#     scripts/same-output.sh /tmp/refleks-before target/release/refleks /tmp/tree-1k
#
# Needs python3 with openpyxl for the workbook. Exits 1 on the first difference.
set -eu
old=$1 new=$2 tree=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for all in "" "--all"; do
  for f in table md csv json html xlsx; do
    "$old" aggregate "$tree" $all --format $f -o "$out/old.$f" > /dev/null
    "$new" aggregate "$tree" $all --format $f -o "$out/new.$f" > /dev/null
  done
  for f in table md csv json html; do
    cmp "$out/old.$f" "$out/new.$f"
  done
  python3 - "$out/old.xlsx" "$out/new.xlsx" <<'PY'
import sys, openpyxl
a, b = (openpyxl.load_workbook(p) for p in sys.argv[1:3])
assert a.sheetnames == b.sheetnames, (a.sheetnames, b.sheetnames)
for s in a.sheetnames:
    ra = [[c.value for c in r] for r in a[s].iter_rows()]
    rb = [[c.value for c in r] for r in b[s].iter_rows()]
    assert ra == rb, f"sheet {s} differs"
PY
  echo "same output in every format ${all:-(newest per team)}"
done
