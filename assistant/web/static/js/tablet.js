// The client's view on the tablet: speak or type, see the basket as big cards, hear it read aloud.
// Everything here is for someone with poor sight or shaky hands: large, few choices, plain words.
import { api, health } from "./api.js";
import { h, replace } from "./dom.js";
import { icon } from "./icons.js";
import { day, kr } from "./format.js";
import { BasketStore, basketNotice, lineCard, totalBox, deliveryText, lineCountText } from "./basket.js";
import { loginForm } from "./login.js";
import { Recording, SpeechProblem } from "./speech.js";
import { canReadAloud, basketSpeech, deliverySpeech, readAloud, stopReading } from "./readaloud.js";
import { busy, clearNotice, loadInto, rerender, setTopbar, showNotice, view } from "./shell.js";

const VOICE_RECHECK_MS = 5000;
const MARK_MS = 4000; // how long changed lines stay marked
const speechReady = (status) => Boolean(status && status.speech && status.speech.available);
const NO_VOICE = "Röststyrning finns inte just nu. Skriv det du vill handla i rutan nedanför i stället.";

/** The big "Prata" button and its live transcript; the final text goes to `onText`.
 * The transcript shows every partial result but is no live region: a screen reader would read each one out
 * while the client speaks. Only the final text is announced, once, by a region of its own. */
function voicePanel(available, onText) {
  if (!available) {
    return { element: h("div", { class: "voice unavailable" }, h("p", { class: "voice-off", role: "status" },
      icon("micOff"), NO_VOICE)), stop: () => undefined };
  }
  const status = h("p", { class: "voice-status", role: "status" });
  const transcript = h("p", { class: "transcript", hidden: true });
  const announcer = h("p", { class: "visually-hidden", "aria-live": "polite", "aria-atomic": "true" });
  const meterFill = h("div", { class: "meter-fill" });
  const meter = h("div", { class: "meter", "aria-hidden": "true", hidden: true }, meterFill);
  const label = h("span", { class: "speak-label" }, "Prata");
  const symbol = h("span", { class: "speak-icon" }, icon("mic"));
  const button = h("button", { type: "button", class: "button speak", "aria-pressed": "false" }, symbol, label);
  let recording = null;
  let phase = "idle";

  const setPhase = (next) => {
    phase = next;
    button.classList.toggle("listening", next === "listening");
    button.setAttribute("aria-pressed", next === "listening" ? "true" : "false");
    // Not `disabled`: that would drop the keyboard focus to the page while the microphone starts, and the
    // user who pressed "Prata" with a key could not press "Klar" where they are. Clicks in between do nothing.
    button.setAttribute("aria-disabled", next === "starting" || next === "stopping" ? "true" : "false");
    meter.hidden = next !== "listening";
    replace(symbol, icon(next === "listening" ? "stop" : "mic"));
    label.textContent = { idle: "Prata", starting: "Vänta …", listening: "Klar", stopping: "Vänta …" }[next];
    status.textContent = {
      idle: "",
      starting: "Startar mikrofonen …",
      listening: "Jag lyssnar. Säg vad du vill handla. Tryck på Klar när du är färdig.",
      stopping: "Ett ögonblick …",
    }[next];
  };

  const finish = async () => {
    if (phase !== "listening" || !recording) return;
    setPhase("stopping");
    const text = await recording.stop();
    const failure = recording.failure;
    recording = null;
    setPhase("idle");
    if (!text) {
      status.textContent = failure ? `${failure.replace(/\.?$/, ".")} Du kan skriva i rutan i stället.`
        : "Jag hörde inget. Försök igen, eller skriv i rutan.";
      return;
    }
    transcript.hidden = false;
    transcript.textContent = `Du sa: ”${text}”`;
    transcript.classList.add("final");
    announcer.textContent = transcript.textContent;
    await onText(text);
  };

  button.addEventListener("click", async () => {
    if (phase === "listening") return finish();
    if (phase !== "idle") return undefined;
    clearNotice();
    stopReading();
    transcript.hidden = false;
    transcript.classList.remove("final");
    transcript.textContent = "…";
    announcer.textContent = ""; // so that the same words said again are announced again
    setPhase("starting");
    recording = new Recording({
      onPartial: (text) => { transcript.textContent = text || "…"; },
      // Speech sits around 0.05–0.3 RMS: scaled so that talking fills most of the bar.
      onLevel: (value) => { meterFill.style.width = `${Math.min(100, Math.round(value * 400))}%`; },
      onEnd: () => finish(),
    });
    try {
      await recording.start();
      setPhase("listening");
    } catch (error) {
      recording = null;
      setPhase("idle");
      transcript.hidden = true;
      status.textContent = error instanceof SpeechProblem ? error.message : NO_VOICE;
    }
    return undefined;
  });
  setPhase("idle");
  return {
    element: h("div", { class: "voice" }, button, meter, status, transcript, announcer),
    stop: () => { if (recording) recording.release(); },
  };
}

