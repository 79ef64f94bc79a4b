"""The catalog readiness report: as a function on small inline catalogs, and as the operator's command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.catalog.loading import staples
from assistant.catalog.report import read_staples, readiness, render, summary
from assistant.catalog.schema import Product


def _p(pid: str, name: str, category: str = "", brand: str | None = None, size: float | None = None,
       unit: str | None = None, **more: object) -> Product:
    return Product.model_validate({"id": pid, "name": name, "brand": brand, "size": size, "unit": unit,
                                   "price_sek": 19.9, "category": category, **more})


WITH_CATEGORIES = [
    _p("m1", "Mellanmjölk 1,5%", "Mejeri > Mjölk", "Arla", 1, "l", ean="7310865000019"),
    _p("m2", "Lättmjölk 0,5%", "Mejeri > Mjölk", "Arla", 1, "l"),
    _p("o1", "Herrgård Ost 28%", "Mejeri > Ost", "Arla", 700, "g", image_url="https://example.test/o1.jpg"),
    _p("o2", "Prästost 31%", "Mejeri > Ost", "Arla", 700, "g"),
    _p("b1", "Bananer", "Frukt & grönt > Frukt", None, None, "kg"),
    _p("k1", "Bryggkaffe Mellanrost", "Dryck > Kaffe", "Zoégas", 450, "g", available=False),
]
NAMES_ONLY = [p.model_copy(update={"category": "", "brand": None, "ean": None, "image_url": None})
              for p in WITH_CATEGORIES]
STAPLES = ["mjölk", "ost", "bananer", "kaffe", "pepparkakshus"]


def test_fields_and_kinds_with_categories() -> None:
    report = readiness("test", WITH_CATEGORIES, STAPLES)
    assert report.products == 6
    assert dict(report.fields) == {"märke": 5, "storlek och enhet": 6, "kategori": 6, "EAN": 1, "bild": 1,
                                   "säljs per kilo": 1, "i lager": 5}
    assert dict(report.kinds) == {"category": 6, "name": 0, "food": 0}
    assert report.sections_inferred == 0  # the categories state the sections


def test_fields_and_kinds_of_a_names_only_feed() -> None:
    report = readiness("namn", [*NAMES_ONLY, _p("d1", "Diskmedel Citron"), _p("c1", "Kattmat Lax")], STAPLES)
    assert dict(report.fields)["märke"] == 0 and dict(report.fields)["kategori"] == 0
    assert dict(report.kinds) == {"category": 0, "name": 2, "food": 6}  # departments read from the names
    # store sections read from the names: milk twice, the two cheeses, coffee, the two non-food; not the
    # bananas (the catalogs sell "banan" as a flavour as often as the fruit: no guess)
    assert report.sections_inferred == 7


def test_the_rendered_report_of_a_names_only_feed_has_the_share_of_store_sections() -> None:
    text = render(readiness("namn", NAMES_ONLY, STAPLES))
    assert re.search(r"butiksavdelning ur namnet\s+\d+\s+\d+ %", text)


@pytest.mark.parametrize("catalog", [WITH_CATEGORIES, NAMES_ONLY], ids=["categories", "names-only"])
def test_each_staple_is_confident_flagged_or_missing(catalog: list[Product]) -> None:
    report = readiness("test", catalog, STAPLES)
    outcomes = {s.phrase: s for s in report.staples}
    assert [s.phrase for s in report.staples] == STAPLES
    assert outcomes["mjölk"].status == "confident" and outcomes["mjölk"].product is not None
    assert outcomes["mjölk"].product.id == "m1"
    assert outcomes["ost"].status == "flagged" and outcomes["ost"].reason  # which cheese?
    assert outcomes["bananer"].status == "confident" and outcomes["bananer"].product.id == "b1"
    assert outcomes["kaffe"].status == "missing" and "slut" in outcomes["kaffe"].reason  # out of stock
    assert outcomes["pepparkakshus"].status == "missing" and outcomes["pepparkakshus"].product is None
    assert (report.count("confident"), report.count("flagged"), report.count("missing")) == (2, 1, 2)
    assert summary(report) == "2 av 5 baslivsmedel hittas säkert, 1 behöver kontrolleras, 2 saknas."


def test_the_rendered_report_reads_summary_first_in_swedish() -> None:
    text = render(readiness("willys", WITH_CATEGORIES, STAPLES))
    lines = text.splitlines()
    assert lines[0] == "Sortimentsrapport för «willys»: 6 varor"
    assert lines[1].startswith("2 av 5 baslivsmedel hittas säkert")
    assert re.search(r"märke\s+5\s+83 %", text) and re.search(r"EAN\s+1\s+17 %", text)
    assert re.search(r"avdelning ur kategorin\s+6\s+100 %", text)
    assert "Saknas (2):" in text and "Behöver kontrolleras (1):" in text and "Hittas säkert (2):" in text
    assert "  mjölk → Mellanmjölk 1,5% (Arla, 1 l, 19,90 kr)" in lines
    assert "  bananer → Bananer (per kg, 19,90 kr)" in lines


def test_the_staples_file() -> None:
    assert read_staples("# kommentar\nmjölk\n\n  smör \n# mer\n") == ["mjölk", "smör"]
    listed = staples()
    assert len(listed) >= 100 and len(set(listed)) == len(listed)
    assert {"mjölk", "smör", "bröd", "ägg", "kaffe", "potatis", "bananer", "ost"} <= set(listed)


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args, "--db", str(db)], capture_output=True,
                          text=True, timeout=300)


def write_jsonl(path: Path, products: list[Product]) -> Path:
    path.write_text("".join(json.dumps(p.model_dump(), ensure_ascii=False) + "\n" for p in products),
                    encoding="utf-8")
    return path


def test_catalog_report_command_on_a_names_only_catalog(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    imported = run("import-catalog", str(write_jsonl(tmp_path / "namn.jsonl", NAMES_ONLY)), "--vendor", "namn",
                   db=db)
    assert imported.returncode == 0, imported.stderr
    assert "Sortimentsrapport för «namn»: 6 varor" in imported.stdout  # printed after every import
    done = run("catalog-report", "--vendor", "namn", db=db)
    assert done.returncode == 0, done.stderr
    head = done.stdout.splitlines()[:2]
    assert head[0] == "Sortimentsrapport för «namn»: 6 varor"
    assert re.fullmatch(r"\d+ av \d{3} baslivsmedel hittas säkert, \d+ behöver kontrolleras, \d+ saknas\.", head[1])
    assert re.search(r"kategori\s+0\s+0 %", done.stdout) and "  mjölk → Mellanmjölk 1,5%" in done.stdout
    unknown = run("catalog-report", "--vendor", "ingen", db=db)
    assert unknown.returncode == 1 and "«ingen» har inga varor" in unknown.stderr


@pytest.mark.shared
def test_catalog_report_on_mathem2021(shared_dir: Path, tmp_path: Path) -> None:
    """A real names-only feed (no category, brand, EAN or image): the staples still resolve, and say how.
    Read from the report the import prints (the `catalog-report` command prints the same, see the
    names-only test above): one run of the CLI, not two, over 15,000 products."""
    rows = [line for line in (shared_dir / "data" / "catalog_sv.jsonl").read_text(encoding="utf-8").splitlines()
            if json.loads(line)["source"] == "mathem2021"]
    feed = tmp_path / "mathem2021.jsonl"
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    done = run("import-catalog", str(feed), "--vendor", "mathem2021", db=db)
    assert done.returncode == 0, done.stderr
    report = done.stdout[done.stdout.index("Sortimentsrapport för «mathem2021»"):].splitlines()
    numbers = re.match(r"(\d+) av (\d+) baslivsmedel hittas säkert, (\d+) behöver kontrolleras, (\d+) saknas\.",
                       report[1])
    assert numbers is not None
    confident, total, flagged, missing = map(int, numbers.groups())
    assert total == len(staples()) == confident + flagged + missing
    assert confident >= total // 2  # a feed that works for everyday goods, even without categories
    for field in ("märke", "kategori", "EAN", "bild", "avdelning ur kategorin"):
        assert re.search(rf"{field}\s+0\s+0 %", done.stdout)
    assert f"{len(rows):,}".replace(",", " ") + " varor" in done.stdout
    sections = re.search(r"butiksavdelning ur namnet\s+[\d ]+\s+(\d+) %", done.stdout)
    assert sections is not None and int(sections[1]) >= 45  # about half of Mathem's goods (52 % when measured)
