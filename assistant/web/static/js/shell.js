// The page frame every view shares: the top bar, the notice area, and keeping focus across re-renders.
import { h, replace } from "./dom.js";

const notice = () => document.getElementById("notice");

export function showNotice(message, kind = "error") {
  const box = notice();
  box.dataset.kind = kind;
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  document.getElementById("notice-text").textContent = message;
  box.hidden = false;
}

export function clearNotice() {
  notice().hidden = true;
}

export function setTopbar(info, ...actions) {
  replace(document.getElementById("topbar-info"), info || "");
  replace(document.getElementById("topbar-actions"), ...actions);
}

export function view() {
  return document.getElementById("view");
}

/** Re-render `el` and put the focus back on the control with the same data-key, so keyboard and
 * switch users do not lose their place when a basket line changes. When that control is gone or
 * disabled (− at one, "Ta bort"), the focus goes to the same line's next control, else to the line
 * that took its place, else to the one before, else to `el`'s heading: never back to the page's top. */
export function rerender(el, ...children) {
  const active = document.activeElement;
  const inside = active && el.contains(active);
  const key = inside ? active.dataset.key : null;
  const lineEl = inside ? active.closest("[data-line-id]") : null;
  const lineId = lineEl ? lineEl.dataset.lineId : null;
  const lineIndex = lineEl ? [...el.querySelectorAll("[data-line-id]")].indexOf(lineEl) : -1;
  replace(el, ...children);
  if (!inside) return;
  const usable = (node) => node && !node.disabled && !node.hidden;
  const again = key ? el.querySelector(`[data-key="${CSS.escape(key)}"]`) : null;
  if (usable(again)) {
    again.focus();
    return;
  }
  const firstControl = (line) => line && [...line.querySelectorAll("button, input, select")].find(usable);
  const lines = [...el.querySelectorAll("[data-line-id]")];
  const same = lineId ? lines.find((line) => line.dataset.lineId === lineId) : null;
  const target = firstControl(same) || firstControl(lines[lineIndex]) || firstControl(lines[lineIndex - 1])
    || el.querySelector("h2[tabindex], h2");
  if (target) {
    if (target.tagName === "H2") target.setAttribute("tabindex", "-1");
    target.focus();
  }
}

let unauthorized = null;

/** What to do when the service says the login is gone (expired, or logged out elsewhere). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

/** Run an action with its button disabled (no double orders from a shaky double tap); errors become a notice. */
export async function busy(button, action) {
  if (button) {
    if (button.dataset.busy) return undefined;
    button.dataset.busy = "1";
    button.setAttribute("aria-busy", "true");
  }
  if (button) clearNotice(); // a new attempt: the last error no longer applies
  try {
    const result = await action();
    return result;
  } catch (error) {
    if (error.stale) return undefined; // the screen that asked is gone with the login it asked under
    showNotice(error.message || String(error));
    if (error.status === 401 && unauthorized) unauthorized();
    return undefined;
  } finally {
    if (button) {
      delete button.dataset.busy;
      button.removeAttribute("aria-busy");
    }
  }
}

/** Loads something into `box`; when that fails, says so there with a "Försök igen" button
 * (and in the notice), instead of leaving "Hämtar …" on screen for ever. */
export function loadInto(box, failText, load) {
  return busy(null, async () => {
    try {
      await load();
    } catch (error) {
      const again = h("button", { type: "button", class: "button secondary" }, "Försök igen");
      again.addEventListener("click", () => {
        clearNotice();
        loadInto(box, failText, load);
      });
      replace(box, h("p", {}, failText), again);
      throw error;
    }
  });
}

export function initShell() {
  document.getElementById("notice-close").addEventListener("click", clearNotice);
}
