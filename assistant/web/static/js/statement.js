// "Tillgänglighetsredogörelse": the accessibility statement the law asks for (lagen om tillgänglighet
// till digital offentlig service), linked from every page, with a form to report a problem.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { busy, setTopbar, showNotice, view } from "./shell.js";
import { day } from "./format.js";

const REVIEWED = "2026-11-30"; // when this statement was last checked against the tests below

function reportForm(ctx) {
  if (!ctx.session) {
    return h("p", {}, "Logga in för att skicka en rapport här. Du kan också kontakta hemtjänsten i din kommun, ",
      "som tar emot synpunkter på tjänsten.");
  }
  const message = h("textarea", { id: "report-message", rows: "4", required: true, maxlength: "2000" });
  const where = h("input", { id: "report-page", autocomplete: "off", maxlength: "200" });
  const contact = h("input", { id: "report-contact", autocomplete: "off", maxlength: "200" });
  const done = h("p", { class: "form-done", role: "status" });
  const submit = h("button", { type: "submit", class: "button primary" }, "Skicka rapporten");
  const form = h("form", { class: "report-form" },
    h("label", { for: "report-message" }, "Vad fungerade inte?"), message,
    h("label", { for: "report-page" }, "Var i tjänsten (frivilligt)"), where,
    h("label", { for: "report-contact" }, "Hur når vi dig för svar (frivilligt)"), contact,
    h("div", { class: "form-actions" }, submit), done);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!message.value.trim()) {
      showNotice("Skriv vad som inte fungerade.");
      message.focus();
      return;
    }
    busy(submit, async () => {
      const saved = await api("POST", "/api/v1/accessibility-reports", {
        message: message.value.trim(), page: where.value.trim(), contact: contact.value.trim() });
      message.value = "";
      done.textContent = saved.message;
    });
  });
  return form;
}

export async function statementView(ctx) {
  const back = h("button", { type: "button", class: "button secondary", onclick: () => ctx.go("#/") }, "← Tillbaka");
  setTopbar("Tillgänglighet", back);
  replace(view(), h("div", { class: "page statement" },
    h("article", { class: "card" },
      h("h1", {}, "Tillgänglighetsredogörelse"),
      h("p", {}, "Inköpsassistenten ska kunna användas av alla, även med nedsatt syn, rörelseförmåga eller ",
        "hörsel. Tjänsten ska uppfylla lagen om tillgänglighet till digital offentlig service, som hänvisar till ",
        "standarden EN 301 549 och riktlinjerna WCAG 2.1 på nivå AA."),
      h("h2", {}, "Hur vi testar"),
      h("ul", { class: "plain-list" },
        h("li", {}, "Varje skärm och läge testas automatiskt med verktyget axe-core i webbläsaren Chromium, ",
          "både liggande (1024 × 768) och stående (768 × 1024). Testet kräver noll fel mot WCAG 2.1 A och AA."),
        h("li", {}, "Ett test gör en hel beställning med bara tangentbordet (Tab, Skift+Tab, Enter och mellanslag) ",
          "och kontrollerar att markeringen av vald knapp syns i varje steg."),
        h("li", {}, "Textstorlek (minst 20 pixlar), kontrast (minst 4,5:1) och knappstorlek (minst 48 × 48 pixlar) ",
          "mäts på kundens skärm och personalens granskning."),
        h("li", {}, "Testerna körs varje gång tjänsten ändras.")),
      h("h2", {}, "Kända brister"),
      h("ul", { class: "plain-list" },
        h("li", {}, "Tjänsten har ännu inte testats av personer som använder skärmläsare (till exempel VoiceOver ",
          "eller TalkBack). Automatiska test hittar inte alla problem."),
        h("li", {}, "Röststyrningen kräver mikrofon och fungerar sämre med otydligt tal. Det går alltid att skriva i stället."),
        h("li", {}, "Uppläsningen använder surfplattans egen svenska röst. Saknas den går det inte att få texten uppläst."),
        h("li", {}, "Fakturaunderlaget laddas ner som en CSV-fil, som öppnas i ett kalkylprogram.")),
      h("h2", {}, "Rapportera ett problem"),
      h("p", {}, "Om något inte fungerar för dig vill vi veta det. Rapporten sparas och läses av tjänstens administratörer."),
      reportForm(ctx),
      h("h2", {}, "Tillsyn"),
      h("p", {}, "Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi ",
        "tar hand om din rapport kan du kontakta Digg."),
      h("p", { class: "muted" }, `Redogörelsen granskades senast ${day(REVIEWED)} 2026.`),
    )));
  return undefined;
}
