// Start-up and navigation: who is this (staff, tablet session, nobody), and which screen to show.
//
// How a screen is added: write a module whose view function `async (ctx, match) => cleanup | undefined`
// renders into view() (match: the hash pattern's match, e.g. match[1] for an id), import it here and add
// one entry to SCREENS: `path` (a pattern on location.hash), `view`, `who` ("anyone": also logged out and on
// the client's tablet; "staff"; "admin"). Staff screens call `ctx.staffBar()` (who is logged in, "Logga ut");
// the links to the screens (adminnav.js) are added to the top bar after each staff screen.
import { api, health, setCsrfToken } from "./api.js";
import { h, replace } from "./dom.js";
import { loginForm } from "./login.js";
import { busy, clearNotice, initShell, onUnauthorized, setTopbar, showNotice, view } from "./shell.js";
import { clientListView, clientPageView } from "./staff.js";
import { tabletView } from "./tablet.js";
import { statementView } from "./statement.js";
import { usersView } from "./admin.js";
import { accessLogView } from "./accesslog.js";
import { addAdminLinks } from "./adminnav.js";
import { unitsView } from "./units.js";
import { storeTripView, storeTripsView } from "./storetrip.js";

// The last entry is where everyone lands (and where an address nobody may see leads).
export const SCREENS = [
  { path: /^#\/tillganglighet$/, view: statementView, who: "anyone" },
  { path: /^#\/anvandare$/, view: usersView, who: "admin" },
  { path: /^#\/enheter$/, view: unitsView, who: "staff" }, // the screen itself checks who runs a unit
  { path: /^#\/logg$/, view: accessLogView, who: "staff" }, // the municipal admin, or a unit's admin
  { path: /^#\/butik$/, view: storeTripsView, who: "staff" },
  { path: /^#\/butik\/(\d+)$/, view: (ctx, m) => storeTripView(ctx, Number(m[1])), who: "staff" },
  { path: /^#\/kund\/(\d+)$/, view: (ctx, m) => clientPageView(ctx, Number(m[1])), who: "staff" },
  { path: /^(#\/?)?$/, view: clientListView, who: "staff" },
];

const ctx = {
  session: null,
  health: null,
  cleanup: null,
  go(hash) {
    if (location.hash === hash) ctx.route();
    else location.hash = hash;
  },
  /** Switches to a session the service just handed out (the tablet session for one client). */
  async enter(session) {
    ctx.session = session;
    setCsrfToken(session.csrf_token);
    await ctx.route();
  },
  /** Asks the service who we are now (after login, logout or the switch to a tablet session). */
  async reloadSession() {
    try {
      ctx.session = await api("GET", "/api/v1/session");
      setCsrfToken(ctx.session.csrf_token);
    } catch (error) {
      if (error.status !== 401) throw error;
      ctx.session = null;
      setCsrfToken(null);
    }
    await ctx.route();
  },
  /** The staff top bar: who is logged in and "Logga ut" (the screens' links are added after the view). */
  staffBar(info = `Inloggad som ${ctx.session.username}`) {
    setTopbar(info, ctx.logoutButton());
  },
  logoutButton() {
    const button = h("button", { type: "button", class: "button secondary" }, "Logga ut");
    button.addEventListener("click", () => busy(button, async () => {
      await api("DELETE", "/api/v1/session");
      ctx.session = null;
      setCsrfToken(null);
      ctx.go("#/");
    }));
    return button;
  },
  async route() {
    if (ctx.cleanup) ctx.cleanup();
    ctx.cleanup = null;
    const session = ctx.session;
    const hash = location.hash;
    const screen = SCREENS.find((s) => s.path.test(hash));
    if (screen && screen.who === "anyone") {
      ctx.cleanup = await screen.view(ctx, hash.match(screen.path));
    } else if (!session) {
      setTopbar("");
      replace(view(), h("div", { class: "page login-page" }, loginForm({
        heading: "Logga in",
        intro: "För personal i hemtjänsten. Logga in med ditt användarnamn och lösenord.",
        onDone: () => ctx.reloadSession(),
      })));
      return;
    } else if (session.client_id !== null && session.client_id !== undefined) {
      ctx.cleanup = await tabletView(ctx, session.client_id);
      return;
    } else {
      const allowed = screen && (screen.who !== "admin" || session.role === "admin") ? screen : SCREENS.at(-1);
      ctx.cleanup = await allowed.view(ctx, hash.match(allowed.path));
      await addAdminLinks(ctx); // "Kunder", "Butiksinköp", "Enheter", "Logguppföljning" for who may use them
    }
    view().focus({ preventScroll: true });
  },
};

function unreachable(error) {
  setTopbar("");
  const again = h("button", { type: "button", class: "button primary big" }, "Försök igen");
  again.addEventListener("click", () => busy(again, start));
  replace(view(), h("div", { class: "page" }, h("section", { class: "card" },
    h("h1", {}, "Det går inte att starta just nu"), h("p", {}, error.message), again)));
}

async function start() {
  clearNotice();
  ctx.health = await health();
  try {
    await ctx.reloadSession();
  } catch (error) {
    unreachable(error);
  }
}

// A call that finds the login gone (expired, or logged out elsewhere) leads back to the login screen.
onUnauthorized(() => {
  ctx.session = null;
  setCsrfToken(null);
  ctx.route();
});
window.addEventListener("unhandledrejection", (event) => {
  if (event.reason && event.reason.stale) return;
  showNotice((event.reason && event.reason.message) || "Något gick fel. Försök igen.");
});
// A view that changed what the page shows (an order reopened for changes) asks for it to be drawn again.
window.addEventListener("assistant:refresh", () => ctx.route().catch((error) => showNotice(error.message)));
window.addEventListener("hashchange", () => {
  clearNotice();
  ctx.route().catch((error) => showNotice(error.message));
});

initShell();
start();
