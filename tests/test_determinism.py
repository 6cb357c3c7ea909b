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


_ALIASES = r"""
import glob, json, sys
from rashomon.api import analyze
from rashomon.settings import Settings
ledger = analyze(sorted(glob.glob(sys.argv[1] + "/*")), Settings(threads=1)).to_dict()
print(json.dumps([e["aliases"] for e in ledger["entities"]]))
"""


def test_aliases_that_differ_only_in_capitals_keep_one_order(tmp_path: Path) -> None:
    # one airport written three ways across articles: its aliases differ only in capitals, a tie for a case-folded
    # sort, which set order used to break differently under each hash seed
    texts = {
        "a1.txt": "Flights resumed at Morrow Harbour Airport on Monday, the Transport Ministry said.\n\nThe Morrow "
        "harbour airport had been closed since Friday after a storm, officials at the Transport ministry said.\n",
        "a2.txt": "The Morrow Harbour airport reopened on Monday. The Transport Ministry said it was safe.\n",
        "a3.txt": "MORROW HARBOUR AIRPORT reopened, the transport ministry said on Monday.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    env = dict(os.environ)
    outs = []
    for seed in ("1", "2", "5", "9"):
        env["PYTHONHASHSEED"] = seed
        run = subprocess.run(
            [sys.executable, "-c", _ALIASES, str(tmp_path)], capture_output=True, text=True, env=env, timeout=300
        )
        assert run.returncode == 0, run.stderr
        outs.append(json.loads(run.stdout))
    assert any(len(aliases) > 1 for aliases in outs[0])
    assert all(out == outs[0] for out in outs)
