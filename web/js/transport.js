// The header: play/pause, step, epoch, reset, new weights, copy link, keyboard shortcuts, and the
// counters (epoch, ms per epoch, epochs per second).
import { t, num } from './i18n.js';

const fmt = (v, d = 4) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(d));
const pct = (v) => (v === null || v === undefined || Number.isNaN(v) ? '–' : (100 * v).toFixed(1) + ' %');
let rate = { t: 0, epoch: 0, value: null };

export function renderStatus(m, $) {
  const { status, metrics } = m;
  $('epoch-count').textContent = String(status.epoch);
  $('ms-epoch').textContent = m.msPerEpoch ? m.msPerEpoch.toFixed(m.msPerEpoch < 1 ? 3 : 1) : '–';
  const now = performance.now();
  if (!m.playing || status.epoch < rate.epoch) rate = { t: now, epoch: status.epoch, value: null };
  else if (now - rate.t > 500) {
    rate = { t: now, epoch: status.epoch, value: ((status.epoch - rate.epoch) * 1000) / (now - rate.t) };
  }
  $('epochs-s').textContent = rate.value === null ? '–' : num(Math.round(rate.value), 0);
  $('train-loss').textContent = fmt(metrics.trainLoss);
  $('test-loss').textContent = fmt(metrics.testLoss);
  $('train-acc').textContent = pct(metrics.trainAccuracy);
  $('test-acc').textContent = pct(metrics.testAccuracy);
  $('play').textContent = t(m.playing ? 'transport.pause' : 'transport.play');
  $('play').setAttribute('aria-pressed', String(m.playing));
}

export function bindTransport({ $, store, send, charts, notices, change }) {
  function togglePlay() {
    const playing = !store.get().playing;
    send({ type: playing ? 'play' : 'pause' });
    store.set({ playing });
    $('play').textContent = t(playing ? 'transport.pause' : 'transport.play');
  }
  const step = () => send({ type: 'step', batches: 1 });
  $('play').addEventListener('click', togglePlay);
  $('step').addEventListener('click', step);
  $('epoch').addEventListener('click', () => send({ type: 'epoch' }));
  $('reset').addEventListener('click', () => {
    charts.reset();
    send({ type: 'reset' });
  });
  $('new-seed').addEventListener('click', () => change({ seed: String(1 + Math.floor(Math.random() * 2147483646)) }));
  $('share').addEventListener('click', async () => {
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      notices.info(() => t('share.copied'), [link]);
    } catch (e) {
      notices.info(() => t('share.copyThis'), [link]);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (!isShortcut(e)) return;
    if (e.key === ' ') { e.preventDefault(); togglePlay(); }
    else if (e.key === 'ArrowRight') step();
    else if (e.key === 'r') $('reset').click();
  });
}

/**
 * Whether a key press is for the page's shortcuts: no modifier, not handled already, not typed
 * into a field — nor pressed on a button or summary, unless onButtons (keys those do not use).
 */
export function isShortcut(e, onButtons = false) {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
  return !e.target.closest(onButtons ? 'input, select, textarea' : 'input, select, textarea, button, summary');
}
