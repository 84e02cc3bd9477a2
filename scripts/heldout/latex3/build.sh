#!/usr/bin/env bash
# Compiles held-out LaTeX batch 3 into OUT/<case>/resume.pdf with expected.json and SOURCE.md beside.
#   bash scripts/heldout/latex3/build.sh /work/heldout/latex3 [case-substring]
# Needs Debian's TeX Live 2022 (pdflatex, xelatex, lualatex) and poppler:
#   apt-get install -y texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-pictures \
#     texlive-fonts-recommended texlive-fonts-extra texlive-xetex texlive-luatex poppler-utils \
#     texlive-lang-german texlive-lang-spanish fonts-texgyre fonts-noto-core
# (the last four were added for this batch: babel ngerman/spanish, TeX Gyre and Noto Sans loaded by font name).
# The .tex files are generated from personas.mjs by gen.mjs (node gen.mjs) and committed. Compiles run one
# after another.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:?usage: build.sh OUT_DIR [case-substring]}"
ONLY="${2:-}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
fail=0
# Fixed \today (the German CV prints it) so that rebuilds give the same text.
export SOURCE_DATE_EPOCH=1764547200 FORCE_SOURCE_DATE=1
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
    echo "FAIL $id ($engine): see $work/build.log"; grep -m5 -A3 '^!' "$work/build.log" || tail -n 20 "$work/build.log"; fail=1
  fi
  [ "$ok" = 1 ] && rm -rf "$work"
done
exit $fail
