// Admin: the staff accounts (add, disable or enable, set a new password) and the accessibility
// problems people have reported.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { dateTime } from "./format.js";
import { busy, loadInto, rerender, view } from "./shell.js";

const ROLES = { staff: "Personal", admin: "Administratör" };

function newUserForm(onAdded) {
  const name = h("input", { id: "nu-name", autocomplete: "off", autocapitalize: "none", spellcheck: "false", required: true });
  const password = h("input", { id: "nu-password", type: "password", autocomplete: "new-password", required: true });
  const role = h("select", { id: "nu-role" }, Object.entries(ROLES).map(([value, label]) => h("option", { value }, label)));
  const submit = h("button", { type: "submit", class: "button primary" }, "Lägg till användaren");
  const form = h("form", { class: "card new-user", "aria-labelledby": "nu-heading" },
    h("h2", { id: "nu-heading" }, "Ny användare"),
    h("label", { for: "nu-name" }, "Användarnamn"), name,
    h("label", { for: "nu-password" }, "Lösenord (minst 8 tecken)"), password,
    h("label", { for: "nu-role" }, "Roll"), role,
    h("div", { class: "form-actions" }, submit));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(submit, async () => {
      await api("POST", "/api/v1/users", { username: name.value.trim(), password: password.value, role: role.value });
      name.value = "";
      password.value = "";
      await onAdded();
    });
  });
  return form;
}

function userRow(user, reload) {
  const toggle = h("button", { type: "button", class: "button secondary", dataset: { key: `toggle-${user.username}` } },
    user.disabled ? `Aktivera ${user.username}` : `Inaktivera ${user.username}`);
  toggle.addEventListener("click", () => busy(toggle, async () => {
    await api("PATCH", `/api/v1/users/${encodeURIComponent(user.username)}`, { disabled: !user.disabled });
    await reload();
  }));
  const id = `pw-${user.id}`;
  const password = h("input", { id, type: "password", autocomplete: "new-password" });
  const save = h("button", { type: "submit", class: "button secondary" }, "Spara lösenordet");
  const done = h("span", { class: "form-done", role: "status" });
  const form = h("form", { class: "row password-form" },
    h("label", { for: id, class: "inline-label" }, `Nytt lösenord för ${user.username}`), password, save, done);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(save, async () => {
      await api("PATCH", `/api/v1/users/${encodeURIComponent(user.username)}`, { password: password.value });
      password.value = "";
      done.textContent = "Lösenordet är bytt.";
    });
  });
  return h("li", { class: `card user${user.disabled ? " disabled" : ""}` },
    h("h3", {}, user.username),
    h("p", {}, `${ROLES[user.role] || user.role} · ${user.disabled ? "Inaktiverad: kan inte logga in" : "Aktiv"}`),
    h("div", { class: "row" }, toggle), form);
}

function reportList(reports) {
  if (!reports.length) return h("p", {}, "Inga rapporter.");
  return h("ul", { class: "reports" }, reports.map((r) => h("li", { class: "card" },
    h("p", {}, h("strong", {}, dateTime(r.at)), r.username ? ` · ${r.username}` : "", r.page ? ` · ${r.page}` : ""),
    h("p", {}, r.message),
    r.contact && h("p", { class: "muted" }, `Kontakt: ${r.contact}`))));
}

export async function usersView(ctx) {
  ctx.staffBar();
  const list = h("div", { class: "user-list" }, h("p", { class: "loading" }, "Hämtar användare …"));
  const reports = h("div", {}, h("p", { class: "loading" }, "Hämtar rapporter …"));
  const load = () => loadInto(list, "Användarna gick inte att hämta.", async () => {
    const { users } = await api("GET", "/api/v1/users");
    rerender(list, h("ul", { class: "users" }, users.map((u) => userRow(u, load))));
  });
  replace(view(), h("div", { class: "page staff admin" },
    h("h1", {}, "Användare"),
    newUserForm(load),
    list,
    h("section", { class: "card", "aria-labelledby": "reports-heading" },
      h("h2", { id: "reports-heading" }, "Rapporter om tillgänglighet"), reports)));
  load();
  loadInto(reports, "Rapporterna gick inte att hämta.", async () => {
    replace(reports, reportList((await api("GET", "/api/v1/accessibility-reports")).reports));
  });
  return undefined;
}
