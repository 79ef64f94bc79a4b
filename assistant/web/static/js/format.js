// Swedish wording for money, dates, sizes and order states.

const money = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK" });
const dayFormat = new Intl.DateTimeFormat("sv-SE", { weekday: "long", day: "numeric", month: "long" });
const timeFormat = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit" });
const number = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

export const WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

export function kr(value) {
  return value === null || value === undefined ? "–" : money.format(value);
}

/** "312 kronor och 40 öre": what speech synthesis should say for a price. */
export function krSpoken(value) {
  const ore = Math.round((value || 0) * 100);
  const kronor = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest ? `${kronor} kronor och ${rest} öre` : `${kronor} kronor`;
}

/** "2026-11-24" -> "tisdag 24 november" (a date without time is a local calendar day). */
export function day(isoDate) {
  if (!isoDate) return "";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T12:00:00`) : new Date(isoDate);
  return Number.isNaN(date.getTime()) ? String(isoDate) : dayFormat.format(date);
}

/** A moment ("2026-11-23T12:00:00+01:00" or epoch seconds) -> "måndag 23 november kl. 12:00".
 * An ISO time is shown as written (the service's local time), whatever zone the tablet is set to. */
export function dayAndTime(value) {
  if (value === null || value === undefined || value === "") return "";
  const written = typeof value === "string" && value.match(/^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/);
  if (written) return `${day(written[1])} kl. ${written[2]}:${written[3]}`;
  const date = typeof value === "number" ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${dayFormat.format(date)} kl. ${timeFormat.format(date)}`;
}

/** A moment in the tablet's own time zone: "måndag 30 november 14:05" (the same words as every date here). */
export function dateTime(value) {
  if (value === null || value === undefined || value === "") return "";
  const date = typeof value === "number" ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : `${dayFormat.format(date)} ${timeFormat.format(date)}`;
}

const UNIT_WORDS = { g: "g", kg: "kg", ml: "ml", cl: "cl", dl: "dl", l: "liter", st: "st" };

/** The package size a client recognises: "1 liter", "500 g", "per kg". */
export function size(product) {
  if (!product) return "";
  if (product.size === null || product.size === undefined) return product.unit === "kg" ? "lösvikt" : "";
  return `${number.format(product.size)} ${UNIT_WORDS[product.unit] || product.unit || ""}`.trim();
}

export function soldByWeight(product) {
  return Boolean(product) && (product.size === null || product.size === undefined) && product.unit === "kg";
}

export function unitPrice(product) {
  if (!product) return "";
  return `${kr(product.price_sek)}/${soldByWeight(product) ? "kg" : "st"}`;
}

const kilos = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 3 });

/** A line of loose goods orders a weight: "0,5 kg", or "ca 0,54 kg (3 st)" when weighed from pieces. */
export function weighed(line) {
  return line.weight_kg !== null && line.weight_kg !== undefined;
}

export function kilograms(kg) {
  return kilos.format(kg);
}

export function weightText(line) {
  const kg = `${kilograms(line.weight_kg)} kg`;
  if (!line.weight_estimated) return kg;
  return `ca ${kg}${line.count ? ` (${number.format(line.count)} st)` : ""}`;
}

/** What the line orders: its weight for loose goods, pieces otherwise. */
export function countText(line) {
  return weighed(line) ? weightText(line) : `${number.format(line.count)} st`;
}

/** A count taken from the kind's usual package sizes because the grocer states none ("två liter mjölk" →
 * 2 st): the client reads why in plain words, staff also what was asked for, to check against the price. */
export function countGuessText(line, staff = false) {
  if (!staff) return "Butiken anger inte storleken, så antalet är gissat";
  const asked = line.quantity && line.quantity.amount && line.quantity.unit && line.quantity.unit !== "st"
    ? ` för ${number.format(line.quantity.amount)} ${UNIT_WORDS[line.quantity.unit] || line.quantity.unit}` : "";
  return `Gissat antal${asked} – butiken anger ingen storlek`;
}

const ORDER_STATUS = {
  submitted: "Beställningen är registrerad och skickas till butiken",
  sent: "Skickad till butiken",
  received: "Butiken har tagit emot beställningen",
  picking: "Butiken plockar varorna",
  delivered: "Levererad",
  failed: "Gick inte att skicka – kontakta butiken eller försök igen",
  cancelled: "Avbruten",
};

export function orderStatus(status) {
  return ORDER_STATUS[status] || status;
}

export const OUTCOME = {
  delivered: "Levererad",
  substituted: "Utbytt",
  missing: "Saknades",
};

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
