"""Goods sold by weight on the tablet: the weight shown in Swedish, +/− by a piece or by 0.1 kg."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect

from tests.web.conftest import Service, log_in
from tests.web.test_shopping import hand_tablet_to_client, type_list

pytestmark = pytest.mark.browser


def test_loose_goods_show_their_weight_and_step_by_piece_or_by_a_tenth_of_a_kilo(page: Page,
                                                                                  service: Service) -> None:
    service.make_client("Greta Andersson")
    log_in(page, service)
    page.get_by_role("button", name="Öppna Greta Andersson").click()
    hand_tablet_to_client(page, "Greta Andersson")
    type_list(page, "tre bananer och 3 hg skinka från disk")
    lines = page.locator(".lines > .line")
    expect(lines).to_have_count(2)
    bananas = lines.filter(has_text="Bananer")
    ham = lines.filter(has_text="Rökt Skinka")
    expect(bananas.locator(".count-value")).to_have_text("ca 0,54 kg (3 st)")
    expect(ham.locator(".count-value")).to_have_text("0,3 kg")

    bananas.get_by_role("button", name=re.compile("^En till")).click()
    expect(bananas.locator(".count-value")).to_have_text("ca 0,72 kg (4 st)")
    ham.get_by_role("button", name=re.compile("^En mindre")).click()
    expect(ham.locator(".count-value")).to_have_text("0,2 kg")
    expect(bananas.locator(".line-total")).to_contain_text("17,93")  # 0,72 kg × 24,90 kr
    expect(page.locator(".total-value")).to_contain_text("57,73")  # + 0,2 kg × 199 kr
