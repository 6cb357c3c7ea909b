#!/usr/bin/env bash
# Score a rashomon checkout on the held-out event: gold here (offsets only), texts outside the repository
# (HELDOUT_TEXTS/ahli-hospital-2023/, default /work/devdata/heldout); never develop on it.
# usage: score.sh CHECKOUT [OUT.json]     e.g. score.sh /work/main /tmp/heldout-main.json
# PARTIAL=1 scores the articles that are there when some could not be restored (devset.py --partial): every gold
# item needing a missing article is left out, so the figures are not the event's; say so beside them.
# Runs `rashomon analyze` with CHECKOUT/src first on the path (main's venv), then ../shared/eval/score.py
# against the gold; prints the text summary, and writes the JSON metrics to OUT.json when given.
set -euo pipefail
CHECKOUT=$(cd "${1:?usage: score.sh CHECKOUT [OUT.json]}" && pwd)
OUT_JSON=${2:-}
HERE=${HELDOUT_TEXTS:-/work/devdata/heldout}
EVENT=ahli-hospital-2023
REPO=$(cd "$(dirname "$0")/../.." && pwd)
PARTIAL_FLAG=()
if [ -n "${PARTIAL:-}" ]; then PARTIAL_FLAG=(--partial); fi
VENV=$REPO/.venv/bin
SCORE=$REPO/../shared/eval/score.py
RUN=$(mktemp -d "/tmp/heldout-run.XXXXXX")

# the texts must be the ones the gold was written on
"$VENV/python" "$REPO/scripts/devset.py" check "$REPO/benchmarks/heldout/$EVENT.json" "$HERE/$EVENT" "${PARTIAL_FLAG[@]}"
# the gold with text is rebuilt from the packed offsets, so both forms stay one gold
"$VENV/python" "$REPO/scripts/devset.py" unpack "$REPO/benchmarks/heldout/$EVENT.json" "$HERE/$EVENT" "${PARTIAL_FLAG[@]}" -o "$RUN/gold.json"

WHERE=$(PYTHONPATH="$CHECKOUT/src" "$VENV/python" -c 'import rashomon, os; print(os.path.dirname(rashomon.__file__))')
case "$WHERE" in
  "$CHECKOUT"/src/*) ;;
  *) echo "score.sh: rashomon imports from $WHERE, not from $CHECKOUT/src" >&2; exit 2 ;;
esac
echo "checkout: $CHECKOUT ($(git -C "$CHECKOUT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
PYTHONPATH="$CHECKOUT/src" "$VENV/rashomon" analyze "$HERE/$EVENT" -o "$RUN/out"
"$VENV/python" "$SCORE" "$RUN/out/ledger.json" "$RUN/gold.json"
if [ -n "$OUT_JSON" ]; then
  "$VENV/python" "$SCORE" "$RUN/out/ledger.json" "$RUN/gold.json" --json > "$OUT_JSON"
  echo "metrics: $OUT_JSON"
fi
echo "ledger: $RUN/out/ledger.json"
