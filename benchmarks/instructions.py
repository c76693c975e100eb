"""Instructions of extraction on a fixed sample, counted by callgrind: the speed figure the host's load cannot move.

    python benchmarks/instructions.py            # every 5th AG News + BBC test document (1,585)
    python benchmarks/instructions.py --step 20  # a smaller sample

Wall-clock and CPU-time words/s (speed.py) drift by a third on this shared machine; the number of instructions the
extraction executes does not (to within 0.01% between runs). Compare it between commits, each run from its own
checkout. Needs valgrind (Debian package `valgrind`). Instrumentation is switched on just before the first document
is extracted (after the model and the documents are loaded, and one document has warmed the caches), so the count
is the extraction alone; it is switched off again before the interpreter shuts down. Prints the count; writes
nothing.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gold  # noqa: E402
from accuracy import make_documents  # noqa: E402


def _sample(data: Path, step: int):
    items = (gold.load_ag_news(data) + gold.load_bbc(data))[::step]
    return make_documents((it.id, it.text, None) for it in items)


def _child(data: Path, step: int) -> None:
    """Runs under valgrind: load, warm up, switch instrumentation on, extract."""
    from attrition.nlp import Extractor

    docs = _sample(data, step)
    ex = Extractor()
    ex.extract(docs[0])
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    for d in docs:
        ex.extract(d)
    # off before the interpreter shuts down: its last garbage collection over the loaded knowledge is no extraction
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "dev-data")
    ap.add_argument("--step", type=int, default=5, help="every STEP-th document (default 5)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.data, args.step)
        return 0
    if not args.data.is_dir():
        print(f"gold data not found: {args.data}", file=sys.stderr)
        return 2
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    python = os.path.realpath(sys.executable)  # the interpreter itself, not a shim that valgrind would count
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"callgrind.attrition.{os.getpid()}"
    env = dict(os.environ, PYTHONHASHSEED="0")
    run = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                          python, __file__, "--child", "--data", str(args.data), "--step", str(args.step)],
                         env=env, capture_output=True, text=True)
    out.unlink(missing_ok=True)
    m = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if run.returncode != 0 or m is None:
        print(run.stderr[-2000:], file=sys.stderr)
        return 1
    print(f"extraction instructions, every {args.step}th AG News + BBC test document: {int(m.group(1)):,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
