// Orders for staff: the status after sending, and the history with missing and substituted items
// and the audit trail (who did what, for whom).
import { api, newestOnly } from "./api.js";
import { h, replace } from "./dom.js";
import { countGuessText, kr, day, dateTime, orderStatus, OUTCOME, size, weighed, weightText, kilograms } from "./format.js";
import { busy, rerender } from "./shell.js";
import { changeControls } from "./orderchanges.js";

const FINISHED = new Set(["delivered", "failed", "cancelled"]);
const POLL_MS = 2000;
const MAX_POLLS = 90; // three minutes; after that a reload shows the status

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
    line.count_estimated && h("span", { class: "muted" }, ` · ${countGuessText(line, true)}`),
    line.substitution_allowed ? h("span", { class: "muted" }, " · byte tillåtet") : h("span", { class: "muted" }, " · inget byte"),
    " ", order.status === "delivered" && outcomeText(line), // what came is known only once delivered
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
  order_change_refused: "Ändringen gjordes inte",
  order_change_abandoned: "Ändringen skickades inte före beställningsstoppet",
  basket_carried_over: "Beställningen kom aldrig fram: korgen finns kvar att skicka som ny beställning",
};

const yesNo = (v) => (v ? "ja" : "nej");
const amount = (count, kg) => (kg !== null && kg !== undefined ? `${kilograms(kg)} kg` : `${count ?? 1} st`);
const list = (items) => (items && items.length ? items.join(", ") : "inget");

/** A staff edit of a line in words: "Limpa: antal 2 → 3", "byte tillåtet nej → ja", "godkänd". */
function lineChange({ name, before = {}, after = {} }) {
  const parts = [];
  if (before.product_id !== after.product_id) parts.push(`bytt från ${before.product || "ingen vara"} till ${after.product || "ingen vara"}`);
  if (before.count !== after.count && after.weight_kg === null) parts.push(`antal ${before.count ?? "–"} → ${after.count}`);
  if (before.weight_kg !== after.weight_kg && after.weight_kg !== null) {
    parts.push(`vikt ${before.weight_kg === null ? "–" : `${kilograms(before.weight_kg)} kg`} → ${kilograms(after.weight_kg)} kg`);
  }
  if (before.substitution_allowed !== after.substitution_allowed) {
    parts.push(`byte tillåtet ${yesNo(before.substitution_allowed)} → ${yesNo(after.substitution_allowed)}`);
  }
  if (before.needs_review !== after.needs_review) parts.push(after.needs_review ? "behöver kontrolleras" : "godkänd");
  return `${name || after.product || "Raden"}: ${parts.join(", ") || "ingen ändring"}`;
}

/** What an audit event says, in Swedish and with product names (never field names or ids). */
function auditDetails(event, names) {
  const d = event.details || {};
  const named = (ids) => list((ids || []).map((id) => names.get(id) || "en vara"));
  switch (event.action) {
    case "utterance":
      return [`”${d.text}” (${d.source === "speech" ? "sagt" : "skrivet"})`,
        d.added && d.added.length && `lade till ${list(d.added)}`,
        d.changed && d.changed.length && `ändrade ${list(d.changed)}`,
        d.removed && d.removed.length && `tog bort ${list(d.removed)}`].filter(Boolean).join(" · ");
    case "line_added": return `${d.name}: ${amount(d.count, d.weight_kg)}`;
    case "line_changed": return lineChange(d);
    case "line_removed": return d.name || d.phrase || "";
    case "repeat": return `lade till ${list(d.added)}`;
    case "undo": return d.undone ? `ångrade ”${d.undone}”` : "";
    case "basket_created": case "moved_to_next_delivery": return d.delivery_date ? `leverans ${day(d.delivery_date)}` : "";
    case "budget_override": return `”${d.reason}” · summa ${kr(d.total_sek)}, budget ${kr(d.budget_sek)}`;
    case "confirmed": case "order_submitted": return `summa ${kr(d.total_sek)} · leverans ${day(d.delivery_date)}`;
    case "order_sent": return d.vendor_order_number ? `butikens ordernummer ${d.vendor_order_number}` : "";
    case "order_failed": return "butiken svarade inte eller sa nej";
    case "order_change_refused": return d.reason || "";
    default:
      return [d.missing && d.missing.length && `saknades: ${named(d.missing)}`,
        d.substituted && d.substituted.length && `byttes ut: ${named(d.substituted)}`].filter(Boolean).join(" · ");
  }
}

