"""Store sections read from product names: how often they agree with a catalog's own, and how many
of a names-only feed's products get one. `--write` re-derives assistant/catalog/sections.json.

The table: every catalog in ../shared/data/catalog_sv.jsonl with categories has each category path
mapped to a plain section (`shelf` below, the one place that knows those grocers' trees); each word
of a product's name (as catalog.sections reads it) counts for its product's section, a word of a
name of n words 1/n (a plain "Gurka" says more than the "Gurka" of "Tzatziki Gurka Vitlök"); a word
seen in at least MIN_PRODUCTS products, at least SHARE of its weight in one section, says that section. Frozen goods
vote for nothing (the freezer holds every kind of thing: the name's "Fryst" says it), products whose
name the lexicon's department words place already ("Kattmat Lax") are left out (the table is asked
only about the others), and the other products of a department without food mark their words NOT_FOOD.

Agreement is measured honestly: each catalog is judged by a table learned from the others only, on
its products the mapping gives a section, including those whose words say nothing ("covered" is the
share that gets a section at all; "agree" the share of those whose section is the stated one).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.catalog.lexicon import load_lexicon  # noqa: E402
from assistant.catalog.sections import (  # noqa: E402
    FROZEN,
    NOT_FOOD,
    OTHER,
    SECTIONS_FILE,
    food_section,
    modifiers,
    silent,
    named_department,
    name_words,
    section,
)
from bench.shared import shared_file  # noqa: E402

MIN_PRODUCTS = 2
SHARE = 0.8
NAMES_ONLY = "mathem2021"
Row = tuple[str, list[str], str]  # (catalog, name words, section)


def shelf(category: str) -> str | None:
    """A category path of the catalogs in ../shared as a plain section; None when it cannot tell
    (Willys 2020 puts meat and chark under one shelf, children's goods mix food and nappies)."""
    parts = [p.strip().casefold() for p in category.split(">")]
    top, sub = parts[0], parts[1] if len(parts) > 1 else ""
    if "frys" in top or sub.startswith("frys"):
        return FROZEN
    if "kaffe" in sub or sub.startswith("te och") or "juice" in sub:
        return "Dryck"
    if "godis" in sub:
        return "Godis & snacks"
    if "vegetar" in top or "vegetar" in sub:
        return "Vegetariskt"
    if "ost" in (top, sub):
        return "Ost"
    if top.startswith("mejeri"):
        return "Mejeri & ägg"
    if top.startswith("chark") or sub in ("chark", "delikatesschark", "korv", "pålägg"):
        return "Chark & pålägg"
    if top == "kött, chark & fågel" and not sub or top == "barn":
        return None
    for start, name in (("kött", "Kött & fågel"), ("fisk", "Fisk & skaldjur"), ("bröd", "Bröd & kakor"),
                        ("frukt", "Frukt & grönt"), ("dryck", "Dryck"), ("glass", "Godis & snacks"),
                        ("färdigmat", "Färdigmat"), ("skafferi", "Skafferi"), ("smaksättare", "Skafferi"),
                        ("världens mat", "Skafferi")):
        if top.startswith(start):
            return name
    return NOT_FOOD


def learn(rows: list[Row]) -> dict[str, str]:
    weights: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
    seen: Counter[str] = Counter()
    for _, words, said in rows:
        if said != FROZEN:
            for word in (distinct := set(words)):
                weights[word][said] += 1 / len(distinct)
                seen[word] += 1
    table = {}
    for word, sections in weights.items():
        best = max(sections, key=sections.__getitem__)
        if seen[word] >= MIN_PRODUCTS and sections[best] >= SHARE * sum(sections.values()):
            table[word] = best
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {SECTIONS_FILE.name}")
    args = parser.parse_args()
    lexicon = load_lexicon()
    with shared_file("data/catalog_sv.jsonl").open(encoding="utf-8") as fh:
        products = [json.loads(line) for line in fh]
    rows: list[Row] = [(p["source"], name_words(p["name"], lexicon), said) for p in products
                       if p["category"] and (said := shelf(p["category"])) is not None
                       and named_department(p["name"], lexicon) is None]
    print(f"{'catalog (judged by the others)':<32} {'products':>8} {'covered':>8} {'agree':>7} {'food agree':>11}"
          f" {'frozen by name':>15}")
    all_covered = all_agree = all_total = all_food = all_food_agree = all_frozen = 0
    describing, quiet = modifiers(lexicon), silent(lexicon)
    for catalog in sorted({r[0] for r in rows}):
        table = learn([r for r in rows if r[0] != catalog])
        judged = [(food_section(words, table, describing, quiet), said) for source, words, said in rows if source == catalog]
        covered = [(got, said) for got, said in judged if got is not None or said == NOT_FOOD]
        agree = sum(1 for got, said in covered if (got or NOT_FOOD) == said)
        food = [(got, said) for got, said in covered if got is not None and said != NOT_FOOD]
        food_agree = sum(1 for got, said in food if got == said)
        frozen = sum(1 for got, said in food if got == FROZEN != said)
        all_covered, all_agree, all_total = all_covered + len(covered), all_agree + agree, all_total + len(judged)
        all_food, all_food_agree, all_frozen = all_food + len(food), all_food_agree + food_agree, all_frozen + frozen
        print(f"{catalog:<32} {len(judged):>8} {len(covered) / len(judged):>8.1%} {agree / len(covered):>7.1%}"
              f" {food_agree / len(food):>11.1%} {frozen:>15}")
    print(f"{'all':<32} {all_total:>8} {all_covered / all_total:>8.1%} {all_agree / all_covered:>7.1%}"
          f" {all_food_agree / all_food:>11.1%} {all_frozen:>15}")
    print("covered: a section read from the name, or none for a product the catalog sells outside food; agree: "
          "that is the catalog's own; food agree: the same among products both call food; frozen by name: of the "
          "disagreements, names saying \"Fryst\" on a catalog shelving frozen goods by kind")
    table = learn(rows)
    if args.write:
        by_section: defaultdict[str, list[str]] = defaultdict(list)
        for word, said in sorted(table.items()):
            by_section[said].append(word)
        about = ("Derived by bench/bench_sections.py --write from the categories of the catalogs that have them: "
                 "name word stems by the store section (or 'ej mat') at least "
                 f"{SHARE:.0%} of at least {MIN_PRODUCTS} products using the word are sold under.")
        SECTIONS_FILE.write_text(json.dumps({"_about": about, "sections": dict(sorted(by_section.items()))},
                                            ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {len(table)} words to {SECTIONS_FILE}")
    names_only = [p for p in products if p["source"] == NAMES_ONLY]
    got = Counter(section(p["name"], p["category"], lexicon).name for p in names_only)
    print(f"\n{NAMES_ONLY}: {len(names_only)} products, {1 - got[OTHER] / len(names_only):.1%} get a section "
          f"(the committed table), {got[OTHER]} stay {OTHER}")
    for name, n in got.most_common():
        print(f"  {name:<16} {n:>6}")


if __name__ == "__main__":
    main()
