// The basket: one store that talks to the API (versions, conflicts, one write at a time) and the
// line cards both the client's tablet view and the staff review render.
import { api } from "./api.js";
import { busy } from "./shell.js";
import { h } from "./dom.js";
import { icon } from "./icons.js";
import { alternativesLabel, clientAlternatives, clientQuestion } from "./questions.js";
import { countGuessText, countText, kr, size, unitPrice, plural, day, dayAndTime, weighed } from "./format.js";

const STALE = "Korgen hade just ändrats på en annan skärm. Här är den senaste versionen – försök igen.";

function basketFromConflict(details) {
  const candidate = details && (details.basket || details);
  return candidate && Array.isArray(candidate.lines) && candidate.version !== undefined ? candidate : null;
}

export class BasketStore {
  /** `onAction(kind, line, product)` runs after a line's button did its work (e.g. to retire a stale reply). */
  constructor(clientId, onChange, { onAction = () => undefined } = {}) {
    this.clientId = clientId;
    this.onChange = onChange;
    this.onAction = onAction;
    this.basket = null;
    this.queue = Promise.resolve();
  }

  /** What the buttons on a line card do (errors become the notice). */
  get actions() {
    const run = (kind, line, write, product = null) => busy(null, async () => {
      await write();
      this.onAction(kind, line, product);
    });
    return {
      count: (line, delta) => run("count", line, () => this.step(line.id, delta)),
      remove: (line) => run("remove", line, () => this.remove(line.id)),
      // A pick settles the line unless it breaks the client's diet: the service decides.
      choose: (line, product) => run("choose", line, () => this.patch(line.id, { product_id: product.id }), product),
      resolve: (line) => run("resolve", line, () => this.patch(line.id, { resolved: true })),
      substitution: (line, allowed) => run("substitution", line,
        () => this.patch(line.id, { substitution_allowed: allowed })),
    };
  }

  get base() {
    return `/api/v1/clients/${this.clientId}/basket`;
  }

  set(basket) {
    this.basket = basket;
    this.onChange(basket);
  }

  line(lineId) {
    return this.basket && this.basket.lines.find((l) => l.id === lineId);
  }

  /** Reads wait in the same line as the writes: a sentence typed before the first read answered needs the
   * version that read brings, and a read answered after a write must not put the older basket back. */
  load() {
    return this.serial(async () => {
      this.set(await api("GET", this.base));
      return this.basket;
    });
  }

