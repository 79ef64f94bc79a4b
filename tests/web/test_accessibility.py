"""The client's view and the staff review measured in the browser: text at least 20 px, every button
and input at least 48×48 px, and text contrast at least 4.5:1 (WCAG AA), from computed styles."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Page, expect  # noqa: E402

from tests.web.conftest import Service, log_in, screenshot  # noqa: E402
from tests.web.test_shopping import hand_tablet_to_client, take_tablet_back, type_list  # noqa: E402

pytestmark = pytest.mark.browser

# Runs in the page: every visible element with its own text, and every visible control, measured.
MEASURE = """
(root) => {
  const rgba = (s) => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const lum = ([r, g, b]) => { const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
  const over = (top, bottom) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]); };
  // The colour behind an element: its own and its ancestors' backgrounds, composited down to white.
  const background = (el) => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) layers.push(c); if (c[3] >= 1) break; }
    return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]); };
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const texts = []; const controls = [];
  for (const el of root.querySelectorAll('*')) {
    if (!visible(el) || el.closest('svg')) continue;
    const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ').trim();
    if (own) { const s = getComputedStyle(el); const fg = over(rgba(s.color), background(el)); const bg = background(el);
      const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      texts.push({ text: own.slice(0, 40), tag: el.tagName, cls: el.className, size: parseFloat(s.fontSize), contrast: (l1 + 0.05) / (l2 + 0.05) }); }
    if (el.matches('button, input, select, textarea, a[href]')) { const r = el.getBoundingClientRect();
      controls.push({ name: (el.innerText || el.getAttribute('aria-label') || el.id || '').trim().slice(0, 40), tag: el.tagName, width: r.width, height: r.height }); }
  }
  return { texts, controls };
}
"""


def measure(page: Page, selector: str = "body") -> dict[str, list[dict[str, Any]]]:
    return page.locator(selector).evaluate(MEASURE)


def check(found: dict[str, list[dict[str, Any]]]) -> None:
    assert len(found["texts"]) >= 5 and len(found["controls"]) >= 3, found  # it measured a real page
    small = [t for t in found["texts"] if t["size"] < 20]
    faint = [t for t in found["texts"] if t["contrast"] < 4.5]
    tiny = [c for c in found["controls"] if c["width"] < 48 or c["height"] < 48]
    assert not small, f"text under 20 px: {small}"
    assert not faint, f"text under 4.5:1 contrast: {faint}"
    assert not tiny, f"controls under 48×48 px: {tiny}"


def test_client_view_and_staff_review_are_large_and_clear(page: Page, service: Service) -> None:
    service.make_client("Greta Andersson", budget=50)  # a small budget: the over-budget state is measured too
    log_in(page, service)
    expect(page.locator(".client")).to_have_count(1)
    page.get_by_role("button", name="Ny kund").click()  # the new-client form: inputs and selects
    expect(page.get_by_label("Leveransdag")).to_be_visible()
    check(measure(page))
    page.get_by_role("button", name="Öppna Greta Andersson").click()
    hand_tablet_to_client(page, "Greta Andersson")
    type_list(page, "två mjölk, ost och en fryst pizza")
    expect(page.locator(".line.flagged").first).to_be_visible()
    expect(page.locator(".over-label")).to_be_visible()
    check(measure(page))

    page.set_viewport_size({"width": 800, "height": 1280})  # the tablet turned upright
    check(measure(page))
    screenshot(page, "14-tablet-portrait")

    page.get_by_role("button", name="Lägg till", exact=True).click()  # empty: nothing sent, focus to the box
    page.get_by_role("button", name="Lämna tillbaka till personalen").click()
    check(measure(page))
    page.get_by_role("button", name="Tillbaka").click()
    expect(page.locator(".lines > .line").first).to_be_visible()
    take_tablet_back(page, "Greta Andersson")
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(page.locator(".lines > .line").first).to_be_visible()
    check(measure(page))
    screenshot(page, "15-staff-review-over-budget")

    page.get_by_role("link", name="Kunder", exact=True).click()
    card = page.locator(".client", has_text="Greta Andersson")
    expect(card).to_contain_text("Korgen är öppen: 3 varor")
    expect(card.locator(".flag-label")).to_contain_text("behöver kontrolleras")
    check(measure(page))
    screenshot(page, "16-staff-clients-open-basket")


def test_the_measurement_catches_small_faint_and_tiny(browser) -> None:  # noqa: ANN001 - playwright Browser
    """The checks above can fail: a page with one of each fault is caught on each count."""
    page = browser.new_page()
    try:
        page.set_content("""<body style="background:#fff;font-size:22px">
          <p>Stor och tydlig text</p><p style="font-size:14px">liten text</p>
          <p style="color:#aaa">blek text</p><div style="background:#222"><span style="color:#333">mörkt på mörkt</span></div>
          <button style="width:30px;height:30px;font-size:22px">x</button><input style="height:56px;width:200px;font-size:22px">
        </body>""")
        found = measure(page)
    finally:
        page.close()
    by_text = {t["text"]: t for t in found["texts"]}
    assert by_text["liten text"]["size"] == 14
    assert by_text["blek text"]["contrast"] < 4.5 < by_text["Stor och tydlig text"]["contrast"]
    assert by_text["mörkt på mörkt"]["contrast"] < 1.5
    assert [c["tag"] for c in found["controls"] if c["width"] < 48] == ["BUTTON"]
