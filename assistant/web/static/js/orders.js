// Orders for staff: the status after sending, and the history with missing and substituted items
// and the audit trail (who did what, for whom).
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { kr, day, dateTime, orderStatus, OUTCOME, size, weighed, weightText } from "./format.js";
import { busy } from "./shell.js";
import { changeControls } from "./orderchanges.js";

const FINISHED = new Set(["delivered", "failed", "cancelled"]);
const POLL_MS = 2000;
const MAX_POLLS = 90; // three minutes; after that the history shows the status

function orderNumber(order) {
  return order.vendor_order_number ? `${order.vendor_order_number}` : `${order.id} (butikens nummer kommer strax)`;
}

function statusBadge(order) {
  const bad = order.status === "failed" || order.status === "cancelled";
  return h("span", { class: `status status-${order.status}${bad ? " bad" : ""}`, dataset: { status: order.status } },
    h("span", { "aria-hidden": "true" }, bad ? "⚠ " : order.status === "delivered" ? "✓ " : "➜ "),
    orderStatus(order.status));
}

function outcomeText(line) {
  if (line.outcome === "substituted") {
    return h("span", { class: "outcome substituted" }, h("span", { "aria-hidden": "true" }, "⇄ "),
      OUTCOME.substituted, line.substitute ? ` mot ${[line.substitute.name, line.substitute.brand].filter(Boolean).join(", ")}` : "");
  }
  if (line.outcome === "missing") return h("span", { class: "outcome missing" }, h("span", { "aria-hidden": "true" }, "✕ "), OUTCOME.missing);
  if (line.outcome === "delivered") return h("span", { class: "outcome delivered" }, h("span", { "aria-hidden": "true" }, "✓ "), OUTCOME.delivered);
  return null;
}

function orderLines(order) {
  return h("ul", { class: "order-lines" }, order.lines.map((line) => h("li", {},
    h("span", {}, `${weighed(line) ? weightText(line) : `${line.count} ×`} ${line.product ? line.product.name : "okänd vara"}`,
      line.product && size(line.product) ? ` (${size(line.product)})` : ""),
    line.substitution_allowed ? h("span", { class: "muted" }, " · byte tillåtet") : h("span", { class: "muted" }, " · inget byte"),
    " ", outcomeText(line),
  )));
}

const ACTIONS = {
  basket_created: "Korgen skapades",
  moved_to_next_delivery: "Korgen flyttades till nästa leverans",
  utterance: "Lista sagd eller skriven",
  line_added: "Vara tillagd",
  line_changed: "Rad ändrad",
  line_removed: "Vara borttagen",
  repeat: "Samma som förra gången",
  undo: "Ångrat",
  out_of_stock: "Slut hos butiken",
  budget_override: "Budgeten överskreds med motivering",
  confirmed: "Korgen bekräftades",
  order_submitted: "Beställningen skickades",
  order_sent: "Butiken fick beställningen",
  order_failed: "Beställningen gick inte fram",
  order_received: "Butiken tog emot beställningen",
  order_picking: "Butiken plockar",
  order_delivered: "Levererad",
  order_cancelled: "Avbeställd",
  order_reopened: "Öppnad för ändringar",
  order_cancel_requested: "Avbeställning skickad",
  order_amend_requested: "Ändring skickad",
  order_amended: "Butiken fick ändringen",
  order_replaced: "Ersatt med en ny beställning hos butiken",
  order_change_refused: "Butiken tog inte emot ändringen",
  order_change_abandoned: "Ändringen skickades inte före beställningsstoppet",
};

const FIELDS = {
  count: "antal", substitution_allowed: "byte tillåtet", needs_review: "behöver kontrolleras",
  product_id: "vara", text: "text", source: "källa", total_sek: "summa", delivery_date: "leverans",
  lines: "rader", vendor_order_number: "ordernummer", attempts: "försök", missing: "saknades",
  substituted: "utbytta", error: "fel", reason: "motivering", added: "tillagt", removed: "borttaget",
  changed: "ändrat", kind: "sort", line_id: "rad",
};

function value(v) {
  if (v === true) return "ja";
  if (v === false) return "nej";
  if (v === null || v === undefined) return "–";
  if (Array.isArray(v)) return v.length ? v.map(value).join(", ") : "inga";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** The details of an audit event in words: a change as "antal 2 → 3", other facts as "summa: 190.8". */
function auditDetails(details) {
  if (details === null || details === undefined || details === "") return "";
  if (typeof details !== "object") return String(details);
  const { before, after, ...rest } = details;
  const parts = [];
  if (before && after && typeof before === "object") {
    for (const key of Object.keys(after)) {
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
        parts.push(`${FIELDS[key] || key} ${value(before[key])} → ${value(after[key])}`);
      }
    }
  }
  for (const [key, v] of Object.entries(rest)) {
    if (key === "line_id") continue;
    parts.push(`${FIELDS[key] || key}: ${value(v)}`);
  }
  return parts.join("; ");
}

