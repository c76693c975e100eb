"""Output equivalence check for refactors and speed work: same input, same records.

    python benchmarks/equivalence.py OUT.jsonl [--data ../shared/dev-data]   # write the records
    python benchmarks/equivalence.py --compare A.jsonl B.jsonl              # diff two such files

Runs the extractor over a fixed sample and writes one canonical JSON line (sorted keys) per
record, in output order: the records ``Extractor.extract_many`` yields, then the document's
statements (which ``attrition extract --corpus`` aggregates), or a "crash" line when the
extractor raises. The sample covers the shapes the extractor meets: short news items (the first
3,000 AG News test items), long articles (100 BBC test articles), both again with a publication
date so that relative dates resolve, all-caps wire copy with datelines (MUC-4 TST3/TST4), event
snippets (CASE 2021), the demo corpus in every input format, and the seed article. Documents
without a dev-data file are left out with a message, so the two files to compare must come
from the same data. OUT files hold dev-data text: keep them out of the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from itertools import zip_longest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gold  # noqa: E402
from accuracy import make_documents  # noqa: E402  (also puts src/ on the path when not installed)

SEED = gold.REPO_ROOT.parent / "shared" / "seed" / "taliban-vs-isis-k.txt"
PUBLISHED = "2021-08-27"  # a fixed publication date for the dated copies of the news sample


def sample(data: Path) -> list:
    from attrition import demo_path, read_documents

    parts: list[tuple[str, list]] = []

    def add(name: str, load) -> None:
        try:
            parts.append((name, load()))
        except gold.MissingData as e:
            print(f"equivalence: {name} left out ({e})", file=sys.stderr)

    add("ag_news", lambda: [(it.id, it.text, None) for it in gold.load_ag_news(data)[:3000]])
    add("bbc", lambda: [(it.id, it.text, None) for it in gold.load_bbc(data)[:100]])
    add("dated", lambda: [(f"{it.id}@{PUBLISHED}", it.text, PUBLISHED)
                          for it in gold.load_ag_news(data)[:1000] + gold.load_bbc(data)[:50]])
    add("muc4", lambda: [(d.id, d.text, None) for d in gold.load_muc4(data)])
    add("case", lambda: [(it.id, it.text, None) for it in gold.load_case(data)])
    docs = []
    for name, items in parts:
        docs += make_documents(items)
    docs += list(read_documents([demo_path()]))
    if SEED.exists():
        docs += list(read_documents([SEED]))
    else:
        print(f"equivalence: seed left out ({SEED} not found)", file=sys.stderr)
    return docs


def write(out: Path, data: Path) -> int:
    from attrition.nlp import Extractor
    from attrition.nlp.pipeline import to_records
    from attrition.records import ErrorRecord

    docs = sample(data)
    ex = Extractor()
    n = crashes = 0
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            # one document at a time, so that a document the extractor raises on is written as a
            # line of its own (the exception is output too) instead of ending the run
            try:
                if isinstance(d, ErrorRecord):
                    recs = [d.to_dict()]
                else:  # what extract_many yields, then the statements `attrition extract --corpus` adds
                    a = ex.analyse(d)
                    recs = to_records(a) + [s.to_dict() for s in a.statements]
            except Exception as e:  # noqa: BLE001
                crashes += 1
                recs = [{"type": "crash", "doc_id": d.id, "error": f"{type(e).__name__}: {e}"}]
            for r in recs:
                fh.write(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(docs)} documents, {n} records, {crashes} crashes -> {out}", file=sys.stderr)
    return 0


def compare(a: Path, b: Path, show: int = 5) -> int:
    """0 when the files are identical; else print the first ``show`` differing lines."""
    diffs = 0
    with a.open(encoding="utf-8") as fa, b.open(encoding="utf-8") as fb:
        for n, (la, lb) in enumerate(zip_longest(fa, fb), 1):
            if la == lb:
                continue
            diffs += 1
            if diffs <= show:
                print(f"line {n}:\n  A: {(la or '<end of file>').rstrip()}\n  B: {(lb or '<end of file>').rstrip()}")
    print(f"{'identical' if not diffs else f'{diffs} differing lines'}: {a} vs {b}")
    return 1 if diffs else 0


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Ties somewhere in the extractor are broken by set iteration order, which follows string
        # hashing: with a random seed two runs of the same code can differ. Fix it, re-run.
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, help="write the sample's records here (JSONL)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"), help="diff two record files")
    ap.add_argument("--data", type=Path, default=gold.DEFAULT_DATA, help="dev-data folder (default ../shared/dev-data)")
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        ap.error("give OUT.jsonl or --compare A B")
    return write(args.out, args.data)


if __name__ == "__main__":
    sys.exit(main())
