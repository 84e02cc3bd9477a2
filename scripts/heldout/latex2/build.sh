#!/usr/bin/env bash
# Compiles held-out LaTeX batch 2 into OUT/<case>/resume.pdf with expected.json and SOURCE.md beside.
#   bash scripts/heldout/latex2/build.sh /work/heldout/latex2 [case-substring]
# Needs Debian's TeX Live (pdflatex, xelatex, lualatex) and poppler:
#   apt-get install -y texlive-latex-base texlive-latex-recommended texlive-latex-extra \
#     texlive-fonts-recommended texlive-fonts-extra texlive-xetex texlive-luatex poppler-utils \
#     fonts-lato fonts-inter fonts-dejavu-core   (Lato, Inter and DejaVu Sans are loaded by font name)
# The .tex files are generated from personas.mjs by gen.mjs (node gen.mjs) and committed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:?usage: build.sh OUT_DIR [case-substring]}"
ONLY="${2:-}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
fail=0
# Fixed \\today (page footers print it) so that rebuilds give the same text.
export SOURCE_DATE_EPOCH=1767225600 FORCE_SOURCE_DATE=1
for dir in "$HERE"/*/; do
  id="$(basename "$dir")"
  [ -f "$dir/resume.tex" ] || continue
  [[ -z "$ONLY" || "$id" == *"$ONLY"* ]] || continue
  engine="$(cat "$dir/ENGINE" 2>/dev/null || echo pdflatex)"
  work="$(mktemp -d)"
  cp -r "$dir"/. "$work"/
  ok=1
  for pass in 1 2; do
    if ! (cd "$work" && "$engine" -interaction=nonstopmode -halt-on-error resume.tex >build.log 2>&1); then ok=0; break; fi
  done
  if [ "$ok" = 1 ] && [ -f "$work/resume.pdf" ]; then
    mkdir -p "$OUT/$id"
    cp "$work/resume.pdf" "$dir/expected.json" "$dir/SOURCE.md" "$OUT/$id/"
    echo "ok   $id ($engine, $(pdfinfo "$OUT/$id/resume.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') pp)"
  else
    echo "FAIL $id ($engine): see $work/build.log"; tail -n 20 "$work/build.log"; fail=1
  fi
  [ "$ok" = 1 ] && rm -rf "$work"
done
exit $fail