async function auditTrail(order, into) {
  const { events } = await api("GET", `/api/v1/orders/${order.id}/audit`);
  replace(into, h("h4", {}, "Händelser"),
    events.length === 0 ? h("p", {}, "Inga händelser.") : h("table", { class: "audit" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "När"), h("th", { scope: "col" }, "Vem"),
        h("th", { scope: "col" }, "Vad"), h("th", { scope: "col" }, "Detaljer"))),
      h("tbody", {}, events.map((e) => h("tr", {},
        h("td", {}, dateTime(e.at)), h("td", {}, e.actor || ""), h("td", {}, ACTIONS[e.action] || e.action), h("td", {}, auditDetails(e.details))))),
    ));
}

/** One order in full: number, status, lines with outcomes, audit trail on request. */
function orderCard(order, { heading = null } = {}) {
  const missing = order.lines.filter((l) => l.outcome === "missing").length;
  const substituted = order.lines.filter((l) => l.outcome === "substituted").length;
  const audit = h("div", { class: "audit-box" });
  const auditButton = h("button", { type: "button", class: "button secondary" }, "Visa händelser");
  auditButton.addEventListener("click", () => busy(auditButton, async () => {
    await auditTrail(order, audit);
    auditButton.hidden = true;
  }));
  return h("article", { class: "card order", dataset: { orderId: order.id } },
    heading && h("h3", {}, heading),
    h("p", { class: "order-number" }, "Ordernummer: ", h("strong", {}, orderNumber(order))),
    h("p", {}, "Status: ", statusBadge(order)),
    changeControls(order),
    h("p", {}, `Leverans ${day(order.delivery_date)} · ${kr(order.total_sek)}`,
      order.submitted_at ? ` · skickad ${dateTime(order.submitted_at)}` : "",
      order.submitted_by ? ` av ${order.submitted_by}` : ""),
    (missing || substituted) ? h("p", { class: "order-problems" }, h("span", { "aria-hidden": "true" }, "⚠ "),
      [missing && `${missing} saknades`, substituted && `${substituted} byttes ut`].filter(Boolean).join(", ")) : null,
    orderLines(order),
    auditButton,
    audit,
  );
}

/** Shows a just-sent order and follows its status until the grocer has it (or it failed). */
export function followOrder(order, into) {
  let timer = null;
  let current = order;
  let polls = 0;
  const show = () => replace(into, orderCard(current, { heading: "Beställningen är skickad" }));
  const poll = async () => {
    try {
      current = await api("GET", `/api/v1/orders/${current.id}`);
      show();
    } catch {
      // The status is shown again on the next poll; a blip in the network is not worth an alarm here.
    }
    polls += 1;
    if (!FINISHED.has(current.status) && polls < MAX_POLLS) timer = setTimeout(poll, POLL_MS);
  };
  show();
  timer = setTimeout(poll, POLL_MS);
  return () => clearTimeout(timer);
}

/** The client's orders, newest first; each opens to its lines and audit trail. */
export async function orderHistory(clientId, into) {
  const { orders } = await api("GET", `/api/v1/orders?client_id=${encodeURIComponent(clientId)}`);
  if (!orders.length) {
    replace(into, h("p", {}, "Inga beställningar ännu."));
    return;
  }
  replace(into, h("ul", { class: "order-history" }, orders.map((order) => {
    const detail = h("div", { class: "order-detail" });
    const button = h("button", { type: "button", class: "button secondary", "aria-expanded": "false" },
      `Visa order ${order.vendor_order_number || order.id}`);
    button.addEventListener("click", () => busy(button, async () => {
      const open = button.getAttribute("aria-expanded") === "true";
      if (open) {
        replace(detail);
      } else {
        const full = order.lines ? order : await api("GET", `/api/v1/orders/${order.id}`);
        replace(detail, orderCard(full));
      }
      button.setAttribute("aria-expanded", open ? "false" : "true");
      button.textContent = `${open ? "Visa" : "Dölj"} order ${order.vendor_order_number || order.id}`;
    }));
    return h("li", { class: "order-row" },
      h("p", {}, h("strong", {}, day(order.delivery_date)), ` · ${kr(order.total_sek)} · `, statusBadge(order)),
      button, detail);
  })));
}
