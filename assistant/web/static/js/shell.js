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
 * switch users do not lose their place when a basket line changes. */
export function rerender(el, ...children) {
  const active = document.activeElement;
  const key = active && el.contains(active) ? active.dataset.key : null;
  replace(el, ...children);
  if (key) {
    const again = el.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (again && !again.disabled) again.focus();
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
