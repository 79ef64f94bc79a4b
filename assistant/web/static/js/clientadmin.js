// What a client's managers set on the client page: the unit, who pays delivery, the day the service ended,
// and the client's kontaktpersoner. The municipal admin manages every client; a unit's admin ("enhetsadmin")
// the clients of that unit. Everyone who sees the client reads these settings in plain words.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { day } from "./format.js";
import { busy, loadInto } from "./shell.js";

const PAYER = { municipality: "kommunen", client: "kunden" };

/** Who may change the client's managed settings, the units they may place the client in, and the staff
 * they may assign: every account for the municipal admin, the unit's members for its admin. */
export async function clientAdmin(session, client) {
  const { units } = await api("GET", "/api/v1/units");
  if (session.role === "admin") {
    return { manages: true, units, staff: async () => (await api("GET", "/api/v1/users")).users
      .filter((u) => !u.disabled).map((u) => u.username) };
  }
  const managed = units.filter((u) => u.my_role === "unit_admin");
  const manages = Boolean(client.unit && managed.some((u) => u.id === client.unit.id));
  return { manages, units: managed, staff: async () => (await api("GET", `/api/v1/units/${client.unit.id}`)).members
    .map((m) => m.username) };
}

function facts(client) {
  return h("ul", { class: "service-facts" },
    h("li", {}, "Enhet: ", h("strong", {}, client.unit ? client.unit.name : "ingen enhet")),
    h("li", {}, "Leveransavgiften betalas av ", h("strong", {}, PAYER[client.delivery_fee_payer]),
      client.delivery_fee_paid_by ? " (bestämt för den här kunden)." : " (kommunens standard)."),
    h("li", {}, client.service_ended_on
      ? ["Insatsen avslutades ", h("strong", {}, day(client.service_ended_on)), "."]
      : "Insatsen pågår."));
}

function settingsForm(client, admin, onSaved) {
  const field = (input, label, help) => h("div", { class: "field" },
    h("label", { for: input.id }, label), help && h("p", { id: `${input.id}-help`, class: "muted" }, help), input);
  const unit = h("select", { id: "cs-unit" }, !client.unit && h("option", { value: "" }, "Välj enhet"),
    admin.units.map((u) => h("option", { value: String(u.id), selected: client.unit && client.unit.id === u.id }, u.name)));
  const payer = h("select", { id: "cs-payer", "aria-describedby": "cs-payer-help" },
    h("option", { value: "", selected: !client.delivery_fee_paid_by }, "Kommunens standard"),
    h("option", { value: "municipality", selected: client.delivery_fee_paid_by === "municipality" }, "Kommunen"),
    h("option", { value: "client", selected: client.delivery_fee_paid_by === "client" }, "Kunden"));
  const ended = h("input", { id: "cs-ended", type: "date", value: client.service_ended_on || "",
    "aria-describedby": "cs-ended-help" });
  const save = h("button", { type: "submit", class: "button secondary" }, "Spara inställningarna");
  const done = h("p", { class: "form-done", role: "status" });
  const form = h("form", { class: "service-form" },
    field(unit, "Enhet"),
    field(payer, "Vem betalar leveransavgiften?", "Betalar kunden står avgiften på kundens fakturaunderlag."),
    field(ended, "Insatsen avslutades (frivilligt)",
      "Fyll i när kunden inte längre har insatsen inköp. Kundens uppgifter tas bort (gallras) när den tid kommunen bestämt har gått. Töm fältet om insatsen fortsätter."),
    h("div", { class: "form-actions" }, save), done);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(save, async () => {
      const fields = { delivery_fee_paid_by: payer.value || null, service_ended_on: ended.value || null };
      if (unit.value) fields.unit_id = Number(unit.value);
      const saved = await api("PATCH", `/api/v1/clients/${client.id}`, fields);
      done.textContent = "Sparat.";
      onSaved(saved);
    });
  });
  return form;
}

/** "Enhet, avgift och avslut": the settings in words for everyone, and a form for the client's managers. */
export function serviceCard(client, admin) {
  const shown = h("div", {}, facts(client));
  return h("section", { class: "card service", "aria-labelledby": "service-heading" },
    h("h2", { id: "service-heading" }, "Enhet, leveransavgift och avslut"), shown,
    admin.manages && settingsForm(client, admin, (saved) => {
      Object.assign(client, saved);
      replace(shown, facts(client));
    }));
}

/** Who works with this client (kontaktpersoner), for the client's managers. */
export function staffPicker(client, admin) {
  const box = h("section", { class: "card", "aria-labelledby": "staff-heading" },
    h("h2", { id: "staff-heading" }, "Personal för kunden"), h("p", { class: "loading" }, "Hämtar användare …"));
  loadInto(box, "Användarna gick inte att hämta.", async () => {
    const names = await admin.staff();
    const boxes = names.map((name, i) => h("input", {
      type: "checkbox", id: `staff-${i}`, value: name, checked: client.staff.includes(name) }));
    const save = h("button", { type: "submit", class: "button secondary" }, "Spara personal");
    const done = h("p", { class: "form-done", role: "status" });
    const form = h("form", {}, h("fieldset", {}, h("legend", {}, "Vem arbetar med kunden?"),
      boxes.map((b) => h("div", { class: "check" }, b, h("label", { for: b.id }, b.value)))),
    h("div", { class: "form-actions" }, save), done);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      busy(save, async () => {
        const saved = await api("PUT", `/api/v1/clients/${client.id}/staff`, { usernames: boxes.filter((b) => b.checked).map((b) => b.value) });
        client.staff = saved.staff;
        done.textContent = `Sparat: ${saved.staff.join(", ") || "ingen"}.`;
      });
    });
    replace(box, h("h2", { id: "staff-heading" }, "Personal för kunden"), form);
  });
  return box;
}
