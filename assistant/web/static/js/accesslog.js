// "Logguppföljning": who has read which client's data, per client or per staff member, with the CSV and
// the client's register extract (registerutdrag) a click away.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { dateTime } from "./format.js";
import { busy, setTopbar, showNotice, view } from "./shell.js";

function query(form) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (value) params.set(key, value);
  return params.toString();
}

function entriesTable(entries) {
  if (entries.length === 0) return h("p", {}, "Inga läsningar under den tiden.");
  return h("table", { class: "audit access-log" },
    h("caption", {}, `${entries.length} läsningar, senaste först`),
    h("thead", {}, h("tr", {}, ["När", "Vem", "Kund", "Vad", "Förfrågan", "Session"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, entries.map((e) => h("tr", {},
      h("td", {}, dateTime(e.at)), h("td", {}, e.username),
      h("td", {}, e.client_name ? `${e.client_name} (${e.client_id})` : `borttagen kund ${e.client_id}`),
      h("td", {}, e.what), h("td", { class: "muted" }, e.request), h("td", {}, h("code", {}, e.session))))));
}

function extractLinks(clientId, clients) {
  if (!clientId) return null;
  const client = clients.find((c) => String(c.id) === String(clientId));
  const name = client ? client.display_name : `kund ${clientId}`;
  return h("p", { class: "extract-links" }, "Registerutdrag för ", h("strong", {}, name), ": ",
    h("a", { href: `/api/v1/clients/${clientId}/register-extract.html`, target: "_blank", rel: "noopener" }, "utskrivbar sida"),
    " · ", h("a", { href: `/api/v1/clients/${clientId}/register-extract`, download: "" }, "som data (JSON)"));
}

/** Whom the caller may review: every client and account (the municipal admin), or the clients and staff of
 * the units they administer (a unit's admin). */
async function reviewable(session) {
  if (session.role === "admin") {
    const [{ clients }, { users }] = await Promise.all([api("GET", "/api/v1/clients"), api("GET", "/api/v1/users")]);
    return { clients, users: users.map((u) => u.username) };
  }
  const { units } = await api("GET", "/api/v1/units");
  const managed = await Promise.all(units.filter((u) => u.my_role === "unit_admin")
    .map((u) => api("GET", `/api/v1/units/${u.id}`)));
  if (!managed.length) return null;
  const clients = managed.flatMap((unit) => unit.clients);
  const users = [...new Set(managed.flatMap((unit) => unit.members.map((m) => m.username)))].sort();
  return { clients, users };
}

export async function accessLogView(ctx) {
  const root = view();
  setTopbar(`Inloggad som ${ctx.session.username}`, ctx.logoutButton());
  const found = await reviewable(ctx.session);
  if (!found) {
    replace(root, h("div", { class: "page staff" }, h("section", { class: "card", "aria-labelledby": "log-none" },
      h("h1", { id: "log-none" }, "Logguppföljning"),
      h("p", {}, "Logguppföljning gör enhetens administratör eller kommunens administratör. Du administrerar ingen enhet."))));
    return undefined;
  }
  const { clients, users } = found;
  const isAdmin = ctx.session.role === "admin";
  const client = h("select", { id: "log-client", name: "client_id" }, h("option", { value: "" }, "Alla kunder"),
    clients.map((c) => h("option", { value: String(c.id) }, c.display_name)));
  const user = h("select", { id: "log-user", name: "username" }, h("option", { value: "" }, "All personal"),
    users.map((name) => h("option", { value: name }, name)));
  const from = h("input", { id: "log-from", name: "from", type: "date" });
  const to = h("input", { id: "log-to", name: "to", type: "date" });
  const show = h("button", { type: "submit", class: "button primary" }, "Visa");
  const csv = h("a", { class: "button secondary", href: "/api/v1/access-log.csv", download: "" }, "Ladda ner som CSV");
  const links = h("div");
  const result = h("div", { class: "log-result", "aria-live": "polite" });
  const field = (input, label) => h("div", { class: "field" }, h("label", { for: input.id }, label), input);
  const form = h("form", { class: "card log-filter" },
    h("div", { class: "row" }, field(client, "Kund"), field(user, "Personal"), field(from, "Från"), field(to, "Till")),
    h("div", { class: "row" }, show, csv));
  const load = () => busy(show, async () => {
    const q = query(form);
    csv.href = `/api/v1/access-log.csv${q ? `?${q}` : ""}`;
    replace(links, isAdmin ? extractLinks(client.value, clients) : null); // register extracts: the municipal admin
    const { entries } = await api("GET", `/api/v1/access-log${q ? `?${q}` : ""}`);
    replace(result, entriesTable(entries));
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  replace(root, h("div", { class: "page staff access-log-page" },
    h("div", { class: "page-head" }, h("h1", {}, "Logguppföljning")),
    h("p", {}, "Varje gång någon läser en kunds uppgifter sparas vem, när, vad och från vilken inloggning. Välj en kund eller en person."),
    !isAdmin && h("p", { class: "muted" }, "Du ser läsningar av kunderna i de enheter du administrerar."),
    form, links, result));
  await load();
  if (!clients.length) showNotice("Det finns inga kunder ännu.", "info");
  return undefined;
}
