// Speaking instead of typing: the microphone through the AudioWorklet to /api/v1/speech (vosk-server
// protocol), with live partial text and the final text when the client stops.

const FINAL_WAIT_MS = 10000;
const MAX_SECONDS = 55; // the service stops a stream at 60 s; stop first, cleanly

export class SpeechProblem extends Error {}

function micProblem(error) {
  const name = error && error.name;
  if (name === "NotAllowedError" || name === "SecurityError") {
    return new SpeechProblem("Appen får inte använda mikrofonen. Du kan skriva i rutan i stället.");
  }
  if (name === "NotFoundError" || name === "OverconstrainedError") {
    return new SpeechProblem("Ingen mikrofon hittades. Du kan skriva i rutan i stället.");
  }
  if (name === "NotReadableError") {
    return new SpeechProblem("Mikrofonen används av något annat just nu. Du kan skriva i rutan i stället.");
  }
  return new SpeechProblem("Mikrofonen går inte att starta. Du kan skriva i rutan i stället.");
}

/** Loudness of a 16-bit chunk, 0..1 (root mean square), for the "I can hear you" bar. */
function level(buffer) {
  const samples = new Int16Array(buffer);
  let sum = 0;
  for (const s of samples) sum += s * s;
  return samples.length ? Math.sqrt(sum / samples.length) / 32768 : 0;
}

/**
 * One recording. `onPartial(text)` while speaking (text so far, finished parts included);
 * `onLevel(0..1)` about ten times a second;
 * `onEnd()` when it must end without the user (time limit, connection lost): call `stop()` then;
 * `stop()` resolves with the whole final text ("" when nothing was heard).
 */
export class Recording {
  constructor({ onPartial, onLevel, onEnd }) {
    this.onPartial = onPartial;
    this.onLevel = onLevel;
    this.onEnd = onEnd;
    this.stopping = false;
    this.failure = null;
    this.finals = [];
    this.stream = null;
    this.context = null;
    this.node = null;
    this.socket = null;
    this.pending = [];
    this.closed = null;
    this.timer = null;
  }

  static supported() {
    return Boolean(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.AudioWorkletNode && window.WebSocket);
  }

  heard() {
    return this.finals.filter(Boolean).join(" ");
  }

  async start() {
    if (!window.isSecureContext) { // browsers give the microphone only to https pages (and localhost)
      throw new SpeechProblem("Rösten fungerar inte här, eftersom sidan inte är öppnad med en säker adress (https). "
        + "Du kan skriva i rutan i stället. Be den som sköter systemet om en https-adress.");
    }
    if (!Recording.supported()) {
      throw new SpeechProblem("Den här webbläsaren kan inte ta emot tal. Du kan skriva i rutan i stället.");
    }
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
    } catch (error) {
      throw micProblem(error);
    }
    try {
      await this.openSocket();
      this.context = new AudioContext();
      await this.context.audioWorklet.addModule("/static/js/pcm-worklet.js");
      const source = this.context.createMediaStreamSource(this.stream);
      this.node = new AudioWorkletNode(this.context, "pcm-16k", { numberOfOutputs: 1 });
      this.node.port.onmessage = (event) => {
        if (event.data instanceof ArrayBuffer) {
          this.onLevel(level(event.data));
          if (this.socket.readyState === WebSocket.OPEN) this.socket.send(event.data);
        } else if (event.data === "flushed" && this.flushed) this.flushed();
      };
      source.connect(this.node);
      // Connected so the graph keeps pulling the worklet; it writes nothing, so nothing is heard.
      this.node.connect(this.context.destination);
      if (this.context.state === "suspended") await this.context.resume();
    } catch (error) {
      this.release();
      throw error instanceof SpeechProblem ? error
        : new SpeechProblem("Taligenkänningen går inte att nå just nu. Du kan skriva i rutan i stället.");
    }
    this.timer = setTimeout(() => this.onEnd(), MAX_SECONDS * 1000);
  }

  openSocket() {
    return new Promise((resolve, reject) => {
      const scheme = location.protocol === "https:" ? "wss" : "ws";
      const socket = new WebSocket(`${scheme}://${location.host}/api/v1/speech`);
      socket.binaryType = "arraybuffer";
      this.socket = socket;
      this.closed = new Promise((done) => socket.addEventListener("close", () => {
        done();
        if (!this.stopping) this.onEnd();
      }));
      socket.addEventListener("open", () => {
        socket.send(JSON.stringify({ config: { sample_rate: 16000, words: true } }));
        resolve();
      }, { once: true });
      socket.addEventListener("error", () => reject(new SpeechProblem(
        "Taligenkänningen går inte att nå just nu. Du kan skriva i rutan i stället.")), { once: true });
      socket.addEventListener("message", (event) => this.receive(event.data));
    });
  }

  receive(data) {
    let message;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message.partial === "string") {
      this.onPartial([this.heard(), message.partial].filter(Boolean).join(" "));
    } else if (typeof message.text === "string") {
      this.finals.push(message.text.trim());
      this.onPartial(this.heard());
      if (this.gotFinal) this.gotFinal();
    } else if (message.error) {
      // The service says why it stops (busy, too long, ...) just before it closes the socket.
      this.failure = message.error.message || null;
    }
  }

  /** Sends what is buffered, then eof, and waits for the last result. */
  async stop() {
    this.stopping = true;
    clearTimeout(this.timer);
    if (this.node) {
      await new Promise((resolve) => {
        this.flushed = resolve;
        this.node.port.postMessage("flush");
        setTimeout(resolve, 1000);
      });
    }
    this.stopInput();
    const socket = this.socket;
    if (socket && socket.readyState === WebSocket.OPEN) {
      const last = new Promise((resolve) => {
        this.gotFinal = resolve;
      });
      socket.send(JSON.stringify({ eof: 1 }));
      await Promise.race([last, this.closed, new Promise((resolve) => setTimeout(resolve, FINAL_WAIT_MS))]);
    }
    this.release();
    return this.heard();
  }

  stopInput() {
    if (this.stream) this.stream.getTracks().forEach((track) => track.stop());
    if (this.context) this.context.close().catch(() => undefined);
    this.stream = null;
    this.context = null;
  }

  release() {
    this.stopping = true;
    clearTimeout(this.timer);
    this.stopInput();
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) this.socket.close();
  }
}
