// Staff views: "Mina kunder", and one client's page to review the basket, hand the tablet over,
// confirm, send, and look back at earlier orders.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { icon } from "./icons.js";
import { kr, krSpoken, day, dayAndTime, size, WEEKDAYS, plural } from "./format.js";
import { canReadAloud, readAloud } from "./readaloud.js";
import { BasketStore, basketNotice, lineCard, totalBox, deliveryText, lineCountText } from "./basket.js";
import { orderSection } from "./orders.js";
import { learnedReadings } from "./readings.js";
import { clientAdmin, serviceCard, staffPicker } from "./clientadmin.js";
import { busy, loadInto, rerender, showNotice, view } from "./shell.js";

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

/** The client's details: a new client (the staff member creating it is assigned by the service), or
 * every field of an existing one. `onSaved(client)` gets the service's answer. */
function clientForm(onSaved, existing = null) {
  const p = existing ? "ec" : "nc";
  const c = existing || { delivery_weekday: 1, cutoff_weekday: 0, cutoff_time: "12:00", diet: [] };
  const field = (id, label, input) => [h("label", { for: `${p}-${id}` }, label), input];
  const text = (id, value, attrs = {}) => h("input", { id: `${p}-${id}`, autocomplete: "off", value: value ?? "", ...attrs });
  const name = text("name", c.display_name, { required: true });
  const address = text("address", c.address);
  const phone = text("phone", c.phone, { type: "tel" });
  const delivery = weekdaySelect(`${p}-delivery`, c.delivery_weekday);
  const cutoffDay = weekdaySelect(`${p}-cutoff-day`, c.cutoff_weekday);
  const cutoffTime = text("cutoff-time", c.cutoff_time, { type: "time" });
  const budget = text("budget", c.budget_sek, { type: "number", min: "0", step: "10", inputmode: "numeric" });
  const diet = text("diet", (c.diet || []).join(", "), { placeholder: "till exempel laktosfri, glutenfri" });
  const notes = h("textarea", { id: `${p}-notes`, rows: "2", maxlength: "2000" }, c.notes || "");
  const swap = h("input", { id: `${p}-swap`, type: "checkbox", checked: Boolean(c.substitution_default) });
  const submit = h("button", { type: "submit", class: "button primary" }, existing ? "Spara ändringarna" : "Spara kunden");
  const form = h("form", { class: `card ${existing ? "edit-client" : "new-client"}`, "aria-labelledby": `${p}-heading` },
    h("h2", { id: `${p}-heading` }, existing ? `Ändra uppgifter för ${existing.display_name}` : "Ny kund"),
    field("name", "Namn", name), field("address", "Adress", address), field("phone", "Telefon", phone),
    field("delivery", "Leveransdag", delivery), field("cutoff-day", "Sista beställningsdag", cutoffDay),
    field("cutoff-time", "Sista beställningstid", cutoffTime), field("budget", "Veckobudget i kronor (frivilligt)", budget),
    field("diet", "Kost (frivilligt)", diet), field("notes", "Anteckningar (frivilligt)", notes),
    h("div", { class: "check" }, swap, h("label", { for: `${p}-swap` }, "Byte tillåtet som standard på nya varor")),
    h("div", { class: "form-actions" }, submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(submit, async () => {
      const fields = {
        display_name: name.value.trim(), address: address.value.trim(), phone: phone.value.trim(),
        delivery_weekday: Number(delivery.value), cutoff_weekday: Number(cutoffDay.value), cutoff_time: cutoffTime.value,
        budget_sek: budget.value === "" ? null : Number(budget.value),
        diet: diet.value.split(",").map((d) => d.trim()).filter(Boolean),
        notes: notes.value.trim(), substitution_default: swap.checked,
      };
      onSaved(existing ? await api("PATCH", `/api/v1/clients/${existing.id}`, fields)
        : await api("POST", "/api/v1/clients", fields));
    });
  });
  return form;
}