function typePanel(onText) {
  const input = h("input", { id: "say-text", class: "say-text", autocomplete: "off", enterkeyhint: "send",
    placeholder: "till exempel: mjölk och bröd" });
  const button = h("button", { type: "submit", class: "button primary" }, "Lägg till");
  const form = h("form", { class: "type-form" },
    h("label", { for: "say-text" }, "Eller skriv här vad du vill handla"),
    h("div", { class: "row" }, input, button));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    busy(button, async () => {
      await onText(text, "typed");
      input.value = ""; // cleared only once the service has it: on an error the text stays
    });
  });
  return { element: form, input };
}

/** Staff take the tablet back by logging in again: a screen of its own, so nobody logs in by accident. */
function handBack(ctx, clientId, back) {
  stopReading();
  setTopbar("Tillbaka till personalen");
  replace(view(), h("div", { class: "page handback" }, loginForm({
    heading: "Personalen loggar in",
    intro: "Surfplattan lämnas tillbaka till personalen. Logga in med ditt eget konto för att fortsätta.",
    onDone: async () => {
      // Straight to this client's page for staff (replaceState: no second render from a hashchange).
      history.replaceState(null, "", `#/kund/${clientId}`);
      await ctx.reloadSession();
    },
    onCancel: back,
  })));
}

/** What came with the last delivery, in plain words: what was missing, what came instead and its price. */
function deliveredCard(order) {
  const missing = order.lines.filter((l) => l.outcome === "missing");
  const swapped = order.lines.filter((l) => l.outcome === "substituted" && l.substitute);
  const name = (line) => (line.product ? line.product.name : "en vara");
  return h("section", { class: "card delivered", "aria-labelledby": "delivered-heading" },
    h("h2", { id: "delivered-heading" }, `Din leverans ${day(order.delivery_date)}`),
    !missing.length && !swapped.length && h("p", {}, "Allt kom som du beställde."),
    missing.length > 0 && h("div", {}, h("p", {}, h("strong", {}, "Det här saknades:")),
      h("ul", { class: "plain-list" }, missing.map((l) => h("li", {}, name(l))))),
    swapped.length > 0 && h("div", {}, h("p", {}, h("strong", {}, "Det här kom i stället:")),
      h("ul", { class: "plain-list" }, swapped.map((l) => h("li", {},
        `${l.substitute.name} (${kr(l.substitute.price_sek)}) i stället för ${name(l)}`)))),
    order.delivered_total_sek !== null && order.delivered_total_sek !== undefined && h("p", {},
      order.delivered_total_sek === order.total_sek ? `Det kostade ${kr(order.total_sek)}.`
        : `Det kostade ${kr(order.delivered_total_sek)} i stället för ${kr(order.total_sek)}.`),
  );
}

