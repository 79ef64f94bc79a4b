// "Läs upp": the basket read aloud in Swedish with the browser's own speech synthesis.
import { krSpoken, day, size, soldByWeight, weighed, kilograms } from "./format.js";

export function canReadAloud() {
  return "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;
}

/** The words said: each line with its count and size, then the total and the budget. */
export function basketSpeech(basket) {
  if (!basket.lines.length) return "Korgen är tom.";
  const parts = [`Du har ${basket.lines.length === 1 ? "en vara" : `${basket.lines.length} varor`} i korgen.`];
  for (const line of basket.lines) {
    const name = line.product ? line.product.name : line.phrase;
    const pack = line.product && !soldByWeight(line.product) ? size(line.product) : "";
    const count = weighed(line) ? `${line.weight_estimated ? "ungefär " : ""}${kilograms(line.weight_kg)} kilo`
      : `${line.count}`;
    parts.push(`${count} ${name}${pack ? `, ${pack}` : ""}.`);
    if (line.needs_review) parts.push("Den behöver kontrolleras.");
  }
  parts.push(`Summa ${krSpoken(basket.total_sek)}.`);
  if (basket.budget_sek) {
    parts.push(basket.over_budget ? `Det är mer än veckans budget på ${krSpoken(basket.budget_sek)}.`
      : `Veckans budget är ${krSpoken(basket.budget_sek)}.`);
  }
  if (basket.delivery_date) parts.push(`Leverans ${day(basket.delivery_date)}.`);
  return parts.join(" ");
}

export function readAloud(text) {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
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
