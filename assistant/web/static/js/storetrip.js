// "Butiksinköp": staff shopping in a store for several clients at once. One combined list by store
// department with a numbered bag per client, ticked off on the phone (bought, missing, substituted, the
// receipt's price) or printed on A4 in large type.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { countGuessText, kr, day, plural } from "./format.js";
import { busy, rerender, setTopbar, showNotice, view } from "./shell.js";

const OUTCOME_TEXT = { delivered: "Köpt", missing: "Saknas", substituted: "Bytt" };

function amount(line) {
  return line.weight_kg ? `${String(line.weight_kg).replace(".", ",")} kg` : `${line.count} st`;
}

function priceInput(line) {
  const id = `price-${line.id}`;
  const input = h("input", { id, type: "number", inputmode: "decimal", min: "0", step: "0.01",
    value: String(line.substitute ? line.substitute.price_sek : line.unit_price_sek) });
  return [h("label", { for: id, class: "price-label" }, "Pris på kvittot (kr)"), input];
}

function lineCard(line, trip, onTrip) {
  const [priceLabel, price] = priceInput(line);
  const substituteId = `substitute-${line.id}`;
  const substitute = h("input", { id: substituteId, autocomplete: "off", value: line.substitute ? line.substitute.name : "" });
  const substituteField = h("div", { class: "substitute-field", hidden: line.outcome !== "substituted" },
    h("label", { for: substituteId }, "Vad köptes i stället?"), substitute);
  const send = (button, outcome) => busy(button, async () => {
    if (outcome === "substituted" && !substitute.value.trim()) {
      substituteField.hidden = false;
      substitute.focus();
      showNotice("Skriv vad som köptes i stället och tryck ”Bytt” igen.", "info");
      return;
    }
    const body = { outcome };
    if (outcome && price.value !== "") body.actual_price_sek = Number(price.value);
    if (outcome === "substituted") body.substitute_name = substitute.value.trim();
    onTrip(await api("PATCH", `/api/v1/store-trips/${trip.id}/lines/${line.id}`, body));
  });
  const choice = (outcome) => h("button", { type: "button", class: `button ${line.outcome === outcome ? "primary" : "secondary"}`,
    "aria-pressed": line.outcome === outcome ? "true" : "false", dataset: { key: `${line.id}-${outcome}` },
    onclick: (e) => send(e.currentTarget, line.outcome === outcome ? null : outcome) }, OUTCOME_TEXT[outcome]);
  const finished = trip.status !== "open";
  return h("li", { class: `trip-line${line.outcome ? ` done outcome-${line.outcome}` : ""}`, dataset: { lineId: line.id } },
    h("p", { class: "trip-product" }, h("span", { class: "print-box", "aria-hidden": "true" }, "☐ "),
      h("strong", {}, line.product.name), line.product.brand ? ` · ${line.product.brand}` : ""),
    h("p", { class: "trip-amount" }, h("strong", {}, amount(line)), ` · påse ${line.bag} (${line.client_name})`,
      line.substitution_allowed ? " · byte tillåtet" : " · inget byte", ` · ca ${kr(line.unit_price_sek)}`,
      line.count_estimated ? ` · ${countGuessText(line, true)}` : ""),
    line.outcome && h("p", { class: "trip-outcome" }, `${OUTCOME_TEXT[line.outcome]}`,
      line.substitute ? `: ${line.substitute.name}, ${kr(line.substitute.price_sek)}` : "",
      line.outcome === "delivered" ? `, ${kr(line.unit_price_sek)}` : ""),
    !finished && h("div", { class: "trip-controls no-print" },
      h("div", { class: "row" }, choice("delivered"), choice("missing"), choice("substituted")),
      substituteField, h("div", { class: "price-field" }, priceLabel, price)));
}

function tripList(trip, onTrip) {
  return [
    h("section", { class: "card bags", "aria-labelledby": "bags-heading" },
      h("h2", { id: "bags-heading" }, "Påsar"),
      h("ol", { class: "bag-list" }, trip.bags.map((bag) => h("li", {},
        h("strong", {}, `Påse ${bag.bag}: ${bag.client_name}`), ` · ${plural(bag.lines, "vara", "varor")}`)))),
    trip.departments.map((department) => h("section", { class: "card department" },
      h("h2", {}, department.name),
      h("ul", { class: "trip-lines" }, department.lines.map((line) => lineCard(line, trip, onTrip))))),
  ];
}

