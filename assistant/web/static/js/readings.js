// Staff see what the service learned from their choices for a client ("limpa" → Rågbröd) and forget it.
import { api, newestOnly } from "./api.js";
import { h, replace } from "./dom.js";
import { dayAndTime } from "./format.js";
import { busy, loadInto } from "./shell.js";

const FAILED = "Det inlärda gick inte att hämta.";

function readingItem(clientId, reading, show) {
  const state = !reading.in_catalog ? " (finns inte längre)" : reading.available ? "" : " (slut just nu)";
  const forget = h("button", { type: "button", class: "button secondary", "aria-label": `Glöm ${reading.phrase}` }, "Glöm");
  forget.addEventListener("click", () => busy(forget, async () =>
    show(await api("DELETE", `/api/v1/clients/${clientId}/readings/${reading.id}`))));
  return h("li", { dataset: { readingId: reading.id } },
    h("span", {}, h("strong", {}, `”${reading.phrase}”`), ` betyder ${reading.product_name}${state}`,
      h("span", { class: "muted" }, ` · ${reading.learned_by}, ${dayAndTime(reading.learned_at)}`)),
    forget);
}

/** The client's learned readings as a card; `refresh()` after a staff choice that may have taught one. */
export function learnedReadings(clientId) {
  const box = h("div", {}, h("p", { class: "loading" }, "Hämtar …"));
  const show = ({ readings }) => replace(box, readings.length === 0
    ? h("p", { class: "muted" }, "Inget inlärt ännu. När du väljer en vara åt kunden kommer tjänsten ihåg det till nästa gång.")
    : h("ul", { class: "search-results readings" }, readings.map((r) => readingItem(clientId, r, show))));
  const fetchReadings = newestOnly(() => api("GET", `/api/v1/clients/${clientId}/readings`));
  const refresh = () => loadInto(box, FAILED, async () => {
    const answer = await fetchReadings();
    if (answer) show(answer);
  });
  const element = h("section", { class: "card learned", "aria-labelledby": "learned-heading" },
    h("h2", { id: "learned-heading" }, "Kundens egna ord"), box);
  return { element, refresh };
}
