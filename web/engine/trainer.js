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
export const own = (a) => a.slice();/** A message's fields for an Error or an engine answer {error, code, args}: text, code, arguments. */
export const fault = (e) => ({ message: String((e && (e.message || e.error)) || e), code: e && e.code, args: e && e.args });
const NODE_RES = 24;

// The messages the page may send to the trainer, and those that need a session.
const MESSAGES = ['init', 'started', 'play', 'pause', 'step', 'epoch', 'reset', 'ack'];
const TRAINING = ['play', 'step', 'epoch', 'reset', 'ack'];

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
    if (r && r.error) throw Object.assign(new Error(r.error), { code: r.code, args: r.args });
    return r;
  }

  handle(m) {
    try {
      if (!MESSAGES.includes(m.type)) throw new Error(`unknown message '${String(m.type).slice(0, 40)}'`);
      if (!this.info && TRAINING.includes(m.type)) return; // no session yet (e.g. a restart): nothing to train
      this[m.type](m);
      if (m.type === 'pause' && this.info) this.sendSnapshot(); // the page's last word: not playing
    } catch (e) {
      this.playing = false;
      this.post({ type: 'error', ...fault(e) });
    }
  }

  init(m) {
    this.pause();
    if (m.gridRes) this.gridRes = m.gridRes;
    const plan = this.call('plan', m.query);
    // Started from the canonical query, so the problems of the first reading are carried over.
    const begin = () => {
      const info = this.call('init', plan.query);
      info.problems = plan.problems.concat(info.problems);
      return info;
    };
    if (!plan.images) return this.started(begin());
    const token = (this.loading = {});
    // The image loader is fetched only for image data: the 2D page's first load stays smaller.
    const progress = (p) => this.post({ type: 'progress', ...p });
    import('./dataset.js').then(({ loadImages }) => loadImages(this.api, plan, progress)).then((r) => {
      if (this.loading !== token) return; // superseded by newer settings
      this.post({ type: 'dataLoaded', bytes: r.bytes, cached: r.cached });
      this.handle({ type: 'started', info: begin() });
    }, (e) => {
      if (this.loading === token) this.post({ type: 'dataError', ...fault(e), query: plan.query });
    });
  }

  /** After init or a model import: describe the new session and draw it. */
  started(m) {
    const info = m.info || m;
    this.info = info;
    this.status = null;
    this.trainMs = 0;
    this.trainEpochs = 0;
    this.lastEvaluated = -1;
    if (info.kind === 'plane') {
      const points = own(this.api.PlaneApi.points());
      this.post({ type: 'init', info, points }, [points.buffer]);
    } else {
      const labels = own(this.api.ImagesApi.labels(false)), samples = own(this.api.ImagesApi.pixels(true, 0, 100));
      const sampleLabels = own(this.api.ImagesApi.labels(true)).slice(0, 100);
      this.post({ type: 'init', info, testLabels: labels, samples, sampleLabels, classCounts: this.call2('classCounts') },
        [labels.buffer, samples.buffer, sampleLabels.buffer]);
    }
    this.sendSnapshot();
  }

  call2(fn, ...args) {
    return JSON.parse(this.api.ImagesApi[fn](...args));
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
    // Up to the end of the current epoch per call (so a run of N epochs stops exactly after N);
    // image data: at most a few batches per call, so the loss curve and pause stay responsive.
    const spe = Math.max(1, this.info.stepsPerEpoch), images = this.info.kind === 'images';
    const fixed = this.info.speed > 0;
    let epochs = 0, ended = false;
    do {
      const batches = Math.min(images ? 8 : spe, spe - ((this.status ? this.status.steps : 0) % spe));
      const s = this.timed(() => this.call('step', batches));
      epochs++;
      if (s.divergence || this.info.trainSize === 0 || (this.info.epochs > 0 && s.epoch >= this.info.epochs)) this.playing = false;
      ended = images && s.epoch !== this.lastEvaluated;
      if (ended) break; // an epoch ended: evaluate and report it now, at exactly this step
    } while (this.playing && (fixed ? epochs < this.info.speed : performance.now() - start < SLICE_MS));
    this.dirty = true;
    if (!this.awaitingAck || !this.playing || ended) this.sendSnapshot();
    if (this.playing && !fixed) this.schedule(0);
  }

  sendSnapshot() {
    const status = this.call('status');
    this.status = status;
    this.awaitingAck = true;
    this.dirty = false;
    const base = {
      type: 'snapshot', status, playing: this.playing, kind: this.info.kind,
      msPerEpoch: this.trainEpochs > 0 ? this.trainMs / this.trainEpochs : null, trainMs: this.trainMs,
    };
    if (this.info.kind === 'images') {
      // Metrics only when an epoch has ended (or on request): evaluating 10k images takes a while.
      if (status.epoch !== this.lastEvaluated || !this.playing) {
        this.lastEvaluated = status.epoch;
        base.metrics = this.call('evaluate', 10000);
        base.outputs = own(this.api.ImagesApi.testOutputs());
      }
      const weights = own(this.api.weights());
      this.post({ ...base, weights }, [weights.buffer].concat(base.outputs ? [base.outputs.buffer] : []));
      return;
    }
    const metrics = this.call('evaluate', 1 << 30);
    const grid = own(this.api.PlaneApi.grid(this.gridRes));
    const weights = own(this.api.weights());
    const nodes = own(this.api.PlaneApi.nodeGrids(NODE_RES));
    this.post({ ...base, metrics, grid, gridRes: this.gridRes, weights, nodes, nodeRes: NODE_RES }, [grid.buffer, weights.buffer, nodes.buffer]);
  }
}