  /** Runs `run` once everything asked before it has finished, whether that worked or not. */
  serial(run) {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Writes run one after another, each with the version the last answer gave; `retry` repeats a write
   * whose meaning does not depend on what the basket looked like (a sentence) once after a conflict. */
  write(method, path, body, { retry = false, unwrap = (r) => r } = {}) {
    const run = async () => {
      const send = () => {
        const version = this.basket ? this.basket.version : undefined;
        if (method === "DELETE") return api(method, `${path}?version=${encodeURIComponent(version)}`);
        return api(method, path, { ...(typeof body === "function" ? body() : body), version });
      };
      let result;
      try {
        result = await send();
      } catch (error) {
        const current = error.status === 409 ? basketFromConflict(error.details) : null;
        if (!current) throw error;
        this.set(current);
        if (!retry) {
          error.message = STALE;
          throw error;
        }
        result = await send();
      }
      const basket = unwrap(result);
      if (basket) this.set(basket);
      return result;
    };
    return this.serial(run);
  }

  utterance(text, source) {
    return this.write("POST", `${this.base}/utterances`, { text, source }, { retry: true, unwrap: (r) => r.basket });
  }

  repeat(kind) {
    return this.write("POST", `${this.base}/repeat`, { kind }, { retry: true, unwrap: (r) => r.basket });
  }

  /** One tap on +/−, computed from the line as it is when the write actually runs (three quick taps add three). */
  step(lineId, delta) {
    return this.write("PATCH", `${this.base}/lines/${lineId}`, () => {
      const line = this.line(lineId);
      return line ? stepped(line, delta) : { count: 1 };
    });
  }

  patch(lineId, fields) {
    return this.write("PATCH", `${this.base}/lines/${lineId}`, fields);
  }

  remove(lineId) {
    return this.write("DELETE", `${this.base}/lines/${lineId}`);
  }

  add(productId, count = 1) {
    return this.write("POST", `${this.base}/lines`, { product_id: productId, count });
  }

  confirm(reason) {
    return this.write("POST", `${this.base}/confirm`, reason ? { budget_override_reason: reason } : {});
  }

  submit() {
    return this.write("POST", `${this.base}/submit`, {}, { unwrap: () => null });
  }
}

/** What a line is, in words a client understands. */
function lineTitle(line) {
  return line.product ? line.product.name : `”${line.phrase}”`;
}

/** Staff read the matcher's reason; the client gets the question the line asks (questions.js), never the reason. */
function flagText(line, staff) {
  if (staff) {
    if (!line.product) return [h("strong", {}, "Behöver kontrolleras. "), "Ingen vara hittades för orden."];
    return [h("strong", {}, "Behöver kontrolleras. "), line.reason || "Osäker träff."];
  }
  return clientQuestion(line);
}

/** Chilled, frozen, new price, a guessed count: the client reads the whole reason, staff a short word. */
function tags(line, staff = false) {
  return h(staff ? "span" : "div", { class: "tags" },
    line.count_estimated && h("span", { class: "tag estimated" }, countGuessText(line, staff)),
    line.chilled && h("span", { class: "tag chilled" }, h("span", { "aria-hidden": "true" }, "❄ "),
      staff ? "Kylvara" : "Kylvara – någon måste vara hemma"),
    line.frozen && h("span", { class: "tag frozen" }, h("span", { "aria-hidden": "true" }, "❄❄ "),
      staff ? "Fryst" : "Fryst – någon måste vara hemma"),
    line.price_changed_from !== null && line.price_changed_from !== undefined
      && h("span", { class: "tag price" }, `Nytt pris, var ${kr(line.price_changed_from)}`),
  );
}

const DISARM_MS = 5000;

/** On the client's tablet "Ta bort" takes two taps: a shaky hand does not lose a line by accident.
 * The first tap arms the button (and says so); true when this tap is the second. */
function armed(button, name) {
  if (button.dataset.armed) return true;
  button.dataset.armed = "1";
  button.classList.add("armed");
  button.setAttribute("aria-label", `Tryck igen för att ta bort ${name}`);
  button.lastChild.textContent = "Tryck igen för att ta bort";
  setTimeout(() => {
    delete button.dataset.armed;
    button.classList.remove("armed");
    button.setAttribute("aria-label", `Ta bort ${name}`);
    button.lastChild.textContent = "Ta bort";
  }, DISARM_MS);
  return false;
}

const KG_STEP = 0.1;
const MIN_KG = 0.1;
const MAX_KG = 20;

/** Pieces of loose goods whose piece weight is known (the server weighs them), else 0.1 kg; packages otherwise. */
function pieces(line) {
  return line.weight_estimated && line.count ? line.count : Math.max(1, Math.round(line.weight_kg / line.piece_weight_kg));
}

function stepped(line, delta) {
  if (!weighed(line)) return { count: Math.max(1, line.count + delta) };
  if (line.piece_weight_kg) return { count: Math.max(1, pieces(line) + delta) };
  const kg = Math.round((line.weight_kg + delta * KG_STEP) * 10) / 10;
  return { weight_kg: Math.min(MAX_KG, Math.max(MIN_KG, kg)) };
}

function atLeast(line) {
  if (!weighed(line)) return line.count <= 1;
  return line.piece_weight_kg ? pieces(line) <= 1 : line.weight_kg <= MIN_KG;
}

const CLIENT_ALTERNATIVES = 3; // few, large choices for the client; staff see all and can search

function countControls(line, name, actions, key) {
  return h("div", { class: "count", role: "group", "aria-label": `Antal ${name}` },
    h("button", {
      type: "button", class: "button round", "aria-label": `En mindre ${name}`, dataset: { key: key("minus") },
      disabled: atLeast(line), onclick: () => actions.count(line, -1),
    }, "−"),
    h("span", { class: "count-value" }, countText(line)),
    h("button", {
      type: "button", class: "button round", "aria-label": `En till ${name}`, dataset: { key: key("plus") },
      onclick: () => actions.count(line, 1),
    }, "+"),
  );
}

/** The products offered instead of the line's, as `offeredFor` chose them. */
function alternatives(line, offered, actions, key, staff) {
  return h("div", { class: "alternatives" },
    h("p", { class: "alternatives-label" }, staff ? (line.product ? "Eller välj en annan:" : "Välj en:")
      : alternativesLabel(line)),
    h("ul", { class: "alternative-list" }, offered.map((alt) => h("li", {},
      h("button", {
        type: "button", class: "button alternative", dataset: { key: key(`alt-${alt.id}`) },
        onclick: () => actions.choose(line, alt),
      }, h("span", { class: "alt-name" }, alt.name),
      h("span", { class: "alt-detail" }, [alt.brand, size(alt), kr(alt.price_sek)].filter(Boolean).join(" · "))),
    ))),
  );
}

/** Staff see every alternative; the client a few, and only the sizes when the question is the size. */
function offeredFor(line, staff) {
  return staff ? line.alternatives || [] : clientAlternatives(line).slice(0, CLIENT_ALTERNATIVES);
}

/**
 * One basket line as a card. `actions`: {count(line, delta), remove(line), choose(line, product),
 * resolve(line), substitution(line, allowed)}; `staff` adds the review controls.
 */
export function lineCard(line, actions, { staff = false, changed = false } = {}) {
  const flagged = line.needs_review || !line.product;
  const name = lineTitle(line);
  const key = (what) => `${what}-${line.id}`;
  const detail = line.product && [line.product.brand, size(line.product), unitPrice(line.product)].filter(Boolean).join(" · ");
  const approve = flagged && line.product && (staff || !line.staff_only) && h("button", {
    type: "button", class: "button primary", dataset: { key: key("ok") }, onclick: () => actions.resolve(line),
  }, h("span", { "aria-hidden": "true" }, "✓ "), staff ? "Stämmer – godkänn" : "Ja, det stämmer");
  const remove = h("button", {
    type: "button", class: "button secondary", "aria-label": `Ta bort ${name}`, dataset: { key: key("remove") },
    onclick: (event) => (staff || armed(event.currentTarget, name) ? actions.remove(line) : undefined),
  }, h("span", { "aria-hidden": "true" }, "✕ "), "Ta bort");
  const flag = flagged && h("p", { class: "flag-label" },
    h("span", { class: "flag-icon", "aria-hidden": "true" }, "!"), flagText(line, staff));
  const offered = flagged ? offeredFor(line, staff) : [];
  const choices = offered.length > 0 && alternatives(line, offered, actions, key, staff);
  // no price while the amount is beyond what staff could set: the line's flag says why
  const total = line.product && line.line_total_sek !== null && h("p", { class: "line-total" }, kr(line.line_total_sek));
  const attrs = { class: `line${flagged ? " flagged" : ""}${changed ? " changed" : ""}`, id: `line-${line.id}`,
    dataset: { lineId: line.id } };
  if (staff) {
    // One row at 1024 px: name and details on the left, count, price and the buttons on the right.
    const said = line.product && line.phrase && line.phrase !== line.product.name ? `Sagt: ”${line.phrase}”` : null;
    return h("li", attrs, flag,
      h("div", { class: "line-main" },
        h("p", { class: "line-name" }, name), total,
        h("p", { class: "line-detail" }, [detail, said].filter(Boolean).join(" · "), " ", tags(line, true))),
      h("div", { class: "line-controls" },
        line.product && countControls(line, name, actions, key),
        h("div", { class: "line-actions" }, approve,
          h("button", {
            type: "button", class: `button switch${line.substitution_allowed ? " on" : ""}`, role: "switch",
            "aria-checked": line.substitution_allowed ? "true" : "false", dataset: { key: key("sub") },
            onclick: () => actions.substitution(line, !line.substitution_allowed),
          }, h("span", { class: "switch-box", "aria-hidden": "true" }, line.substitution_allowed ? "✓" : ""), "Byte tillåtet"),
          remove)),
      choices);
  }
  return h("li", attrs, flag,
    h("div", { class: "line-head" }, h("p", { class: "line-name" }, name), total),
    detail && h("p", { class: "line-detail" }, detail),
    tags(line),
    choices,
    h("div", { class: "line-controls" },
      line.product && countControls(line, name, actions, key),
      h("div", { class: "line-actions" }, approve, remove)),
  );
}
/** The running total against the weekly budget. */
export function totalBox(basket) {
  const budget = basket.budget_sek;
  const share = budget ? Math.min(1, basket.total_sek / budget) : 0;
  const fill = h("div", { class: "budget-fill" });
  fill.style.width = `${Math.round(share * 100)}%`; // CSSOM, not a style attribute: the CSP forbids inline styles
  return h("section", { class: `total${basket.over_budget ? " over" : ""}`, "aria-label": "Summa" },
    h("p", { class: "total-sum" }, h("span", {}, "Summa: "), h("strong", { class: "total-value" }, kr(basket.total_sek))),
    budget !== null && budget !== undefined && h("p", { class: "total-budget" }, `Veckans budget: ${kr(budget)}`),
    budget ? h("div", { class: "budget-bar", "aria-hidden": "true" }, fill) : null,
    basket.over_budget && h("p", { class: "over-label" }, h("span", { "aria-hidden": "true" }, "⚠ "),
      `Över budget med ${kr(basket.total_sek - budget)}`),
    budget && !basket.over_budget ? h("p", { class: "total-left" }, `Kvar av budgeten: ${kr(budget - basket.total_sek)}`) : null,
  );
}

/** A message from the service about the whole basket (moved to the next delivery, prices changed). */
export function basketNotice(basket) {
  if (basket.notice) return h("p", { class: "card info" }, h("span", { "aria-hidden": "true" }, "ℹ "), basket.notice);
  if (basket.moved_to_next_delivery) {
    return h("p", { class: "card info" }, h("span", { "aria-hidden": "true" }, "ℹ "),
      "Beställningsstoppet har passerat, så korgen gäller nästa leverans.");
  }
  return null;
}

/** Delivery day and cutoff, the two dates everyone must know. */
export function deliveryText(basket) {
  if (!basket || !basket.delivery_date) return null;
  return h("p", { class: "delivery" },
    icon("truck"), "Leverans ", h("strong", {}, day(basket.delivery_date)),
    basket.cutoff_at && `. Beställ senast ${dayAndTime(basket.cutoff_at)}.`);
}

export function lineCountText(basket) {
  return plural(basket.lines.length, "vara", "varor");
}
