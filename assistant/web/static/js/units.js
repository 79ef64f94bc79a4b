// "Enheter": units (hemtjänstgrupper), their members and clients. The municipal admin creates units and
// appoints unit admins; a unit's admin adds and removes its staff and makes accounts for new colleagues.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { busy, loadInto, setTopbar, showNotice, view } from "./shell.js";

const ROLE = { staff: "Personal", unit_admin: "Enhetsadmin" };

function newUnitForm(onCreated) {
  const name = h("input", { id: "unit-name", autocomplete: "off", required: true });
  const submit = h("button", { type: "submit", class: "button primary" }, "Skapa enheten");
  const form = h("form", { class: "card inline-form" },
    h("label", { for: "unit-name" }, "Ny enhet (hemtjänstgrupp)"), h("div", { class: "row" }, name, submit));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!name.value.trim()) return;
    busy(submit, async () => {
      await api("POST", "/api/v1/units", { name: name.value.trim() });
      name.value = "";
      await onCreated();
    });
  });
  return form;
}

function memberForm(unit, isAdmin, onChange) {
  const id = `member-${unit.id}`;
  const username = h("input", { id, autocomplete: "off", required: true });
  const role = isAdmin ? h("select", { id: `${id}-role`, "aria-label": "Roll" },
    h("option", { value: "staff" }, ROLE.staff), h("option", { value: "unit_admin" }, ROLE.unit_admin)) : null;
  const submit = h("button", { type: "submit", class: "button secondary" }, "Lägg till");
  const form = h("form", { class: "inline-form" },
    h("label", { for: id }, "Lägg till personal (användarnamn)"), h("div", { class: "row" }, username, role, submit));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!username.value.trim()) return;
    busy(submit, async () => {
      await api("PUT", `/api/v1/units/${unit.id}/members/${encodeURIComponent(username.value.trim())}`,
        { role: role ? role.value : "staff" });
      await onChange();
    });
  });
  return form;
}

/** A new colleague's account, a member of the unit at once: the unit's admin needs no one else for it. */
function accountForm(unit, isAdmin, onChange) {
  const id = `account-${unit.id}`;
  const username = h("input", { id: `${id}-name`, autocomplete: "off", required: true, minlength: "2", maxlength: "64",
    "aria-describedby": `${id}-help` });
  const password = h("input", { id: `${id}-password`, type: "password", autocomplete: "new-password", required: true,
    minlength: "8", maxlength: "256" });
  const role = isAdmin ? h("select", { id: `${id}-role` },
    h("option", { value: "staff" }, ROLE.staff), h("option", { value: "unit_admin" }, ROLE.unit_admin)) : null;
  const submit = h("button", { type: "submit", class: "button secondary" }, "Skapa kontot");
  const field = (input, label) => h("div", { class: "field" }, h("label", { for: input.id }, label), input);
  const form = h("form", { class: "account-form", "aria-labelledby": `${id}-heading` },
    h("h4", { id: `${id}-heading` }, "Nytt personalkonto"),
    h("p", { id: `${id}-help`, class: "muted" },
      "Användarnamnet: bokstäver, siffror, punkt eller bindestreck. Lösenordet: minst 8 tecken. ",
      "Ge lösenordet till kollegan på ett säkert sätt."),
    h("div", { class: "row" }, field(username, "Nytt användarnamn"), field(password, "Lösenord för det nya kontot"),
      role && field(role, "Roll i enheten")),
    h("div", { class: "form-actions" }, submit));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(submit, async () => {
      await api("POST", `/api/v1/units/${unit.id}/accounts`,
        { username: username.value.trim(), password: password.value, role: role ? role.value : "staff" });
      showNotice(`Kontot ${username.value.trim()} är skapat och hör till ${unit.name}.`, "info");
      await onChange();
    });
  });
  return form;
}

function unitCard(unit, { manages, isAdmin, ctx, reload }) {
  const members = unit.members.length === 0 ? h("p", {}, "Ingen personal ännu.") : h("table", { class: "audit" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Användare"), h("th", { scope: "col" }, "Roll"),
      manages && h("th", { scope: "col" }, "Ändra"))),
    h("tbody", {}, unit.members.map((m) => h("tr", {},
      h("td", {}, m.username), h("td", {}, ROLE[m.role] || m.role),
      manages && h("td", {}, h("button", { type: "button", class: "button secondary",
        "aria-label": `Ta bort ${m.username} från ${unit.name}`,
        onclick: (e) => busy(e.currentTarget, async () => {
          await api("DELETE", `/api/v1/units/${unit.id}/members/${encodeURIComponent(m.username)}`);
          await reload();
        }) }, "Ta bort"))))));
  const clients = unit.clients.length === 0 ? h("p", {}, "Inga kunder i enheten ännu.") : h("ul", { class: "unit-clients" },
    unit.clients.map((c) => h("li", {},
      h("a", { href: `#/kund/${c.id}` }, c.display_name),
      h("span", { class: "muted" }, c.staff.length ? ` · kontaktperson ${c.staff.join(", ")}` : " · ingen kontaktperson"),
      isAdmin && [" · ", h("a", { href: `/api/v1/clients/${c.id}/register-extract.html`, target: "_blank", rel: "noopener" },
        `Registerutdrag för ${c.display_name}`)])));
  return h("section", { class: "card unit", dataset: { unitId: unit.id }, "aria-labelledby": `unit-${unit.id}` },
    h("h2", { id: `unit-${unit.id}` }, unit.name),
    h("h3", {}, "Personal"), members, manages && memberForm(unit, isAdmin, reload),
    manages && accountForm(unit, isAdmin, reload),
    h("h3", {}, "Kunder"), clients);
}

export async function unitsView(ctx) {
  const root = view();
  setTopbar(`Inloggad som ${ctx.session.username}`, ctx.logoutButton());
  const isAdmin = ctx.session.role === "admin";
  const list = h("div", { class: "unit-list" }, h("p", { class: "loading" }, "Hämtar enheterna …"));
  const reload = () => loadInto(list, "Enheterna gick inte att hämta.", async () => {
    const { units } = await api("GET", "/api/v1/units");
    const full = await Promise.all(units.map((u) => api("GET", `/api/v1/units/${u.id}`)
      .then((detail) => ({ ...detail, my_role: u.my_role }))));
    replace(list, full.length === 0 ? h("p", { class: "card" }, "Det finns inga enheter ännu.")
      : full.map((unit) => unitCard(unit, { manages: isAdmin || unit.my_role === "unit_admin", isAdmin, ctx, reload })));
  });
  replace(root, h("div", { class: "page staff units" },
    h("div", { class: "page-head" }, h("h1", {}, "Enheter")),
    h("p", {}, "Personalen i en enhet ser enhetens alla kunder och kan hoppa in för varandra. Kontaktpersonen visas först i kundlistan."),
    isAdmin && newUnitForm(reload),
    list));
  await reload();
  if (!isAdmin && list.querySelector(".unit") === null) showNotice("Du administrerar ingen enhet.", "info");
  return undefined;
}
