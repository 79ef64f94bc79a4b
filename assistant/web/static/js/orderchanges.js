// Cancel or change a sent order until the cutoff; the service says plainly when it is too late and why.
import { api } from "./api.js";
import { h } from "./dom.js";
import { busy, showNotice } from "./shell.js";

const CHANGEABLE = new Set(["submitted", "sent", "received"]);
const CHANGE_STATE = {
  cancel: { pending: "Avbeställningen är på väg till butiken.", done: "Beställningen är avbeställd hos butiken." },
  amend: { pending: "Ändringen är på väg till butiken.", done: "Butiken har fått ändringen." },
};

/** Asks the app to show the client page again (the basket may have reopened). */
function refresh() {
  window.dispatchEvent(new CustomEvent("assistant:refresh"));
}

/** What the order's last change did, and buttons to change or cancel it while that is still possible
 * (`reopened`: the basket on this page is already open to change it, so that is where to go). */
export function changeControls(order, reopened = false) {
  const change = order.change;
  // An order that never reached the grocer: the reason says it all, and what to do.
  const refusal = order.status === "failed" ? [change && change.reason]
    : ["Butiken kunde inte ta emot ändringen: ", change && (change.reason || "för sent.")];
  const state = change && (change.state === "refused"
    ? h("p", { class: "order-problems" }, ...refusal)
    : h("p", { class: "change-state" }, (CHANGE_STATE[change.kind] || {})[change.state] || ""));
  if (!CHANGEABLE.has(order.status) || (change && change.state === "pending")) return state;
  if (reopened) {
    return h("p", { class: "change-state" }, "Korgen ovan är öppnad för att ändra den här beställningen. ",
      "Bekräfta och skicka ändringen där.");
  }
  const reopen = h("button", { type: "button", class: "button secondary" }, "Ändra beställningen");
  reopen.addEventListener("click", () => busy(reopen, async () => {
    const answer = await api("POST", `/api/v1/orders/${order.id}/reopen`, {});
    showNotice(answer.message, "info");
    refresh();
  }));
  const cancel = h("button", { type: "button", class: "button secondary" }, "Avbeställ");
  cancel.addEventListener("click", () => {
    if (!cancel.dataset.armed) {
      cancel.dataset.armed = "1";
      cancel.classList.add("armed");
      cancel.textContent = "Tryck igen för att avbeställa";
      return;
    }
    busy(cancel, async () => {
      const answer = await api("POST", `/api/v1/orders/${order.id}/cancel`, {});
      showNotice(answer.message, "info");
      refresh();
    });
  });
  return h("div", { class: "order-change" }, state, h("div", { class: "row" }, reopen, cancel));
}
