// AudioWorklet: microphone audio at the device rate in, 16 kHz 16-bit PCM chunks out (to the main thread).
// Each output sample is the mean of the input samples it covers (a box filter), which keeps the
// worst aliasing out of speech without a heavier filter.

const TARGET_RATE = 16000;
const CHUNK_SAMPLES = 1600; // 100 ms per WebSocket frame

class Pcm16kProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ratio = sampleRate / TARGET_RATE; // `sampleRate` is the worklet scope's global
    this.until = this.ratio;
    this.sum = 0;
    this.count = 0;
    this.chunk = new Int16Array(CHUNK_SAMPLES);
    this.filled = 0;
    this.port.onmessage = (event) => {
      if (event.data === "flush") {
        this.send();
        this.port.postMessage("flushed");
      }
    };
  }

  send() {
    if (this.filled === 0) return;
    const out = this.chunk.slice(0, this.filled);
    this.port.postMessage(out.buffer, [out.buffer]);
    this.filled = 0;
  }

  emit(value) {
    const clamped = Math.max(-1, Math.min(1, value));
    this.chunk[this.filled++] = clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff;
    if (this.filled === CHUNK_SAMPLES) this.send();
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      for (let i = 0; i < channel.length; i++) {
        this.sum += channel[i];
        this.count += 1;
        this.until -= 1;
        if (this.until <= 0) {
          this.emit(this.sum / this.count);
          this.sum = 0;
          this.count = 0;
          this.until += this.ratio;
        }
      }
    }
    return true;
  }
}

registerProcessor("pcm-16k", Pcm16kProcessor);
