// Worker side of the page <-> engine protocol. Trains in time slices so that messages (pause,
// step, new settings) are handled between slices, and sends a snapshot (status, metrics and the
// decision grid as a transferred Float32Array) whenever the page has drawn the previous one.
//
// In:  init {query, gridRes} | play | pause | step {batches} | epoch | reset | ack
//      speed {epochsPerSecond: 0 = as fast as possible} | export | import {text} | selfTest
// Out: init {info, points} | snapshot {...} | model {json} | importError {message}
//      selfTest {json} | error {message}

const SLICE_MS = 12;

export class Trainer {
  constructor(api, post) {
    this.api = api;
    this.post = post;
    this.playing = false;
    this.awaitingAck = false;
    this.dirty = false;
    this.gridRes = 100;
    this.epochsPerSecond = 0;
    this.trainMs = 0;
    this.trainEpochs = 0;
    this.timer = 0;
  }

  call(fn, ...args) {
    const r = JSON.parse(this.api[fn](...args));
    if (r && r.error) throw new Error(r.error);
    return r;
  }

  handle(m) {
    try {
      this[m.type](m);
    } catch (e) {
      this.post({ type: 'error', message: String(e && e.message ? e.message : e) });
    }
  }

  init(m) {
    this.pause();
    if (m.gridRes) this.gridRes = m.gridRes;
    this.info = this.call('init', m.query);
    this.resetClock();
    const points = this.api.points();
    this.post({ type: 'init', info: this.info, points }, [points.buffer]);
    this.sendSnapshot();
  }

  play() {
    if (this.playing) return;
    this.playing = true;
    this.schedule(0);
  }

  pause() {
    this.playing = false;
    clearTimeout(this.timer);
  }

  step(m) {
    this.pause();
    this.timed(() => this.call('step', Math.max(1, m.batches | 0)));
    this.sendSnapshot();
  }

  epoch() {
    this.pause();
    this.timed(() => this.call('stepEpoch'));
    this.sendSnapshot();
  }

  reset() {
    this.pause();
    this.call('reset');
    this.resetClock();
    this.sendSnapshot();
  }

  ack() {
    this.awaitingAck = false;
    if (this.dirty && !this.playing) this.sendSnapshot();
  }

  speed(m) {
    this.epochsPerSecond = Math.max(0, +m.epochsPerSecond || 0);
  }

  export() {
    this.post({ type: 'model', json: this.api.exportModel() });
  }

  import(m) {
    const r = JSON.parse(this.api.importModel(m.text));
    if (r.error) {
      this.post({ type: 'importError', message: r.error });
      return;
    }
    this.pause();
    this.info = r;
    this.resetClock();
    const points = this.api.points();
    this.post({ type: 'init', info: r, points }, [points.buffer]);
    this.sendSnapshot();
  }

  selfTest() {
    this.post({ type: 'selfTest', json: this.api.selfTest() });
  }

  resetClock() {
    this.trainMs = 0;
    this.trainEpochs = 0;
  }

  timed(fn) {
    const before = this.status ? this.status.epoch : 0;
    const t = performance.now();
    this.status = fn();
    this.trainMs += performance.now() - t;
    this.trainEpochs += this.status.epoch - before;
    return this.status;
  }

  schedule(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.loop(), delay);
  }

  // One slice of training: whole epochs while the slice lasts (or as many as the speed limit allows).
  loop() {
    if (!this.playing) return;
    const start = performance.now();
    const perEpoch = this.info.stepsPerEpoch;
    let epochs = 0;
    const allowed = this.epochsPerSecond > 0 ? Math.max(1, Math.round(this.epochsPerSecond * SLICE_MS / 1000)) : Infinity;
    do {
      const s = this.timed(() => this.call('step', perEpoch));
      epochs++;
      if (s.divergence) {
        this.playing = false;
        break;
      }
    } while (epochs < allowed && performance.now() - start < SLICE_MS);
    this.dirty = true;
    if (!this.awaitingAck || !this.playing) this.sendSnapshot();
    if (this.playing) this.schedule(this.epochsPerSecond > 0 ? Math.max(0, SLICE_MS - (performance.now() - start)) : 0);
  }

  sendSnapshot() {
    const status = this.call('status');
    this.status = status;
    const metrics = this.call('evaluate');
    const grid = this.api.grid(this.gridRes);
    this.awaitingAck = true;
    this.dirty = false;
    this.post({
      type: 'snapshot', status, metrics, grid, gridRes: this.gridRes, playing: this.playing,
      msPerEpoch: this.trainEpochs > 0 ? this.trainMs / this.trainEpochs : null,
    }, [grid.buffer]);
  }
}
