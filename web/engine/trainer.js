// Worker side of training: runs the engine in time slices so that messages (pause, step, new
// settings) are handled between slices, and sends a snapshot — status, metrics, the decision
// grid, the weights and every node's thumbnail grid, as transferred typed arrays — whenever the
// page has drawn the previous one ("ack").
//
// In:  init {query, gridRes} | play | pause | step {batches} | epoch | reset | ack
// Out: init {info, points} | snapshot {...} | error {message}

const SLICE_MS = 12;
// Typed arrays from the engine are copied before they are transferred: TeaVM's JS build hands
// out the Java array's own storage even from copyFromJavaArray, and transferring would detach it.
export const own = (a) => a.slice();
const NODE_RES = 24;

export class Trainer {
  constructor(api, post) {
    this.api = api;
    this.post = post;
    this.playing = false;
    this.awaitingAck = false;
    this.dirty = false;
    this.gridRes = 100;
    this.trainMs = 0;
    this.trainEpochs = 0;
    this.timer = 0;
    this.status = null;
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
      this.playing = false;
      this.post({ type: 'error', message: String(e && e.message ? e.message : e) });
    }
  }

  init(m) {
    this.pause();
    if (m.gridRes) this.gridRes = m.gridRes;
    this.started(this.call('init', m.query));
  }

  /** After init or a model import: describe the new session and draw it. */
  started(info) {
    this.info = info;
    this.status = null;
    this.trainMs = 0;
    this.trainEpochs = 0;
    const points = own(this.api.points());
    this.post({ type: 'init', info, points }, [points.buffer]);
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
    this.trainMs = 0;
    this.trainEpochs = 0;
    this.status = null;
    this.sendSnapshot();
  }

  ack() {
    this.awaitingAck = false;
    if (this.playing && this.info.speed > 0) this.schedule(0); // frame-paced: next epochs now
    else if (this.dirty && !this.playing) this.sendSnapshot();
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

  // One slice: `speed` epochs per frame when set (then wait for the page's ack), otherwise
  // whole epochs for SLICE_MS, sending a snapshot whenever the page is ready for one.
  loop() {
    if (!this.playing) return;
    const start = performance.now();
    const perEpoch = Math.max(1, this.info.stepsPerEpoch);
    const fixed = this.info.speed > 0;
    let epochs = 0;
    do {
      const s = this.timed(() => this.call('step', perEpoch));
      epochs++;
      if (s.divergence || this.info.trainSize === 0) this.playing = false;
    } while (this.playing && (fixed ? epochs < this.info.speed : performance.now() - start < SLICE_MS));
    this.dirty = true;
    if (!this.awaitingAck || !this.playing) this.sendSnapshot();
    if (this.playing && !fixed) this.schedule(0);
  }

  sendSnapshot() {
    const status = this.call('status');
    this.status = status;
    const metrics = this.call('evaluate');
    const grid = own(this.api.grid(this.gridRes));
    const weights = own(this.api.weights());
    const nodes = own(this.api.nodeGrids(NODE_RES));
    this.awaitingAck = true;
    this.dirty = false;
    this.post({
      type: 'snapshot', status, metrics, grid, gridRes: this.gridRes, weights, nodes, nodeRes: NODE_RES,
      playing: this.playing, msPerEpoch: this.trainEpochs > 0 ? this.trainMs / this.trainEpochs : null,
    }, [grid.buffer, weights.buffer, nodes.buffer]);
  }
}
