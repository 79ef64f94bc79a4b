"""How fast `assistant.nlu.parse` reads an utterance, against a bare `str.split` pass in the same run.

Texts: the shared dev requests (when ../shared is there) and utterances generated from templates
(keyboard and speech styles, one to four items, commands). Prints p50/p95 in µs and the ratio.

    .venv/bin/python bench/bench_nlu.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from assistant.nlu import parse  # noqa: E402

DEV_SET = REPO_ROOT / ".." / "shared" / "eval" / "requests_dev.jsonl"

_PRODUCTS = [
    "mjölk", "mellan mjölk", "lättmjölk", "smör", "bregott", "ost", "hushållsost", "ägg", "bananer",
    "äpplen", "potatis", "fast potatis", "kaffe", "löfbergs lila", "filmjölk", "yoghurt", "grädde",
    "knäckebröd", "limpa", "leverpastej", "falukorv", "köttbullar", "fiskpinnar", "lingonsylt",
    "toalettpapper", "diskmedel", "laktosfri mjölk", "ekologiska morötter", "kanel bullar", "tomater",
]
_QUANTITIES = [
    "", "", "en", "ett", "två", "tre", "fyra", "sex", "tolv", "tjugofem", "två liter", "ett paket",
    "två paket", "ett kilo", "ett halvt kilo", "två hekto", "en och en halv liter", "ett par", "några",
    "lite", "en burk", "tre flaskor", "2 kg", "500 g", "1,5 l", "två tre", "ett dussin",
]
_OPENERS = ["", "", "eh", "jag vill ha", "jag skulle vilja ha", "kan jag få", "kan du beställa", "öh ja"]
_JOINERS = [" och ", " och och ", ", ", " sen ", " och så ", " "]
_COMMANDS = [
    "det var allt", "skicka beställningen", "ångra", "nej inte den", "vad har jag beställt",
    "vad kostar det", "samma som förra veckan men utan kaffe", "som vanligt", "ta bort mjölken",
    "en till", "ändra smöret till tre",
]


def generated(count: int, seed: int = 7) -> list[str]:
    """Utterances in the styles the tablet sees: typed lists and run-on recognised speech."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = [" ".join(p for p in (rng.choice(_QUANTITIES), rng.choice(_PRODUCTS)) if p)
                 for _ in range(rng.randint(1, 4))]
        text = rng.choice(_JOINERS).join(parts)
        if rng.random() < 0.2:
            text += " och " + rng.choice(_COMMANDS)
        opener = rng.choice(_OPENERS)
        text = f"{opener} {text} tack" if opener else text
        if rng.random() < 0.3:  # typed: capitals and punctuation
            text = text[0].upper() + text[1:] + "."
        texts.append(text)
    return texts


def dev_texts() -> list[str]:
    if not DEV_SET.is_file():
        return []
    return [json.loads(line)["text"] for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def timings(func: Callable[[str], object], texts: list[str], rounds: int) -> list[float]:
    """Per-call µs; each text timed over `rounds` calls so the clock resolution does not matter."""
    out = []
    for text in texts:
        start = time.perf_counter_ns()
        for _ in range(rounds):
            func(text)
        out.append((time.perf_counter_ns() - start) / rounds / 1000)
    return out


def baseline(text: str) -> list[str]:
    return text.lower().split()


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1]


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--rounds", type=int, default=50)
    args.add_argument("--generated", type=int, default=1000)
    options = args.parse_args()
    sets = {"dev": dev_texts(), "generated": generated(options.generated)}
    for texts in sets.values():  # warm caches and the interpreter
        for text in texts:
            parse(text)
    print(f"{'set':<10} {'texts':>6} {'parse p50':>10} {'p95':>8} {'split p50':>10} {'p95':>7} {'ratio p50':>9}")
    for name, texts in sets.items():
        if not texts:
            print(f"{name:<10} skipped: {DEV_SET} not found")
            continue
        ours = timings(parse, texts, options.rounds)
        base = timings(baseline, texts, options.rounds)
        p50, p95 = percentile(ours, 0.5), percentile(ours, 0.95)
        b50, b95 = percentile(base, 0.5), percentile(base, 0.95)
        print(f"{name:<10} {len(texts):>6} {p50:>8.1f}µs {p95:>6.1f}µs {b50:>8.2f}µs {b95:>5.2f}µs {p50 / b50:>8.0f}x")
    print("µs per call; ratio = parse p50 / str.split p50 (same texts, same run); budget: 1000 µs")


if __name__ == "__main__":
    main()