export async function clientListView(ctx) {
  const root = view();
  ctx.staffBar();
  const list = h("div", { class: "client-list" }, h("p", { class: "loading" }, "Hämtar dina kunder …"));
  const formBox = h("div");
  const newButton = h("button", { type: "button", class: "button secondary", "aria-expanded": "false" }, "+ Ny kund");
  newButton.addEventListener("click", () => {
    const open = newButton.getAttribute("aria-expanded") === "true";
    newButton.setAttribute("aria-expanded", open ? "false" : "true");
    replace(formBox, open ? null : clientForm((client) => ctx.go(`#/kund/${client.id}`)));
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

function clientFacts(client) {
  return [
    h("h1", {}, client.display_name),
    h("p", {}, [client.address, client.phone].filter(Boolean).join(" · ")),
    client.diet && client.diet.length > 0 && h("p", {}, `Kost: ${client.diet.join(", ")}`),
    h("p", {}, `Byte tillåtet som standard: ${client.substitution_default ? "ja" : "nej"}`),
    client.staff && client.staff.length > 0 && h("p", {}, `Personal: ${client.staff.join(", ")}`),
    client.notes && h("p", { class: "muted" }, client.notes),
  ];
}

/** Name and details, with "Ändra uppgifter" opening the form for every field in place. */
function clientHeader(client, tabletButton) {
  const facts = h("div", { class: "client-facts" }, clientFacts(client));
  const formBox = h("div");
  const edit = h("button", { type: "button", class: "button secondary", "aria-expanded": "false" }, "Ändra uppgifter");
  edit.addEventListener("click", () => {
    const open = edit.getAttribute("aria-expanded") === "true";
    edit.setAttribute("aria-expanded", open ? "false" : "true");
    replace(formBox, open ? null : clientForm((saved) => {
      Object.assign(client, saved);
      replace(facts, clientFacts(client));
      replace(formBox);
      edit.setAttribute("aria-expanded", "false");
      edit.focus();
    }, client));
  });
  return h("section", { class: "card client-head" },
    h("div", { class: "client-head-row" }, facts, h("div", { class: "client-head-actions" }, tabletButton, edit)),
    formBox);
}

/** The invoice basis per month, as the CSV file the service makes. */
function invoiceBox(client) {
  const now = new Date();
  const month = h("input", { id: "invoice-month", type: "month",
    value: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}` });
  const link = h("a", { class: "button secondary", download: "" }, "Ladda ner fakturaunderlaget");
  const update = () => {
    link.href = `/api/v1/clients/${client.id}/invoice-basis.csv?month=${encodeURIComponent(month.value)}`;
    link.setAttribute("aria-label", `Ladda ner fakturaunderlaget för ${month.value}`);
  };
  month.addEventListener("input", update);
  update();
  return h("section", { class: "card invoice", "aria-labelledby": "invoice-heading" },
    h("h2", { id: "invoice-heading" }, "Fakturaunderlag"),
    h("p", {}, "Det som levererades under en månad och vad det kostade, som en fil för kalkylprogram."),
    h("label", { for: "invoice-month" }, "Månad"), h("div", { class: "row" }, month, link));
}

/** A colleague who is not assigned to this client (e.g. taking the tablet back): why, and what to do. */
function notAssigned(ctx, clientId) {
  replace(view(), h("div", { class: "page staff" }, h("section", { class: "card", "aria-labelledby": "na-heading" },
    h("h1", { id: "na-heading" }, "Du är inte personal för den här kunden"),
    h("p", {}, `Kunden (nummer ${clientId}) finns inte bland dina kunder, så du kan inte se eller ändra korgen. `,
      "Det kan också vara så att kunden har tagits bort."),
    h("p", {}, "Så gör du: be kundens kontaktperson i din enhet att fortsätta, eller be en administratör ",
      "lägga till dig som personal för kunden (under ”Personal för kunden” på kundsidan)."),
    h("button", { type: "button", class: "button primary", onclick: () => ctx.go("#/") }, "← Mina kunder"))));
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

/** A basket reopened to change a sent order says so before anything is confirmed or sent. */
function changeNotice(basket) {
  const order = basket.changes_order;
  if (!order) return null;
  return h("section", { class: "card change-notice", "aria-labelledby": "change-notice-heading" },
    h("h2", { id: "change-notice-heading" }, "Du ändrar en skickad beställning"),
    h("p", {}, order.notice),
    h("p", {}, "Beställt nu: ", h("strong", {}, kr(order.total_sek)), "."));
}

/** Confirm and send. Confirming shows the client the total; only a confirmed basket can be sent. */
function confirmPanel(basket, store, onOrder) {
  if (!basket.lines.length) return null;
  const changing = Boolean(basket.changes_order);
  if (basket.status === "confirmed") {
    // The same key as "Bekräfta korgen": a keyboard user who confirmed lands on "Skicka beställningen".
    const send = h("button", { type: "button", class: "button primary big", dataset: { key: "confirm" } },
      changing ? "Skicka ändringen till butiken" : "Skicka beställningen");
    send.addEventListener("click", () => busy(send, async () => onOrder(await store.submit())));
    const read = h("button", { type: "button", class: "button secondary big" }, icon("speaker"), "Läs upp summan");
    read.addEventListener("click", () => {
      if (canReadAloud()) readAloud(`Att betala ${krSpoken(basket.total_sek)}. Leverans ${day(basket.delivery_date)}.`);
      else showNotice("Den här surfplattan kan inte läsa upp text.");
    });
    return h("section", { class: "card confirm shown-to-client", "aria-labelledby": "confirm-heading" },
      h("h2", { id: "confirm-heading" }, "Visa kunden innan du skickar"),
      h("p", { class: "confirm-total" }, "Att betala: ", h("strong", { class: "total-value" }, kr(basket.total_sek))),
      h("p", { class: "confirm-lines" }, `${lineCountText(basket)} · leverans ${day(basket.delivery_date)}`),
      basket.budget_override_reason && h("p", {}, `Över budget: ${basket.budget_override_reason}`),
      changing && h("p", { class: "change-line" }, "Det här är en ändring: korgen ersätter hela beställningen som butiken redan har."),
      h("p", { class: "muted" }, "Ändrar du något i korgen behöver den bekräftas igen."),
      h("div", { class: "row" }, send, read));
  }
  const unresolved = basket.unresolved || 0;
  const reason = basket.over_budget ? h("input", { id: "override-reason", autocomplete: "off" }) : null;
  const confirm = h("button", { type: "button", class: "button primary big", disabled: unresolved > 0,
    dataset: { key: "confirm" } }, changing ? "Bekräfta ändringen" : "Bekräfta korgen");
  confirm.addEventListener("click", () => busy(confirm, async () => {
    if (reason && !reason.value.trim()) {
      showNotice("Skriv varför budgeten får överskridas innan du bekräftar.");
      reason.focus();
      return;
    }
    await store.confirm(reason ? reason.value.trim() : null);
  }));
  return h("section", { class: "confirm confirm-bar", "aria-label": "Summa och bekräfta" },
    totalBox(basket),
    h("div", { class: "confirm-actions" },
      unresolved > 0 && h("p", { class: "flag-label" }, h("span", { class: "flag-icon", "aria-hidden": "true" }, "!"),
        `${plural(unresolved, "rad behöver", "rader behöver")} kontrolleras innan du kan bekräfta.`),
      reason && h("div", { class: "reason" }, h("label", { for: "override-reason" }, "Korgen är över budget. Varför är det ändå rätt?"), reason),
      confirm));
}

const unsure = (line) => Boolean(line.needs_review || !line.product);

/** "3 rader behöver kontrolleras", with a button per line that brings it into view and focuses it. */
function reviewSummary(lines) {
  const open = lines.filter(unsure);
  if (!open.length) return null;
  const jump = (line) => {
    const card = document.getElementById(`line-${line.id}`);
    if (!card) return;
    card.scrollIntoView({ block: "center" });
    const control = card.querySelector("button:not([disabled])");
    if (control) control.focus();
  };
  return h("nav", { class: "review-summary", "aria-label": "Rader att kontrollera" },
    h("p", { class: "flag-label" }, h("span", { class: "flag-icon", "aria-hidden": "true" }, "!"),
      h("strong", {}, `${plural(open.length, "rad behöver", "rader behöver")} kontrolleras`)),
    h("ul", { class: "row" }, open.map((line) => h("li", {}, h("button", {
      type: "button", class: "button secondary", onclick: () => jump(line),
    }, `Till ${line.product ? line.product.name : `”${line.phrase}”`}`)))));
}

export async function clientPageView(ctx, clientId) {
  const root = view();
  ctx.staffBar();
  let client;
  try {
    client = await api("GET", `/api/v1/clients/${clientId}`);
  } catch (error) {
    if (error.status === 404) {
      notAssigned(ctx, clientId);
      return undefined;
    }
    replace(root, h("div", { class: "page staff" }, h("p", { class: "card" }, "Kunden gick inte att visa."),
      h("button", { type: "button", class: "button secondary", onclick: () => ctx.go("#/") }, "← Mina kunder")));
    showNotice(error.message);
    return undefined;
  }
  // The settings only managers change; if the units cannot be read, the page works without the forms.
  const admin = await clientAdmin(ctx.session, client).catch(() => ({ manages: false, units: [] }));
  const reply = h("p", { class: "reply", role: "status" });
  const basketBox = h("div", { class: "basket-box" }, h("p", { class: "loading" }, "Hämtar korgen …"));
  const orderBox = h("div", { class: "order-box" });
  const historyBox = h("div", { class: "history-box" }, h("p", { class: "loading" }, "Hämtar beställningar …"));
  const orders = orderSection(clientId, orderBox, historyBox);
  const showReply = (text) => { reply.textContent = text || ""; };
  const readings = learnedReadings(clientId);

  const onOrder = (order) => {
    if (!order) return;
    loadInto(historyBox, HISTORY_FAILED, async () => {
      await orders.sent(order);
      orderBox.scrollIntoView({ block: "start" });
    });
    loadInto(basketBox, BASKET_FAILED, () => store.load());
  };
  // Flagged lines first (the rest keep their order), the summary above them, the total and
  // "Bekräfta korgen" in a bar that stays in reach at the bottom of the screen.
  const render = (basket) => {
    readings.refresh(); // a staff choice may have taught the client's reading of a phrase
    orders.reopened(basket.changes_order ? basket.changes_order.id : null);
    const lines = [...basket.lines.filter(unsure), ...basket.lines.filter((l) => !unsure(l))];
    rerender(basketBox,
      deliveryText(basket),
      changeNotice(basket),
      basketNotice(basket),
      h("h2", { id: "basket-heading" }, `Korgen – ${lineCountText(basket)}`),
      reviewSummary(lines),
      lines.length === 0 ? h("p", { class: "empty" }, "Korgen är tom.")
        : h("ul", { class: "lines" }, lines.map((line) => lineCard(line, store.actions, { staff: true }))),
      confirmPanel(basket, store, onOrder),
    );
  };
  const store = new BasketStore(clientId, render, {
    onAction: (kind, line, product) => showReply(kind === "choose" && product ? `Vald: ${product.name}.` : ""),
  });

  const tablet = h("button", { type: "button", class: "button primary" },
    icon("tablet"), "Ge surfplattan till kunden");
  tablet.addEventListener("click", () => busy(tablet, async () => {
    ctx.enter(await api("POST", `/api/v1/clients/${clientId}/tablet`, {}));
  }));
  const repeat = h("button", { type: "button", class: "button secondary" }, "Samma som förra veckan");
  repeat.addEventListener("click", () => busy(repeat, async () => showReply((await store.repeat("last")).reply)));

  replace(root, h("div", { class: "page staff client-page" },
    clientHeader(client, tablet),
    h("section", { class: "card review", "aria-label": "Korgen" },
      h("div", { class: "review-tools" }, typedForm(store, showReply), repeat), reply,
      basketBox,
      catalogSearch(store)),
    orderBox,
    readings.element,
    h("section", { class: "card history" }, h("h2", {}, "Tidigare beställningar"), historyBox),
    invoiceBox(client),
    serviceCard(client, admin),
    admin.manages && staffPicker(client, admin),
  ));
  loadInto(basketBox, BASKET_FAILED, () => store.load());
  loadInto(historyBox, HISTORY_FAILED, () => orders.refresh());
  return () => orders.stop();
}
