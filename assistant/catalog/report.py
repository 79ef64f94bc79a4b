"""Catalog readiness: does a grocer's feed work for ordering? (pure; `python -m assistant catalog-report`)

A municipality switching grocer reads in a minute what the feed says about its products (brand, size,
category, EAN, image, sold by weight), where the matcher gets each product's department (the feed's
category, the name's words, or food by default: see catalog.departments), how many products without a
category have a store section read from the name (catalog.sections: staff lists are grouped by it) and how a
fixed list of everyday
staples (staples.txt) resolves on it: proposed with confidence, proposed but flagged for staff, or not
found at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.catalog.index import CatalogIndex, Entry
from assistant.catalog.schema import Product
from assistant.catalog.sections import OTHER, section
from assistant.catalog.understand import Line, line_for
from assistant.nlu import parse

Status = Literal["confident", "flagged", "missing"]

FIELDS: tuple[tuple[str, Callable[[Product], bool]], ...] = (
    ("märke", lambda p: p.brand is not None),
    ("storlek och enhet", lambda p: (p.size is not None and p.unit is not None) or p.sold_by_weight),
    ("kategori", lambda p: bool(p.category)),
    ("EAN", lambda p: p.ean is not None),
    ("bild", lambda p: p.image_url is not None),
    ("säljs per kilo", lambda p: p.sold_by_weight),
    ("i lager", lambda p: p.available),
)
KindSource = Literal["category", "name", "food"]
KIND_SOURCES: tuple[tuple[KindSource, str], ...] = (
    ("category", "avdelning ur kategorin"), ("name", "avdelning ur namnet"), ("food", "antas vara mat"))
SECTION_LABEL = "butiksavdelning ur namnet"  # the store section staff lists are grouped by (catalog.sections)


def kind_source(entry: Entry) -> KindSource:
    """Where the matcher has the product's department from: the feed's category, a word of the name
    naming a department without food ("Kattmat", "Diskmedel"), or neither (then it is taken for food)."""
    if entry.department_stated:
        return "category"
    return "name" if entry.department is not None else "food"


@dataclass(frozen=True)
class StapleOutcome:
    phrase: str
    status: Status
    product: Product | None
    reason: str | None


@dataclass(frozen=True)
class Readiness:
    vendor: str
    products: int
    fields: tuple[tuple[str, int], ...]  # (field, products that have it)
    kinds: tuple[tuple[KindSource, int], ...]  # products by where their department comes from
    staples: tuple[StapleOutcome, ...]
    sections_inferred: int = 0  # products without a category given a store section by their name

    def count(self, status: Status) -> int:
        return sum(1 for s in self.staples if s.status == status)


def _outcome(phrase: str, index: CatalogIndex) -> StapleOutcome:
    items = parse(phrase).items
    line: Line | None = line_for(items[0], index) if items else None
    if line is None or line.product is None:
        return StapleOutcome(phrase, "missing", None, line.reason if line else "Förstod inte ordet")
    product = index.entries[index.by_id[line.product.id]].product
    return StapleOutcome(phrase, "flagged" if line.needs_review else "confident", product, line.reason)


def readiness(vendor: str, products: Sequence[Product], staples: Sequence[str],
              index: CatalogIndex | None = None) -> Readiness:
    """The report's figures; `index` when the caller has one built from the same products."""
    index = index or CatalogIndex.build(products)
    fields = tuple((name, sum(1 for p in products if has(p))) for name, has in FIELDS)
    sources = [kind_source(entry) for entry in index.entries]
    kinds = tuple((source, sources.count(source)) for source, _ in KIND_SOURCES)
    inferred = sum(1 for p in products if not p.category
                   and section(p.name, p.category, index.lexicon).name != OTHER)
    return Readiness(vendor, len(products), fields, kinds, tuple(_outcome(phrase, index) for phrase in staples),
                     inferred)


def read_staples(text: str) -> list[str]:
    """The staples file's phrases: one per line, blank lines and "#" comments skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _number(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole) if whole else 0} %"


def _size(product: Product) -> str | None:
    if product.sold_by_weight:
        return "per kg"
    if product.size is None or product.unit is None:
        return None
    return f"{product.size:g}".replace(".", ",") + f" {product.unit}"


def _product_text(product: Product) -> str:
    details = ", ".join(d for d in (product.brand, _size(product), f"{product.price_sek:.2f} kr".replace(".", ","))
                        if d)
    return f"{product.name} ({details})"


def summary(report: Readiness) -> str:
    """The one line to read first: "87 av 104 baslivsmedel hittas säkert, 12 behöver kontrolleras, 5 saknas"."""
    return (f"{report.count('confident')} av {len(report.staples)} baslivsmedel hittas säkert, "
            f"{report.count('flagged')} behöver kontrolleras, {report.count('missing')} saknas.")


def render(report: Readiness) -> str:
    """The report as Swedish text: the summary first, then the feed's fields, then every staple."""
    total = report.products
    out = [f"Sortimentsrapport för «{report.vendor}»: {_number(total)} varor",
           summary(report), "", "Fält i flödet (andel av varorna):"]
    labels = dict(KIND_SOURCES)
    rows = [*report.fields, *((labels[source], count) for source, count in report.kinds),
            (SECTION_LABEL, report.sections_inferred)]
    width = max(len(name) for name, _ in rows)
    out += [f"  {name:<{width}}  {_number(count):>7}  {_share(count, total):>5}" for name, count in rows]
    for status, title in (("missing", "Saknas"), ("flagged", "Behöver kontrolleras"),
                          ("confident", "Hittas säkert")):
        found = [s for s in report.staples if s.status == status]
        if not found:
            continue
        out += ["", f"{title} ({len(found)}):"]
        for staple in found:
            text = f"  {staple.phrase}"
            if staple.product is not None:
                text += f" → {_product_text(staple.product)}"
            if staple.status != "confident" and staple.reason:
                text += f": {staple.reason}"
            out.append(text)
    return "\n".join(out)
