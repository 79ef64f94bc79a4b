"""python -m assistant.eval --catalog FILE [--source NAME] --cases FILE [--json] [--failures]

Cases without `accept` lists (rules only, as in tests/catalog/*_requests.jsonl) get them selected
from the catalog by their `spec`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.catalog.index import CatalogIndex
from assistant.eval import evaluate, format_table, load_cases, load_products, of_source, with_accept
from assistant.nlu import parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.eval", description=__doc__)
    parser.add_argument("--catalog", type=Path, required=True, help="catalog JSONL (one product a line)")
    parser.add_argument("--source", help="only this grocer's products (ids '<source>:...'), e.g. mathem2021")
    parser.add_argument("--cases", type=Path, required=True, help="labelled requests JSONL")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--failures", action="store_true", help="list the items proposed wrongly")
    args = parser.parse_args(argv)
    products = load_products(args.catalog)
    if args.source:
        products = of_source(products, args.source)
    index = CatalogIndex.build(products)
    report = evaluate(with_accept(load_cases(args.cases), products, args.cases.stem), index, parse)
    if args.json:
        data = report.as_dict()
        if not args.failures:
            data.pop("failures")
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(format_table(report))
    if args.failures:
        for f in report.failures:
            print(f"\n{f.case} item {f.item}: {f.text!r}\n  expected: {f.expected}\n  proposed: {f.proposed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
