// Logging in: the first screen for staff, and the "give the tablet back to staff" step.
import { api, setCsrfToken } from "./api.js";
import { h } from "./dom.js";
import { busy, clearNotice } from "./shell.js";

/**
 * A login form. `onDone(session)` after a successful login; `onCancel` adds a "Tillbaka" button.
 * A wrong password is said in the form itself, next to the fields.
 */
export function loginForm({ heading, intro, onDone, onCancel = null }) {
  const user = h("input", { id: "login-user", name: "username", autocomplete: "username", required: true,
    autocapitalize: "none", spellcheck: "false" });
  const password = h("input", { id: "login-password", name: "password", type: "password",
    autocomplete: "current-password", required: true });
  const message = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "button primary wide" }, "Logga in");
  const form = h("form", { class: "card login", "aria-labelledby": "login-heading" },
    h("h1", { id: "login-heading" }, heading),
    intro && h("p", { class: "intro" }, intro),
    h("label", { for: "login-user" }, "Användarnamn"), user,
    h("label", { for: "login-password" }, "Lösenord"), password,
    message,
    h("div", { class: "form-actions" },
      submit,
      onCancel && h("button", { type: "button", class: "button secondary wide", onclick: onCancel }, "Tillbaka"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    message.hidden = true;
    if (!user.value.trim() || !password.value) {
      message.textContent = "Skriv användarnamn och lösenord.";
      message.hidden = false;
      return;
    }
    busy(submit, async () => {
      try {
        const session = await api("POST", "/api/v1/session", { username: user.value.trim(), password: password.value });
        setCsrfToken(session.csrf_token);
        clearNotice();
        await onDone(session);
      } catch (error) {
        password.value = "";
        message.textContent = error.message;
        message.hidden = false;
        password.focus();
      }
    });
  });
  queueMicrotask(() => user.focus());
  return form;
}
