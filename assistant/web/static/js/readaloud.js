// "Läs upp": the basket read aloud in Swedish with the browser's own speech synthesis.
import { countGuessText, krSpoken, day, size, soldByWeight, weighed, kilograms } from "./format.js";
import { clientQuestion } from "./questions.js";

const lineName = (line) => (line.product ? line.product.name : "en vara");

export function canReadAloud() {
  return "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;
}

/** The words said: the last answer (what was just added) or else each line with its count and size,
 * then the total, the budget and the delivery day. */
export function basketSpeech(basket, lastAnswer = null) {
  if (!basket.lines.length) return "Korgen är tom.";
  const parts = [`Du har ${basket.lines.length === 1 ? "en vara" : `${basket.lines.length} varor`} i korgen.`];
  if (lastAnswer) parts.unshift(lastAnswer);
  for (const line of lastAnswer ? [] : basket.lines) {
    const name = line.product ? line.product.name : line.phrase;
    const pack = line.product && !soldByWeight(line.product) ? size(line.product) : "";
    const count = weighed(line) ? `${line.weight_estimated ? "ungefär " : ""}${kilograms(line.weight_kg)} kilo`
      : `${line.count}`;
    parts.push(`${count} ${name}${pack ? `, ${pack}` : ""}.`);
    if (line.count_estimated) parts.push(`${countGuessText(line)}.`);
    if (line.needs_review) parts.push(clientQuestion(line));
  }
  parts.push(`Summa ${krSpoken(basket.total_sek)}.`);
  if (basket.budget_sek) {
    parts.push(basket.over_budget ? `Det är mer än veckans budget på ${krSpoken(basket.budget_sek)}.`
      : `Veckans budget är ${krSpoken(basket.budget_sek)}.`);
  }
  if (basket.delivery_date) parts.push(`Leverans ${day(basket.delivery_date)}.`);
  return parts.join(" ");
}

/** The last delivery, when something was missing or swapped: said the way the screen shows it. */
export function deliverySpeech(order) {
  if (!order) return "";
  const missing = order.lines.filter((l) => l.outcome === "missing").map(lineName);
  const swapped = order.lines.filter((l) => l.outcome === "substituted" && l.substitute)
    .map((l) => `${l.substitute.name} för ${krSpoken(l.substitute.price_sek)} i stället för ${lineName(l)}`);
  if (!missing.length && !swapped.length) return `Leveransen ${day(order.delivery_date)}: allt kom som du beställde.`;
  const parts = [`Leveransen ${day(order.delivery_date)}:`];
  if (missing.length) parts.push(`Det här saknades: ${missing.join(", ")}.`);
  if (swapped.length) parts.push(`Det här kom i stället: ${swapped.join(", ")}.`);
  if (order.delivered_total_sek !== null && order.delivered_total_sek !== undefined) {
    parts.push(`Det kostade ${krSpoken(order.delivered_total_sek)}.`);
  }
  return parts.join(" ");
}

/** Reads `text`; `onDone` runs when the reading ends or is stopped (so a button can say "Läs upp" again). */
export function readAloud(text, onDone = () => undefined) {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.addEventListener("end", onDone);
  utterance.addEventListener("error", onDone);
  utterance.lang = "sv-SE";
  utterance.rate = 0.85; // a little slower than default: easier to follow for older listeners
  const voice = synth.getVoices().find((v) => v.lang && v.lang.toLowerCase().startsWith("sv"));
  if (voice) utterance.voice = voice;
  synth.speak(utterance);
  return utterance;
}

export function stopReading() {
  if (canReadAloud()) window.speechSynthesis.cancel();
}
