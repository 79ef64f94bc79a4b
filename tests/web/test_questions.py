"""The tablet asks the question each flagged line asks (the server's `question`), in plain Swedish: a count
to check is asked as a count, a size as a size, goods the store does not sell as such; staff keep reading
the reason. On the demo catalog, at the size of a tablet, readable and accessible."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Browser, Locator, Page, expect  # noqa: E402

from tests.web.conftest import SCREENSHOTS, Service, new_page, screenshot  # noqa: E402
from tests.web.test_accessibility import check, measure  # noqa: E402
from tests.web.test_admin import assert_no_wcag_violations  # noqa: E402
from tests.web.test_client_screen import FAKE_SPEECH, STAFF_WORDS, say, to_tablet  # noqa: E402
from tests.web.test_shopping import take_tablet_back, type_list  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.shared_service]

TABLET = {"width": 1180, "height": 820}  # a 10.9" tablet in landscape
COUNT = "Hur många förpackningar vill du ha?"
SIZE = "Vilken storlek vill du ha?"


@pytest.fixture
def page(browser: Browser) -> Page:
    page = new_page(browser, TABLET)
    page.add_init_script(FAKE_SPEECH)
    yield page
    page.context.close()


def card(page: Page, text: str) -> Locator:
    return page.locator(".lines > .line.flagged", has_text=text)


def shot(page: Page, line: Locator, kind: str) -> None:
    """The tablet's screen with the line in view, for people to look at."""
    line.evaluate("card => card.scrollIntoView({ block: 'start' })")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"question-{kind}.png"))


def test_a_count_to_check_and_a_size_to_choose_are_asked_as_such(page: Page, service: Service) -> None:
    service.make_client("Elsa Lund", budget=None)
    to_tablet(page, service, "Elsa Lund")
    type_list(page, "2 liter toalettpapper och blöjor")  # rolls are counted, no litres
    paper, nappies = card(page, "Toalettpapper"), card(page, "Blöjor")
    expect(paper.locator(".flag-label")).to_contain_text(COUNT)
    expect(paper.locator(".alternatives")).to_have_count(0)  # other goods answer no count
    expect(paper.locator(".count")).to_be_visible()          # the + and − do
    expect(nappies.locator(".flag-label")).to_contain_text(SIZE)
    expect(nappies.locator(".alternatives-label")).to_have_text("Eller välj en annan storlek:")
    expect(nappies.locator(".alternatives button")).to_have_count(1)  # the other size, not other goods
    expect(nappies.locator(".alternatives button")).to_contain_text("Storlek 4")
    for line in (paper, nappies):
        text = line.locator(".flag-label").inner_text()
        assert "Vilken sorts" not in text and not STAFF_WORDS.search(text), text
    check(measure(page))
    assert_no_wcag_violations(page)
    screenshot(page, "question-count-and-size-tablet")
    page.reload()  # no answer to repeat: "Läs upp" reads every line, with its question
    expect(page.locator(".lines > .line")).to_have_count(2)
    page.get_by_role("button", name="Läs upp").click()
    spoken = page.evaluate("window.__spoken")[-1]
    assert COUNT in spoken and SIZE in spoken, spoken
    page.get_by_role("button", name="Sluta läsa").click()

    paper.get_by_role("button", name=re.compile("^En till")).click()  # the count answered, then confirmed
    expect(paper.locator(".count-value")).to_have_text("2 st")
    paper.get_by_role("button", name="Ja, det stämmer").click()
    expect(card(page, "Toalettpapper")).to_have_count(0)

    take_tablet_back(page, "Elsa Lund")  # staff read the reason, not the client's question
    staff_line = page.locator(".lines > .line.flagged", has_text="Blöjor")
    expect(staff_line.locator(".flag-label")).to_contain_text("Många sorter passar: bekräfta vilken")
    assert_no_wcag_violations(page)


# Each kind of question the demo catalog asks, and the words the client reads.
KINDS = [
    ("how_many", "Toalettpapper", COUNT),
    ("which_size", "Blöjor", SIZE),
    ("which_sort", "ost", "Vilken sorts ost menar du?"),
    ("which_brand", "findus", "Vilken vara menar du med ”findus”?"),
    ("not_sold", "kassler", "Den här varan finns inte i butiken."),
    ("sold_out", "Apelsin", "”blodapelsiner” är slut just nu. Vill du ha den här i stället?"),
    ("how_much", "Bananer", "Hur mycket vill du ha?"),
    ("check_amount", "Smör", "Vi är inte säkra på hur mycket du menade (”3 250 g”)."),
    ("unsure", "Kaffefilter", "Stämmer det här?"),
]


def test_every_kind_of_question_in_plain_words(page: Page, service: Service) -> None:
    client = service.make_client("Ingrid Sjö", budget=None)
    basket = say(service, client["id"], "2 liter toalettpapper, blöjor, ost, findus, kassler, blodapelsiner, "
                                        "en liter bananer, 3 250 g smör, kaffe och filter")["basket"]
    asked = {line["question"] for line in basket["lines"] if line["needs_review"]}
    assert asked == {kind for kind, _, _ in KINDS}, [(x["phrase"], x["question"]) for x in basket["lines"]]
    to_tablet(page, service, "Ingrid Sjö")
    for kind, name, words in KINDS:
        line = card(page, name).first
        expect(line.locator(".flag-label")).to_contain_text(words)
        assert not STAFF_WORDS.search(line.locator(".flag-label").inner_text()), kind
        shot(page, line, kind)
    check(measure(page))
    assert_no_wcag_violations(page)

    # the client's usual product, learned from staff's choice, is out: said so, and the matcher's offered
    usual = service.make_client("Ove Sjö", budget=None)
    base = f"/api/v1/clients/{usual['id']}/basket"
    line = say(service, usual["id"], "blodapelsiner")["basket"]["lines"][0]
    basket = service.api("PATCH", f"{base}/lines/{line['id']}", {"product_id": "demo:apelsiner-blod-kg", "version": 2})
    service.api("DELETE", f"{base}/lines/{line['id']}?version={basket['version']}")
    assert say(service, usual["id"], "blodapelsiner")["basket"]["lines"][0]["question"] == "usual_gone"
    # a product that breaks the diet is for staff: the client is told so, and asked nothing
    diet = service.make_client("Maj Sjö", budget=None)
    service.api("PATCH", f"/api/v1/clients/{diet['id']}", {"diet": ["laktosfri"]})
    line = say(service, diet["id"], "rågbröd")["basket"]["lines"][0]
    service.api("PATCH", f"/api/v1/clients/{diet['id']}/basket/lines/{line['id']}",
                {"product_id": "demo:arla-mellanmjolk-1l", "version": 2})
    for name, kind, words, product in (
            ("Ove Sjö", "usual_gone", "Det du brukar ta för ”blodapelsiner” finns inte just nu.", "Apelsin"),
            ("Maj Sjö", "diet", "Personalen tittar på den här, så att den går ihop med din kost.", "Mellanmjölk")):
        other = new_page(page.context.browser, TABLET)
        to_tablet(other, service, name)
        line = card(other, product).first
        expect(line.locator(".flag-label")).to_contain_text(words)
        shot(other, line, kind)
        assert_no_wcag_violations(other)
        other.context.close()
