// Staff views: "Mina kunder", and one client's page to review the basket, hand the tablet over,
// confirm, send, and look back at earlier orders.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { icon } from "./icons.js";
import { kr, krSpoken, day, dayAndTime, size, WEEKDAYS, plural } from "./format.js";
import { canReadAloud, readAloud } from "./readaloud.js";
import { BasketStore, basketNotice, lineCard, totalBox, deliveryText, lineCountText } from "./basket.js";
import { followOrder, orderHistory } from "./orders.js";
import { learnedReadings } from "./readings.js";
import { busy, loadInto, rerender, setTopbar, showNotice, view } from "./shell.js";

const BASKET_FAILED = "Korgen gick inte att hämta.";
const HISTORY_FAILED = "Beställningarna gick inte att hämta.";

function basketSummary(basket) {
  if (!basket) return h("p", { class: "basket-state" }, "Ingen korg påbörjad för nästa leverans.");
  const state = basket.status === "confirmed" ? "Korgen är bekräftad och väntar på att skickas" : "Korgen är öppen";
  return h("div", { class: "basket-state" },
    h("p", {}, basket.status === "confirmed" ? h("span", { "aria-hidden": "true" }, "✓ ") : icon("cart"),
      `${state}: ${plural(basket.line_count, "vara", "varor")}, ${kr(basket.total_sek)}`),
    basket.needs_review > 0 && h("p", { class: "flag-label" }, h("span", { class: "flag-icon", "aria-hidden": "true" }, "!"),
      `${plural(basket.needs_review, "vara behöver", "varor behöver")} kontrolleras`),
  );
}

function clientCard(client, ctx) {
  const next = client.next_delivery || {};
  return h("li", { class: "card client", dataset: { clientId: client.id } },
    h("h2", {}, client.display_name),
    client.address && h("p", { class: "muted" }, client.address),
    h("p", {}, icon("truck"), "Leverans: ", h("strong", {}, next.date ? day(next.date) : WEEKDAYS[client.delivery_weekday])),
    next.cutoff_at && h("p", {}, "Beställ senast: ", h("strong", {}, dayAndTime(next.cutoff_at))),
    basketSummary(client.basket),
    h("button", { type: "button", class: "button primary", onclick: () => ctx.go(`#/kund/${client.id}`) },
      `Öppna ${client.display_name}`),
  );
}

function weekdaySelect(id, selected) {
  return h("select", { id, name: id }, WEEKDAYS.map((name, i) =>
    h("option", { value: String(i), selected: i === selected }, name)));
}

/** A short form for a new client; the staff member creating it is assigned by the service. */
function newClientForm(onCreated) {
  const field = (id, label, input) => [h("label", { for: id }, label), input];
  const name = h("input", { id: "nc-name", required: true, autocomplete: "off" });
  const address = h("input", { id: "nc-address", autocomplete: "off" });
  const phone = h("input", { id: "nc-phone", type: "tel", autocomplete: "off" });
  const delivery = weekdaySelect("nc-delivery", 1);
  const cutoffDay = weekdaySelect("nc-cutoff-day", 0);
  const cutoffTime = h("input", { id: "nc-cutoff-time", type: "time", value: "12:00" });
  const budget = h("input", { id: "nc-budget", type: "number", min: "0", step: "10", inputmode: "numeric" });
  const diet = h("input", { id: "nc-diet", placeholder: "till exempel laktosfri, glutenfri" });
  const submit = h("button", { type: "submit", class: "button primary" }, "Spara kunden");
  const form = h("form", { class: "card new-client" },
    h("h2", {}, "Ny kund"),
    field("nc-name", "Namn", name), field("nc-address", "Adress", address), field("nc-phone", "Telefon", phone),
    field("nc-delivery", "Leveransdag", delivery), field("nc-cutoff-day", "Sista beställningsdag", cutoffDay),
    field("nc-cutoff-time", "Sista beställningstid", cutoffTime), field("nc-budget", "Veckobudget i kronor (frivilligt)", budget),
    field("nc-diet", "Kost (frivilligt)", diet),
    h("div", { class: "form-actions" }, submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const client = await api("POST", "/api/v1/clients", {
        display_name: name.value.trim(), address: address.value.trim(), phone: phone.value.trim(),
        delivery_weekday: Number(delivery.value), cutoff_weekday: Number(cutoffDay.value), cutoff_time: cutoffTime.value,
        budget_sek: budget.value === "" ? null : Number(budget.value),
        diet: diet.value.split(",").map((d) => d.trim()).filter(Boolean),
      });
      onCreated(client);
    });
  });
  return form;
}

