// "Enheter": units (hemtjänstgrupper), their members and clients. The municipal admin creates units and
// appoints unit admins; a unit's admin adds and removes its staff.
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
