#!/usr/bin/env bash
# Side-by-side timings of `splinelens train` and PyTorch on the papers' training protocols (docs/PERFORMANCE.md):
# the same start network (splinelens' He-normal draw, seed 0), data (sin(πx) on a grid), loss (½ Σ (f − y)²),
# optimizer and epochs. For splinelens: the training loop with its default outputs (snapshots every 50 epochs and
# every file of `--out`), the whole command's wall time (JVM start included), and the wall time with
# `--observe-every EPOCHS` (two observations) for the cost of the outputs, each the median of $REPEAT runs (default
# 3). For PyTorch (optional: any python3 that imports torch, or $PYTHON): the training loop only, float32 and float64,
# on $THREADS threads (default 2); the ratio is the faster PyTorch loop over splinelens' loop.
# Usage: benchmarks/protocols/run.sh [protocol-name ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${THREADS:-2}"
repeat="${REPEAT:-3}"
# each repeat runs every protocol twice, about 3 s: more than 99 is surely a typo
[[ "$repeat" =~ ^[1-9][0-9]?$ ]] || { echo "run.sh: REPEAT must be a whole number from 1 to 99, got '$repeat'" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python=""
for candidate in "${PYTHON:-}" python3 /usr/bin/python3; do
  if [ -n "$candidate" ] && "$candidate" -c 'import torch' >/dev/null 2>&1; then
    python="$candidate"
    break
  fi
done
data_python="$(command -v python3 || true)"
[ -n "$data_python" ] || { echo "run.sh: python3 is needed to write the data files" >&2; exit 2; }

# name | network | points from:step:to | optimizer | lr | epochs (the loss sums over N points: GD at lr 1e-3 and
# N = 401 overshoots at its first step and leaves every unit of the H = 21 net dead, so that protocol takes 1e-4)
protocols=(
  "H=21, N=401, GD|--width 21|-1:0.005:1|gd|1e-4|10000"
  "H=1000, N=23, Adam|--width 1000|-1.1:0.1:1.1|adam|1e-3|10000"
  "(20,20), N=601, GD|--widths 20,20|-1.5:0.005:1.5|gd|1e-4|10000"
  "(8x5), N=601, GD|--widths 8,8,8,8,8|-1.5:0.005:1.5|gd|1e-4|10000"
  "(8x4), N=20, GD|--widths 8,8,8,8|-1:0.1:0.9|gd|1e-3|20000"
)

seconds() { "$data_python" -c 'import json,sys; print(json.loads(sys.stdin.read().splitlines()[-1])["seconds"])'; }
now() { date +%s.%N; }
elapsed() { "$data_python" -c "print(f'{$2 - $1:.2f}')"; }
median() { "$data_python" -c 'import statistics, sys; print(statistics.median(float(a) for a in sys.argv[1:]))' "$@"; }

for wanted in "$@"; do
  known=0
  for protocol in "${protocols[@]}"; do
    [ "${protocol%%|*}" = "$wanted" ] && known=1
  done
  [ "$known" = 1 ] || { echo "run.sh: unknown protocol '$wanted'; the protocols: $(printf '"%s" ' "${protocols[@]%%|*}")" >&2; exit 2; }
done

echo "| protocol | splinelens loop | splinelens wall | wall, 2 observations | outputs' cost | PyTorch f32 | PyTorch f64 | ratio |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for protocol in "${protocols[@]}"; do
  IFS='|' read -r name network grid optimizer lr epochs <<<"$protocol"
  if [ "$#" -gt 0 ] && [[ ! " $* " == *" $name "* ]]; then
    continue
  fi
  dir="$work/$(echo "$name" | tr -c 'A-Za-z0-9' '_')"
  mkdir -p "$dir"
  IFS=':' read -r from step to <<<"$grid"
  "$data_python" - "$from" "$step" "$to" > "$dir/data.csv" <<'PY'
import math, sys
a, h, b = (float(s) for s in sys.argv[1:4])
n = int(round((b - a) / h)) + 1
print("x,y")
for k in range(n):
    x = a + k * h
    print(f"{x!r},{math.sin(math.pi * x)!r}")
PY
  # the papers' loss in the data's own units, as the PyTorch side trains
  # shellcheck disable=SC2206 # $network holds an option and its value, split on purpose
  common=($network --data "$dir/data.csv" --optimizer "$optimizer" --lr "$lr" --loss half-sse --no-standardize --seed 0
    --json)
  "$root/splinelens" train "${common[@]}" --epochs 0 --out "$dir/start" >/dev/null
  # $repeat runs of each, alternating, and their medians: the machine's noise is ±10-20 % a run. The report is
  # parsed after the clock stops: a Python start inside the timing would bill ~0.1 s to splinelens.
  loops=()
  walls=()
  twos=()
  for _ in $(seq "$repeat"); do
    rm -rf "$dir/default" "$dir/two"
    began=$(now)
    report=$("$root/splinelens" train "${common[@]}" --epochs "$epochs" --out "$dir/default")
    walls+=("$(elapsed "$began" "$(now)")")
    loops+=("$(seconds <<<"$report")")
    began=$(now)
    "$root/splinelens" train "${common[@]}" --epochs "$epochs" --observe-every "$epochs" --out "$dir/two" >/dev/null
    twos+=("$(elapsed "$began" "$(now)")")
  done
  loop=$(median "${loops[@]}")
  wall=$(median "${walls[@]}")
  two=$(median "${twos[@]}")
  cost=$("$data_python" -c "print(f'{100 * ($wall / $two - 1):+.0f} %')")
  f32="-"
  f64="-"
  ratio="-"
  if [ -n "$python" ]; then
    f32=$("$python" "$here/pytorch_train.py" "$dir/start/final-net.json" "$dir/data.csv" "$optimizer" "$lr" \
      "$epochs" float32 "$threads" | seconds)
    f64=$("$python" "$here/pytorch_train.py" "$dir/start/final-net.json" "$dir/data.csv" "$optimizer" "$lr" \
      "$epochs" float64 "$threads" | seconds)
    ratio=$("$data_python" -c "print(f'{min($f32, $f64) / $loop:.1f}x')")
    f32=$("$data_python" -c "print(f'{$f32:.2f} s')")
    f64=$("$data_python" -c "print(f'{$f64:.2f} s')")
  fi
  loop=$("$data_python" -c "print(f'{$loop:.3f} s')")
  wall=$("$data_python" -c "print(f'{$wall:.2f} s')")
  two=$("$data_python" -c "print(f'{$two:.2f} s')")
  echo "| $name | $loop | $wall | $two | $cost | $f32 | $f64 | $ratio |"
done
