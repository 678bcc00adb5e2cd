#!/bin/bash
# Instructions a byte of the whole pipeline, by callgrind: the fixtures
# analysed to 3 MB minus the same to 1 MB (start-up and lexicon building
# cancel out), divided by the bytes between. Repeatable whatever else the
# machine is doing; needs valgrind (apt-get install valgrind). About a
# minute.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --example fixtures_loop
bin=target/release/examples/fixtures_loop
out=$(mktemp -d)
valgrind --tool=callgrind --callgrind-out-file="$out/small.out" "$bin" 1000000 2>"$out/small.err" &
valgrind --tool=callgrind --callgrind-out-file="$out/large.out" "$bin" 3000000 2>"$out/large.err"
wait
collected() { grep -o 'Collected : [0-9]*' "$1" | grep -o '[0-9]*$'; }
read_bytes() { grep -o '^[0-9]* bytes' "$1" | grep -o '^[0-9]*'; }
i1=$(collected "$out/small.err"); i3=$(collected "$out/large.err")
b1=$(read_bytes "$out/small.err"); b3=$(read_bytes "$out/large.err")
echo "instructions a byte: $(( (i3 - i1) / (b3 - b1) ))  (profiles: $out/large.out, callgrind_annotate)"
