// Start-up and navigation: who is this (staff, tablet session, nobody), and which view to show.
import { api, health, setCsrfToken } from "./api.js";
import { h, replace } from "./dom.js";
import { loginForm } from "./login.js";
import { busy, clearNotice, initShell, onUnauthorized, setTopbar, showNotice, view } from "./shell.js";
import { clientListView, clientPageView } from "./staff.js";
import { tabletView } from "./tablet.js";
import { accessLogView } from "./accesslog.js";
import { addAdminLinks } from "./adminnav.js";
import { unitsView } from "./units.js";
import { storeTripView, storeTripsView } from "./storetrip.js";

// Management screens, by their address.
const ADMIN_ROUTES = { "#/enheter": unitsView, "#/logg": accessLogView, "#/butik": storeTripsView };

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
    if (!session) {
      setTopbar("");
      replace(view(), h("div", { class: "page login-page" }, loginForm({
        heading: "Logga in",
        intro: "För personal i hemtjänsten. Logga in med ditt användarnamn och lösenord.",
        onDone: () => ctx.reloadSession(),
      })));
      return;
    }
    if (session.client_id !== null && session.client_id !== undefined) {
      ctx.cleanup = await tabletView(ctx, session.client_id);
      return;
    }
    const match = location.hash.match(/^#\/kund\/(\d+)$/);
    const admin = ADMIN_ROUTES[location.hash];
    const trip = location.hash.match(/^#\/butik\/(\d+)$/);
    ctx.cleanup = admin ? await admin(ctx) : trip ? await storeTripView(ctx, Number(trip[1]))
      : match ? await clientPageView(ctx, Number(match[1])) : await clientListView(ctx);
    await addAdminLinks(ctx);
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