export async function clientListView(ctx) {
  const root = view();
  setTopbar(`Inloggad som ${ctx.session.username}`, ctx.logoutButton());
  const list = h("div", { class: "client-list" }, h("p", { class: "loading" }, "Hämtar dina kunder …"));
  const formBox = h("div");
  const newButton = h("button", { type: "button", class: "button secondary", "aria-expanded": "false" }, "+ Ny kund");
  newButton.addEventListener("click", () => {
    const open = newButton.getAttribute("aria-expanded") === "true";
    newButton.setAttribute("aria-expanded", open ? "false" : "true");
    replace(formBox, open ? null : newClientForm((client) => ctx.go(`#/kund/${client.id}`)));
  });
  replace(root, h("div", { class: "page staff" },
    h("div", { class: "page-head" }, h("h1", {}, "Mina kunder"), newButton), formBox, list));
  try {
    const { clients } = await api("GET", "/api/v1/clients");
    replace(list, clients.length === 0
      ? h("p", { class: "card" }, "Du har inga kunder ännu. Lägg till en med knappen ”Ny kund”.")
      : h("ul", { class: "clients" }, clients.map((c) => clientCard(c, ctx))));
  } catch (error) {
    replace(list, h("p", { class: "card" }, "Kundlistan gick inte att hämta."));
    showNotice(error.message);
  }
}

function clientHeader(client) {
  return h("section", { class: "card client-head" },
    h("h1", {}, client.display_name),
    h("p", {}, [client.address, client.phone].filter(Boolean).join(" · ")),
    client.diet && client.diet.length > 0 && h("p", {}, `Kost: ${client.diet.join(", ")}`),
    client.notes && h("p", { class: "muted" }, client.notes),
  );
}

/** Search the catalog and add a product directly (when the words did not find it). */
function catalogSearch(store) {
  const input = h("input", { id: "search-q", type: "search", autocomplete: "off", enterkeyhint: "search" });
  const results = h("ul", { class: "search-results", "aria-live": "polite" });
  const button = h("button", { type: "submit", class: "button secondary" }, "Sök");
  const form = h("form", { class: "inline-form", role: "search" },
    h("label", { for: "search-q" }, "Sök i sortimentet"), h("div", { class: "row" }, input, button));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    busy(button, async () => {
      const { results: found } = await api("GET", `/api/v1/catalog/search?q=${encodeURIComponent(input.value.trim())}&limit=8`);
      replace(results, found.length === 0 ? h("li", {}, "Inga träffar.") : found.map((p) => h("li", {},
        h("span", {}, h("strong", { class: "result-name" }, p.name), " ",
          [p.brand, size(p), kr(p.price_sek)].filter(Boolean).join(" · ")),
        h("button", { type: "button", class: "button secondary", "aria-label": `Lägg till ${p.name}`,
          onclick: (e) => busy(e.currentTarget, () => store.add(p.id, 1)) }, "Lägg till"),
      )));
    });
  });
  return h("div", { class: "search" }, form, results);
}

function typedForm(store, onReply) {
  const input = h("input", { id: "staff-text", autocomplete: "off", enterkeyhint: "send",
    placeholder: "till exempel: två mjölk och ett bröd" });
  const button = h("button", { type: "submit", class: "button primary" }, "Lägg till");
  const form = h("form", { class: "inline-form" },
    h("label", { for: "staff-text" }, "Skriv vad kunden vill ha"), h("div", { class: "row" }, input, button));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    busy(button, async () => {
      const { reply } = await store.utterance(text, "typed");
      input.value = ""; // only after the service has it: a failure keeps what was typed
      onReply(reply);
    });
  });
  return form;
}

