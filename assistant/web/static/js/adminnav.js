// Links in the top bar of staff screens: clients and store trips for everyone, units and the access log for
// unit admins (their units' clients) and the municipal admin, user accounts for the municipal admin.
import { api } from "./api.js";
import { h } from "./dom.js";

const runsUnit = new Map(); // username → does this person run a unit? (asked once per page load)

/** Prepends the links this person may use to the top bar's actions (after a staff view has set them). */
export async function addAdminLinks(ctx) {
  const session = ctx.session;
  if (!session || session.client_id !== null && session.client_id !== undefined) return;
  if (session.role !== "admin" && !runsUnit.has(session.username)) {
    try {
      const { units } = await api("GET", "/api/v1/units");
      runsUnit.set(session.username, units.some((unit) => unit.my_role === "unit_admin"));
    } catch {
      return; // the links are a convenience; the screens themselves check again
    }
  }
  const unitAdmin = runsUnit.get(session.username);
  const links = [h("a", { class: "button secondary", href: "#/" }, "Kunder"),
    h("a", { class: "button secondary", href: "#/butik" }, "Butiksinköp")];
  if (session.role === "admin" || unitAdmin) links.push(h("a", { class: "button secondary", href: "#/enheter" }, "Enheter"));
  if (session.role === "admin" || unitAdmin) links.push(h("a", { class: "button secondary", href: "#/logg" }, "Logguppföljning"));
  if (session.role === "admin") links.push(h("a", { class: "button secondary", href: "#/anvandare" }, "Användare"));
  const nav = h("nav", { class: "admin-nav", "aria-label": "Administration" }, links);
  document.getElementById("topbar-actions").prepend(nav);
}