export async function tabletView(ctx, clientId) {
  const root = view();
  const deliveredBox = h("div", { class: "delivered-box" });
  let lastOrder = null;
  let client = null;
  try {
    client = await api("GET", `/api/v1/clients/${clientId}`);
  } catch {
    client = null; // the name is a nicety; the basket below is what matters
  }
  const reply = h("p", { class: "reply", role: "status", hidden: true });
  const showReply = (text) => {
    reply.hidden = !text;
    reply.textContent = text || "";
  };
  const basketBox = h("div", { class: "basket-box" }, h("p", { class: "loading" }, "Hämtar din korg …"));
  const typed = typePanel((text, source) => send(text, source));
  // What each line was at the last render: an answer marks the lines it added or changed.
  let seen = new Map();
  let markNext = false;
  const signature = (line) => JSON.stringify([line.product && line.product.id, line.count, line.weight_kg]);
  const render = (basket) => {
    const changed = new Set(markNext ? basket.lines.filter((l) => seen.get(l.id) !== signature(l)).map((l) => l.id) : []);
    seen = new Map(basket.lines.map((l) => [l.id, signature(l)]));
    markNext = false;
    setTopbar(basket.delivery_date ? `Leverans ${day(basket.delivery_date)}` : "", handBackButton);
    rerender(basketBox,
      h("h2", { id: "basket-heading" }, `Din korg – ${lineCountText(basket)}`),
      deliveryText(basket),
      basketNotice(basket),
      basket.lines.length === 0
        ? h("p", { class: "empty" }, speechReady(ctx.health)
          ? "Korgen är tom. Tryck på Prata eller skriv vad du vill handla."
          : "Korgen är tom. Skriv vad du vill handla i rutan.")
        : h("ul", { class: "lines" }, basket.lines.map((line) => lineCard(line, store.actions,
          { changed: changed.has(line.id) }))),
      totalBox(basket),
      basket.status === "confirmed" && h("p", { class: "card info" }, h("span", { "aria-hidden": "true" }, "✓ "),
        "Personalen har bekräftat korgen."),
    );
    if (changed.size) setTimeout(() => basketBox.querySelectorAll(".line.changed").forEach((el) => el.classList.remove("changed")), MARK_MS);
  };
  /** After an answer: the reply and the first line it touched are brought into view (the page scrolls
   * only as far as needed), so the result is where the eye is in either orientation. */
  const showResult = () => {
    const first = basketBox.querySelector(".line.changed");
    if (!reply.hidden) reply.scrollIntoView({ block: "nearest" });
    if (first) first.scrollIntoView({ block: "nearest" });
  };
  // A reply names what the last sentence did; once a line is changed by hand it would be stale.
  const store = new BasketStore(clientId, render, {
    onAction: (kind, line, product) => showReply(kind === "choose" && product ? `Du valde ${product.name}.` : ""),
  });

  async function send(text, source) {
    markNext = true;
    const { reply: said } = await store.utterance(text, source);
    showReply(said);
    showResult();
    if (source === "speech" && said && canReadAloud()) readAloud(said); // spoken to, answer in speech
  }

  const onSpoken = (text) => busy(null, async () => {
    try {
      await send(text, "speech");
    } catch (error) {
      typed.input.value = text; // what was said is not lost: it waits in the text box to send again
      throw error;
    }
  });
  let voice = voicePanel(speechReady(ctx.health), onSpoken);
  const voiceBox = h("div", { class: "voice-box" }, voice.element);
  // The recogniser may still be loading its model, or come back after a restart: look again now and then.
  let voiceTimer = null;
  const checkVoice = async () => {
    ctx.health = await health();
    if (speechReady(ctx.health) && voiceBox.querySelector(".voice.unavailable")) {
      voice = voicePanel(true, onSpoken);
      replace(voiceBox, voice.element);
      if (store.basket) render(store.basket); // the empty basket may now mention "Prata"
    }
    if (!speechReady(ctx.health)) voiceTimer = setTimeout(checkVoice, VOICE_RECHECK_MS);
  };
  if (!speechReady(ctx.health)) checkVoice();

  const repeat = h("button", { type: "button", class: "button secondary big" },
    icon("repeat"), "Samma som förra veckan");
  repeat.addEventListener("click", () => busy(repeat, async () => {
    markNext = true;
    showReply((await store.repeat("last")).reply);
    showResult();
  }));
  // "Läs upp" reads the last answer (what was added) or the whole basket, then the total and the
  // delivery day, and what came last time; while it reads, the same button stops it.
  const readLabel = h("span", {}, "Läs upp");
  const read = h("button", { type: "button", class: "button secondary big", "aria-pressed": "false" },
    icon("speaker"), readLabel);
  const reading = h("p", { class: "reading", role: "status" });
  const setReading = (on) => {
    read.classList.toggle("active", on);
    read.setAttribute("aria-pressed", on ? "true" : "false");
    readLabel.textContent = on ? "Sluta läsa" : "Läs upp";
    reading.textContent = on ? "Läser upp …" : "";
  };
  read.addEventListener("click", () => {
    if (!canReadAloud()) {
      showNotice("Den här surfplattan kan inte läsa upp text.");
      return;
    }
    if (read.getAttribute("aria-pressed") === "true") {
      stopReading();
      setReading(false);
      return;
    }
    if (!store.basket) return;
    setReading(true);
    readAloud([basketSpeech(store.basket, reply.hidden ? null : reply.textContent), deliverySpeech(lastOrder)]
      .filter(Boolean).join(" "), () => setReading(false));
  });
  const handBackButton = h("button", { type: "button", class: "button secondary" }, "Lämna tillbaka till personalen");
  handBackButton.addEventListener("click", () => {
    voice.stop();
    handBack(ctx, clientId, () => ctx.route());
  });
  setTopbar("", handBackButton);

  replace(root, h("div", { class: "page tablet" },
    h("h1", {}, client ? `Hej ${client.display_name.split(" ")[0]}!` : "Hej!"),
    deliveredBox, // what came last time, first: the client asks about it before ordering again
    h("div", { class: "tablet-grid" },
      h("section", { class: "card say", "aria-label": "Säg eller skriv" },
        h("p", { class: "lead" }, "Vad vill du handla den här veckan?"),
        voiceBox, typed.element, reply,
        h("div", { class: "big-actions" }, repeat, read), reading),
      h("section", { class: "card basket", "aria-labelledby": "basket-heading" }, basketBox),
    ),
  ));
  loadInto(basketBox, "Din korg gick inte att hämta just nu.", () => store.load());
  loadInto(deliveredBox, "Den senaste leveransen gick inte att hämta.", async () => {
    ({ order: lastOrder } = await api("GET", `/api/v1/clients/${clientId}/last-delivery`));
    replace(deliveredBox, lastOrder && deliveredCard(lastOrder));
  });
  return () => {
    clearTimeout(voiceTimer);
    voice.stop();
    stopReading();
  };
}
