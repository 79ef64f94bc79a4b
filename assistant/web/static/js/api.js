// Talking to the service: JSON in and out, the CSRF header on writes, and errors as plain Swedish.

const TIMEOUT_MS = 20000;

const MESSAGES = {
  unreachable: "Det går inte att nå tjänsten just nu. Kontrollera att surfplattan har internet och försök igen om en stund. Det du har skrivit finns kvar.",
  timeout: "Tjänsten svarar inte just nu. Försök igen om en stund. Det du har skrivit finns kvar.",
  server: "Något gick fel hos tjänsten. Försök igen om en stund. Det du har skrivit finns kvar.",
  unknown: "Något gick fel. Försök igen.",
  loggedOut: "Du är inte inloggad längre. Logga in igen.",
};

class ApiError extends Error {
  constructor(status, code, message, details = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.stale = false; // asked under a login the page has since left: nobody waits for this answer
  }
}

let csrfToken = null;
let login = 0; // which login the page is on: moves on with every new CSRF token

export function setCsrfToken(token) {
  if ((token || null) !== csrfToken) login += 1;
  csrfToken = token || null;
}

/** Calls the API; resolves with the parsed JSON body or rejects with an ApiError whose message a user can read. */
export async function api(method, path, body = undefined) {
  const asked = login;
  try {
    return await call(method, path, body);
  } catch (error) {
    // Handing the tablet over ends the staff login: a staff read answered after that is refused (401), and
    // must neither log the tablet out nor show the client a notice.
    error.stale = asked !== login;
    throw error;
  }
}

async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      signal: controller.signal,
    });
  } catch (error) {
    const timedOut = error && error.name === "AbortError";
    throw new ApiError(0, timedOut ? "timeout" : "unreachable", timedOut ? MESSAGES.timeout : MESSAGES.unreachable);
  } finally {
    clearTimeout(timer);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (response.ok) return data;
  const error = (data && data.error) || {};
  let message = error.message || MESSAGES.unknown;
  // 5xx (and a proxy's HTML error page) never reach the user as internals: one plain sentence instead.
  if (response.status >= 500 || !data) message = MESSAGES.server;
  if (response.status === 401 && path !== "/api/v1/session") message = MESSAGES.loggedOut;
  throw new ApiError(response.status, error.code || "http_error", message, error.details ?? null);
}

/** /healthz needs no login; a failure means no speech, never a broken page. */
export async function health() {
  try {
    return await api("GET", "/healthz");
  } catch {
    return null;
  }
}

/** A read that is asked for again and again (a list after every change): the function returned resolves with
 * the answer, or with undefined when a newer call was made meanwhile, whose answer is the one to show. Answers
 * can arrive out of order, and an older one drawn last would put back what the page no longer holds. */
export function newestOnly(read) {
  let asked = 0;
  return async (...args) => {
    const mine = ++asked;
    const answer = await read(...args);
    return mine === asked ? answer : undefined;
  };
}