/** Confirm and send. Confirming shows the client the total; only a confirmed basket can be sent. */
function confirmPanel(basket, store, onOrder) {
  if (!basket.lines.length) return null;
  if (basket.status === "confirmed") {
    const send = h("button", { type: "button", class: "button primary big" }, "Skicka beställningen");
    send.addEventListener("click", () => busy(send, async () => onOrder(await store.submit())));
    const read = h("button", { type: "button", class: "button secondary big" }, icon("speaker"), "Läs upp summan");
    read.addEventListener("click", () => {
      if (canReadAloud()) readAloud(`Att betala ${krSpoken(basket.total_sek)}. Leverans ${day(basket.delivery_date)}.`);
      else showNotice("Den här surfplattan kan inte läsa upp text.");
    });
    return h("section", { class: "card confirm shown-to-client", "aria-labelledby": "confirm-heading" },
      h("h2", { id: "confirm-heading" }, "Visa kunden innan du skickar"),
      h("p", { class: "confirm-total" }, "Att betala: ", h("strong", {}, kr(basket.total_sek))),
      h("p", { class: "confirm-lines" }, `${lineCountText(basket)} · leverans ${day(basket.delivery_date)}`),
      basket.budget_override_reason && h("p", {}, `Över budget: ${basket.budget_override_reason}`),
      h("p", { class: "muted" }, "Ändrar du något i korgen behöver den bekräftas igen."),
      h("div", { class: "row" }, send, read));
  }
  const unresolved = basket.unresolved || 0;
  const reason = basket.over_budget ? h("input", { id: "override-reason", autocomplete: "off" }) : null;
  const confirm = h("button", { type: "button", class: "button primary big", disabled: unresolved > 0 }, "Bekräfta korgen");
  confirm.addEventListener("click", () => busy(confirm, async () => {
    if (reason && !reason.value.trim()) {
      showNotice("Skriv varför budgeten får överskridas innan du bekräftar.");
      reason.focus();
      return;
    }
    await store.confirm(reason ? reason.value.trim() : null);
  }));
  return h("section", { class: "card confirm", "aria-labelledby": "confirm-heading" },
    h("h2", { id: "confirm-heading" }, "Bekräfta och skicka"),
    unresolved > 0 && h("p", { class: "flag-label" }, h("span", { class: "flag-icon", "aria-hidden": "true" }, "!"),
      `${plural(unresolved, "vara behöver", "varor behöver")} kontrolleras innan du kan bekräfta.`),
    reason && [h("label", { for: "override-reason" }, "Korgen är över budget. Varför är det ändå rätt?"), reason],
    confirm);
}

export async function clientPageView(ctx, clientId) {
  const root = view();
  setTopbar(`Inloggad som ${ctx.session.username}`, ctx.logoutButton());
  let client;
  try {
    client = await api("GET", `/api/v1/clients/${clientId}`);
  } catch (error) {
    replace(root, h("div", { class: "page staff" }, h("p", { class: "card" }, "Kunden gick inte att visa."),
      h("button", { type: "button", class: "button secondary", onclick: () => ctx.go("#/") }, "← Mina kunder")));
    showNotice(error.message);
    return undefined;
  }
  const reply = h("p", { class: "reply", role: "status" });
  const basketBox = h("div", { class: "basket-box" }, h("p", { class: "loading" }, "Hämtar korgen …"));
  const orderBox = h("div", { class: "order-box" });
  const historyBox = h("div", { class: "history-box" }, h("p", { class: "loading" }, "Hämtar beställningar …"));
  let stopFollowing = null;
  const showReply = (text) => { reply.textContent = text || ""; };
  const readings = learnedReadings(clientId);

  const onOrder = (order) => {
    if (!order) return;
    if (stopFollowing) stopFollowing();
    stopFollowing = followOrder(order, orderBox);
    orderBox.scrollIntoView({ block: "start" });
    loadInto(basketBox, BASKET_FAILED, () => store.load());
    loadInto(historyBox, HISTORY_FAILED, () => orderHistory(clientId, historyBox));
  };
  const render = (basket) => (readings.refresh(), rerender(basketBox,
    deliveryText(basket),
    basketNotice(basket),
    h("h2", {}, `Korgen – ${lineCountText(basket)}`),
    basket.lines.length === 0 ? h("p", { class: "empty" }, "Korgen är tom.")
      : h("ul", { class: "lines" }, basket.lines.map((line) => lineCard(line, store.actions, { staff: true }))),
    totalBox(basket),
    confirmPanel(basket, store, onOrder),
  ));
  const store = new BasketStore(clientId, render);

  const tablet = h("button", { type: "button", class: "button primary big" },
    icon("tablet"), "Ge surfplattan till kunden");
  tablet.addEventListener("click", () => busy(tablet, async () => {
    ctx.enter(await api("POST", `/api/v1/clients/${clientId}/tablet`, {}));
  }));
  const repeat = h("button", { type: "button", class: "button secondary" }, "Samma som förra veckan");
  repeat.addEventListener("click", () => busy(repeat, async () => showReply((await store.repeat("last")).reply)));

  replace(root, h("div", { class: "page staff client-page" },
    h("button", { type: "button", class: "button secondary", onclick: () => ctx.go("#/") }, "← Mina kunder"),
    clientHeader(client),
    h("section", { class: "card handover" },
      h("p", {}, "Låt kunden själv prata eller skriva sin lista på surfplattan. Du loggar in igen när du får tillbaka den."),
      tablet),
    h("section", { class: "card review", "aria-label": "Korgen" },
      typedForm(store, showReply), reply,
      h("div", { class: "row" }, repeat),
      basketBox,
      catalogSearch(store)),
    orderBox,
    readings.element,
    h("section", { class: "card history" }, h("h2", {}, "Tidigare beställningar"), historyBox),
  ));
  loadInto(basketBox, BASKET_FAILED, () => store.load());
  loadInto(historyBox, HISTORY_FAILED, () => orderHistory(clientId, historyBox));
  return () => { if (stopFollowing) stopFollowing(); };
}
