#!/usr/bin/env bash
# Peak resident memory of the example binary on a generated 100 MB input,
# measured with GNU time (`/usr/bin/time -v`, Debian package `time`).
#
#   bash benches/memory.sh [SIZE_MB]
#
# Two runs: the whole input as one plain-text document (the text, its
# sentences and claims are held; mentions are found and written a section
# at a time, see src/pipeline.rs), and the same articles as JSON Lines in
# corpus mode (`--jsonl`), where memory is bounded by the window of
# documents, not by the input.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-100}"
if [ ! -x /usr/bin/time ]; then
    echo "memory.sh: /usr/bin/time is missing (apt-get install time)" >&2
    exit 1
fi
cargo build --release --example extract >&2
bin=target/release/examples/extract
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
target=$((size_mb * 1000 * 1000))

# Fixtures repeated to the size, as text and as JSON Lines.
python3 - "$dir" "$target" <<'PY'
import glob, json, sys
out, target = sys.argv[1], int(sys.argv[2])
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("fixtures/*.txt"))]
with open(f"{out}/input.txt", "w", encoding="utf-8") as txt, \
     open(f"{out}/input.jsonl", "w", encoding="utf-8") as jl:
    written = i = 0
    while written < target:
        t = texts[i % len(texts)]
        txt.write(t + "\n\n")
        jl.write(json.dumps({"id": i, "text": t}) + "\n")
        written += len(t.encode()) + 2
        i += 1
PY

peak() { # command... -> prints "<peak KB> <seconds>"
    /usr/bin/time -v "$@" > /dev/null 2> "$dir/time.txt" || { cat "$dir/time.txt" >&2; exit 1; }
    kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$dir/time.txt")
    wall=$(awk '/Elapsed \(wall clock\)/ {print $NF}' "$dir/time.txt")
    echo "$kb $wall"
}

txt_bytes=$(stat -c %s "$dir/input.txt")
jl_bytes=$(stat -c %s "$dir/input.jsonl")
report() { # label input_bytes peak_kb wall
    awk -v l="$1" -v b="$2" -v k="$3" -v w="$4" 'BEGIN {
        printf "%-13s %7.1f MB input  peak RSS %7.1f MB  (%.2fx input)  wall %s\n",
            l, b / 1e6, k / 1e3, k * 1e3 / b, w }'
}
read -r kb wall < <(peak "$bin" --reference-date 2026-02-09 "$dir/input.txt")
report "one document" "$txt_bytes" "$kb" "$wall"
read -r kb wall < <(peak "$bin" --jsonl --reference-date 2026-02-09 "$dir/input.jsonl")
report "jsonl corpus" "$jl_bytes" "$kb" "$wall"