export async function storeTripView(ctx, tripId) {
  const root = view();
  setTopbar(`Inloggad som ${ctx.session.username}`, ctx.logoutButton());
  let trip = await api("GET", `/api/v1/store-trips/${tripId}`);
  const body = h("div", { class: "trip-body" });
  const status = h("p", { class: "trip-status no-print", role: "status" });
  const finish = h("button", { type: "button", class: "button primary big no-print" }, "Avsluta inköpet");
  const print = h("button", { type: "button", class: "button secondary no-print", onclick: () => window.print() }, "Skriv ut listan");
  const show = (next) => {
    trip = next;
    status.textContent = trip.status === "open"
      ? `${plural(trip.remaining, "vara", "varor")} kvar att pricka av.` : "Inköpet är avslutat.";
    finish.hidden = trip.status !== "open";
    rerender(body, tripList(trip, show));
  };
  finish.addEventListener("click", () => busy(finish, async () => {
    const done = await api("POST", `/api/v1/store-trips/${trip.id}/finish`, {});
    show(done);
    showNotice(done.message, "info");
  }));
  replace(root, h("div", { class: "page staff store-trip" },
    h("a", { class: "button secondary no-print", href: "#/butik" }, "← Butiksinköp"),
    h("h1", {}, `Butiksinköp: ${trip.store}`),
    h("div", { class: "row no-print" }, print), status, body, finish));
  show(trip);
  return undefined;
}

export async function storeTripsView(ctx) {
  const root = view();
  setTopbar(`Inloggad som ${ctx.session.username}`, ctx.logoutButton());
  const [{ clients }, { trips }] = await Promise.all([api("GET", "/api/v1/clients"), api("GET", "/api/v1/store-trips")]);
  const ready = clients.filter((c) => c.basket && c.basket.status === "confirmed");
  const store = h("input", { id: "trip-store", autocomplete: "off", required: true, placeholder: "till exempel ICA Kvantum" });
  const boxes = ready.map((c) => h("input", { type: "checkbox", id: `trip-client-${c.id}`, value: String(c.id), checked: true }));
  const start = h("button", { type: "submit", class: "button primary big" }, "Starta butiksinköpet");
  const form = h("form", { class: "card trip-start" },
    h("h2", {}, "Nytt butiksinköp"),
    ready.length === 0 ? h("p", {}, "Ingen kund har en bekräftad korg just nu. Bekräfta korgen först, skicka den inte.")
      : [h("fieldset", {}, h("legend", {}, "Kunder med bekräftad korg"),
        ready.map((c, i) => h("div", { class: "check" }, boxes[i],
          h("label", { for: boxes[i].id }, `${c.display_name} · ${plural(c.basket.line_count, "vara", "varor")} · leverans ${day(c.next_delivery.date)}`)))),
      h("label", { for: "trip-store" }, "Butik"), store, h("div", { class: "form-actions" }, start)]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(start, async () => {
      const chosen = boxes.filter((b) => b.checked).map((b) => Number(b.value));
      if (!chosen.length) throw new Error("Välj minst en kund.");
      const trip = await api("POST", "/api/v1/store-trips", { store: store.value.trim(), client_ids: chosen });
      ctx.go(`#/butik/${trip.id}`);
    });
  });
  replace(root, h("div", { class: "page staff store-trips" },
    h("div", { class: "page-head" }, h("h1", {}, "Butiksinköp")),
    h("p", {}, "Handla i butik åt flera kunder på en gång: en gemensam lista per avdelning och en påse per kund."),
    form,
    h("section", { class: "card" }, h("h2", {}, "Inköp"),
      trips.length === 0 ? h("p", {}, "Inga butiksinköp ännu.") : h("ul", { class: "trip-list" }, trips.map((t) => h("li", {},
        h("a", { href: `#/butik/${t.id}` }, `${t.store}: ${t.bags.map((b) => b.client_name).join(", ")}`),
        h("span", { class: "muted" }, t.status === "open" ? " · pågår" : " · avslutat")))))));
  return undefined;
}
