"""The same articles give the same ledger run after run: nothing may depend on Python's string hash seed (set
order), which changes with every process unless PYTHONHASHSEED is set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

from generate import corpus, write  # noqa: E402

RUN = r"""
import glob, json, sys
from rashomon.api import analyze
from rashomon.settings import Settings
ledger = analyze(sorted(glob.glob(sys.argv[1] + "/*")), Settings(threads=1)).to_dict()
ledger["generator"].pop("created", None)
print(json.dumps(ledger, sort_keys=True))
"""


def _start(folder: Path, seed: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen([sys.executable, "-c", RUN, str(folder)], stdout=subprocess.PIPE, text=True, env=env)


def test_two_hash_seeds_give_the_same_ledger(tmp_path: Path) -> None:
    # 300 generated articles: enough repeated sentences for the ties that set order used to break (a cluster's
    # centre, TF-IDF columns numbered in set order); 120 were not
    write(corpus(300, seed=7), tmp_path / "in")
    runs = [_start(tmp_path / "in", seed) for seed in ("1", "2")]
    outs = [run.communicate(timeout=600)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    first, second = (json.loads(out) for out in outs)
    differ = [key for key in first if first[key] != second.get(key)]
    assert differ == []