async function auditTrail(order, into) {
  const { events } = await api("GET", `/api/v1/orders/${order.id}/audit`);
  const names = new Map(order.lines.filter((l) => l.product).map((l) => [l.product.id, l.product.name]));
  replace(into, h("h4", {}, "Händelser"),
    events.length === 0 ? h("p", {}, "Inga händelser.") : h("table", { class: "audit" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "När"), h("th", { scope: "col" }, "Vem"),
        h("th", { scope: "col" }, "Vad"), h("th", { scope: "col" }, "Detaljer"))),
      h("tbody", {}, events.map((e) => h("tr", {},
        h("td", {}, dateTime(e.at)), h("td", {}, e.actor || ""), h("td", {}, ACTIONS[e.action] || "Annan händelse"),
        h("td", {}, auditDetails(e, names))))),
    ));
}

/** One order in full: number, status, lines (with what came once it is delivered), audit trail on request. */
function orderCard(order, { heading = null, reopened = false } = {}) {
  const delivered = order.status === "delivered";
  const missing = delivered ? order.lines.filter((l) => l.outcome === "missing").length : 0;
  const substituted = delivered ? order.lines.filter((l) => l.outcome === "substituted").length : 0;
  const audit = h("div", { class: "audit-box" });
  const auditButton = h("button", { type: "button", class: "button secondary", dataset: { key: `audit-${order.id}` } },
    "Visa händelser");
  auditButton.addEventListener("click", () => busy(auditButton, async () => {
    await auditTrail(order, audit);
    auditButton.hidden = true;
  }));
  return h("article", { class: "card order", dataset: { orderId: order.id } },
    heading && h("h3", {}, heading),
    h("p", { class: "order-number" }, "Ordernummer: ", h("strong", {}, orderNumber(order))),
    h("p", {}, "Status: ", statusBadge(order)),
    changeControls(order, reopened),
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

/**
 * A client's orders on the staff page: the order just sent and the history, drawn from one list that
 * is fetched again (every few seconds while an order is on its way), so the two never disagree.
 */
export function orderSection(clientId, sentBox, historyBox) {
  let orders = null;
  let sentId = null;
  let reopenedId = null; // the order the basket above is open to change
  let drawn = "";
  let timer = null;
  let polls = 0;
  const open = new Set();

  const historyRow = (order) => {
    const expanded = open.has(order.id);
    const button = h("button", { type: "button", class: "button secondary", "aria-expanded": expanded ? "true" : "false",
      dataset: { key: `order-${order.id}` } }, `${expanded ? "Dölj" : "Visa"} order ${order.vendor_order_number || order.id}`);
    button.addEventListener("click", () => {
      if (expanded) open.delete(order.id); else open.add(order.id);
      draw(true);
    });
    return h("li", { class: "order-row" },
      h("p", {}, h("strong", {}, day(order.delivery_date)), ` · ${kr(order.total_sek)} · `, statusBadge(order)),
      button, h("div", { class: "order-detail" }, expanded && orderCard(order, { reopened: order.id === reopenedId })));
  };

  function draw(force = false) {
    const now = JSON.stringify([orders, sentId, reopenedId]);
    if (!force && now === drawn) return; // nothing new: an open audit trail and the focus stay as they are
    drawn = now;
    const sent = sentId !== null && orders.find((o) => o.id === sentId);
    rerender(sentBox, sent ? orderCard(sent, { heading: "Beställningen är skickad", reopened: sent.id === reopenedId }) : null);
    rerender(historyBox, orders.length === 0 ? h("p", {}, "Inga beställningar ännu.")
      : h("ul", { class: "order-history" }, orders.map(historyRow)));
  }

  const fetchOrders = newestOnly(() => api("GET", `/api/v1/orders?client_id=${encodeURIComponent(clientId)}`));
  async function refresh() {
    clearTimeout(timer);
    const answer = await fetchOrders();
    if (!answer) return; // a newer refresh draws, and polls on
    ({ orders } = answer);
    draw();
    if (orders.some((o) => !FINISHED.has(o.status)) && polls < MAX_POLLS) {
      polls += 1;
      timer = setTimeout(() => refresh().catch(() => undefined), POLL_MS); // a network blip: the next poll shows it
    }
  }

  return {
    refresh,
    /** A just-sent order: shown on its own at the top as well as in the history. */
    sent(order) {
      sentId = order.id;
      polls = 0;
      return refresh();
    },
    /** The basket is open to change this order (null: to change none): its card says so instead of offering it. */
    reopened(orderId) {
      reopenedId = orderId;
      if (orders) draw();
    },
    stop: () => clearTimeout(timer),
  };
}
