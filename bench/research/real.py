"""Benchmark of the research extractors on real pages the project did not write.

    .venv/bin/python bench/research/real.py              # print the figures
    .venv/bin/python bench/research/real.py --errors     # also print misses and false values

Data: ../shared/eval/research (see its README for licences): 18 values/principles pages from 10
organisations with gold value names, principles and missions, and 50 SkillSpan job postings
(train and dev splits only, cleared of test-split overlap) with human skill and knowledge spans.

Values: a gold value is found when an extracted value equals it after normalising, or one
contains the other and the shorter has at least half the content words of the longer (the
data's suggested rule). Chrome strings: extracted values that equal a gold distractor or a
known chrome label. Jobs: the issue's loose rule (half of a gold span's content words in one
extracted item no longer than max(12, 3 x the span's content words)); strict and loose span
P/R/F1 as in SkillSpan (strict: same characters; loose: any overlap), where each extracted item
is located in the posting by its text.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src")]

from roundtwo.engines.research import extract_company, extract_job  # noqa: E402


def _eval_dir() -> Path:
    """$ROUNDTWO_RESEARCH_EVAL, else shared/eval/research beside the checkout or a parent of it
    (a worktree sits one level deeper than the main checkout), else /work/shared."""
    if os.environ.get("ROUNDTWO_RESEARCH_EVAL"):
        return Path(os.environ["ROUNDTWO_RESEARCH_EVAL"])
    for parent in ROOT.parents:
        if (parent / "shared" / "eval" / "research").is_dir():
            return parent / "shared" / "eval" / "research"
    return Path("/work/shared/eval/research")


DATA = _eval_dir()
STOP = {
    "a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "with", "by", "at", "as",
    "from", "is", "are", "be", "will", "you", "your", "our", "we", "their", "this", "that",
    "these", "those", "it", "its", "etc", "e", "g", "i",
}  # fmt: skip
CHROME = {
    "last updated", "edit this page", "view page history", "summary", "examples", "key dates",
    "on this page", "in practice this means we", "contents", "table of contents", "next",
    "previous", "share", "feedback",
}  # fmt: skip


def content_words(s: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9+#]+(?:\.[a-z0-9]+)*", s.lower()) if w not in STOP]


def norm(s: str) -> str:
    s = re.sub(r"[^\w\s'+#-]", " ", s.lower()).replace("’", "'")
    return " ".join(s.split()).strip(" .:-")


def value_match(gold: str, found: str) -> bool:
    g, f = norm(gold), norm(found)
    if not g or not f:
        return False
    if g == f:
        return True
    if g in f or f in g:
        short, long_ = sorted((content_words(g), content_words(f)), key=len)
        return len(short) * 2 >= len(long_) and bool(short)
    return False


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def org_of(gold: dict) -> str:
    return str(gold["organisation"])


def score_values(errors: bool) -> dict[str, object]:
    golds = [json.loads(x) for x in (DATA / "values" / "values_gold.jsonl").open()]
    tp = fp = fn = chrome = 0
    ptp = pfound = pgold = pmatched = 0
    by_org: dict[str, list[int]] = {}
    mission_ok = 0
    traced = total_values = 0
    per_page = []
    for gold in golds:
        page = (DATA / gold["file"]).read_text(encoding="utf-8")
        facts = extract_company(page, source=gold["file"])
        names = [v.name for v in facts.values]
        principles = [p.name for p in facts.principles]
        matched_gold = {g for g in gold["values"] if any(value_match(g, n) for n in names)}
        false = [n for n in names if not any(value_match(g, n) for g in gold["values"])]
        bad = [
            n for n in names
            if norm(n) in CHROME or any(norm(n) == norm(d) for d in gold.get("distractors", []))
        ]  # fmt: skip
        tp += len(matched_gold)
        fn += len(gold["values"]) - len(matched_gold)
        fp += len(false)
        chrome += len(bad)
        pgold += len(gold["principles"])
        pfound += len(principles)
        ptp += sum(1 for g in gold["principles"] if span_found(g, principles))
        pmatched += sum(
            1 for p in principles if any(span_found(g, [p]) for g in gold["principles"])
        )
        org = by_org.setdefault(org_of(gold), [0, 0, 0])
        org[0] += len(matched_gold)
        org[1] += len(false)
        org[2] += len(gold["values"]) - len(matched_gold)
        total_values += len(facts.values)
        traced += sum(1 for v in facts.values if v.description and v.description in page_text(page))
        m_gold, m_found = gold.get("mission"), facts.mission.text if facts.mission else None
        mission_ok += (m_gold is None and m_found is None) or bool(
            m_gold and m_found and dice(m_gold, m_found) >= 0.5
        )
        per_page.append((gold["file"], len(matched_gold), len(gold["values"]), len(false)))
        if errors and (false or len(matched_gold) < len(gold["values"])):
            print(f"\n== {gold['file']} ({gold['page_kind']})")
            print("  missed:", [g for g in gold["values"] if g not in matched_gold])
            print("  false :", false)
            print("  principles found:", principles[:12], "gold:", gold["principles"][:6])
    p, r, f = prf(tp, fp, fn)
    return {
        "pages": len(golds), "orgs": len({org_of(g) for g in golds}),
        "gold_values": tp + fn, "tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f,
        "chrome": chrome, "principles_recall": ptp / pgold if pgold else 1.0,
        "principles_gold": pgold, "principles_found": pfound,
        "principles_precision": pmatched / pfound if pfound else 1.0,
        "per_org_f1": {o: round(prf(*c)[2], 3) for o, c in by_org.items()},
        "mission_ok": mission_ok, "traced": traced, "values_found": total_values,
    }  # fmt: skip


def page_text(page: str) -> str:
    import lxml.html

    return " ".join(lxml.html.fromstring(page).text_content().split())


def dice(a: str, b: str) -> float:
    ta, tb = set(content_words(a)), set(content_words(b))
    return 2 * len(ta & tb) / (len(ta) + len(tb)) if ta and tb else 0.0


def span_found(gold_span: str, items: list[str]) -> bool:
    g = content_words(gold_span)
    if not g:
        return False
    for item in items:
        e = set(content_words(item))
        if len(content_words(item)) <= max(12, 3 * len(g)) and sum(w in e for w in g) * 2 >= len(g):
            return True
    return False


def item_matches(item: str, golds: list[str]) -> bool:
    return any(span_found(g, [item]) for g in golds)


def locate(text: str, items: list[str]) -> list[tuple[int, int]]:
    """Character spans of the extracted items in the posting (case-insensitive, first hit)."""
    low = text.lower()
    out = []
    for item in items:
        i = low.find(item.lower())
        if i >= 0:
            out.append((i, i + len(item)))
    return out


def score_jobs(errors: bool, subsets: tuple[str, ...] = ("dev", "train")) -> dict[str, object]:
    golds = [json.loads(x) for x in (DATA / "jobs" / "jobs_gold.jsonl").open()]
    golds = [g for g in golds if g["split"] in subsets]
    found = given = matched = total = 0
    s_tp = s_pred = l_tp = l_pred = gold_spans = l_gold = 0
    req_postings = req_bullets = 0
    for gold in golds:
        text = (DATA / gold["file"]).read_text(encoding="utf-8")
        job = extract_job(text, source=gold["file"], content_type="text/plain")
        items = list(job.skills)
        spans = [*gold["skill_spans"], *gold["knowledge_spans"]]
        gold_texts = [s["text"] for s in spans]
        hit = [g for g in gold_texts if span_found(g, items)]
        found += len(hit)
        total += len(gold_texts)
        given += len(items)
        matched += sum(1 for i in items if item_matches(i, gold_texts))
        pred = set(locate(text, items))
        gold_set = {(s["start"], s["end"]) for s in spans}
        s_tp += len(pred & gold_set)
        s_pred += len(pred)
        gold_spans += len(gold_set)
        l_tp += sum(1 for a, b in pred if any(a < e and s < b for s, e in gold_set))
        l_gold += sum(1 for s, e in gold_set if any(a < e and s < b for a, b in pred))
        l_pred += len(pred)
        req_postings += bool(job.requirements)
        req_bullets += sum(1 for r in job.requirements if re.match(r"^\s*[•*·▪-]", r.text))
        if errors:
            print(f"\n== {gold['file']}: {len(hit)}/{len(gold_texts)} found")
            print("  missed:", [g for g in gold_texts if g not in hit][:15])
            print("  false :", [i for i in items if not item_matches(i, gold_texts)][:15])
    sp, sr, sf = prf(s_tp, s_pred - s_tp, gold_spans - s_tp)
    lp = l_tp / l_pred if l_pred else 1.0
    lr = l_gold / gold_spans if gold_spans else 1.0
    lf = 2 * lp * lr / (lp + lr) if lp + lr else 0.0
    return {
        "postings": len(golds), "gold_spans": total, "recall": found / total,
        "items": given, "precision": matched / given if given else 1.0,
        "strict": (sp, sr, sf), "overlap": (lp, lr, lf), "located": s_pred,
        "with_requirements": req_postings, "bullets_in_requirements": req_bullets,
    }  # fmt: skip


def speed() -> tuple[float, float]:
    """Median seconds for a ~200 KB company page and a ~200 KB plain-text posting."""
    page = (DATA / "values" / "fleet_company.html").read_text(encoding="utf-8")
    body = page.split("<main", 1)[1].split("</main>", 1)[0]
    big = page.replace(body, body * max(1, 200_000 // len(body)))
    post = (DATA / "jobs" / "skillspan_dev_house_035.txt").read_text(encoding="utf-8")
    big_post = "\n\n".join([post] * (200_000 // len(post)))
    out = []
    for run in (lambda: extract_company(big, source="x"),
                lambda: extract_job(big_post, source="x", content_type="text/plain")):  # fmt: skip
        run()
        times = []
        for _ in range(3):
            t = time.perf_counter()
            run()
            times.append(time.perf_counter() - t)
        out.append(sorted(times)[1])
    return out[0], out[1]


def load_seconds() -> float:
    """Time to load the tagger (python-crfsuite and the model file) in a fresh process."""
    from roundtwo.engines.research.skill_tagger import _tagger

    start = time.perf_counter()
    _tagger()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--only", choices=["values", "jobs"])
    args = ap.parse_args()
    if args.only != "jobs":
        v = score_values(args.errors and args.only == "values")
        print(json.dumps(v, indent=1))
    if args.only != "values":
        print("models loaded in (s):", round(load_seconds(), 2))
        for subset in (("dev",), ("train",), ("dev", "train")):
            j = score_jobs(
                args.errors and args.only == "jobs" and subset == ("dev", "train"), subset
            )
            # the shipped tagger was trained on these postings: see train_skill_crf.py for
            # the cross-validated figures, which are the ones to quote
            print("in-sample", subset, json.dumps(j))
        print("speed (s, 200 KB company page, 200 KB posting):", speed())


if __name__ == "__main__":
    main()
