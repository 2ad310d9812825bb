// Header of the image page: train/pause, step, epoch, stop, reset, presets, copy link, keys;
// counters: epoch, examples per second, time left for the configured number of epochs.
import { t, num, whyStopped } from '../i18n.js';
const fmt = (v, d = 4) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(d));
const pct = (v) => (v === null || v === undefined || Number.isNaN(v) ? '–' : (100 * v).toFixed(1) + ' %');

export function renderCounters(m, info, $) {
  const { status } = m;
  $('epoch-count').textContent = String(status.epoch);
  const seconds = m.trainMs / 1000, examples = status.steps * info.batchSize;
  const rate = seconds > 0.2 ? examples / seconds : null;
  $('rate').textContent = rate ? num(Math.round(rate), 0) : '–';
  const left = info.epochs > 0 ? info.epochs * info.trainSize - Math.min(examples, info.epochs * info.trainSize) : null;
  $('eta').textContent = rate && left !== null && m.playing ? t('images.seconds', { s: Math.ceil(left / rate) }) : '–';
  if (m.metrics) {
    $('train-loss').textContent = fmt(m.metrics.trainLoss);
    $('test-loss').textContent = fmt(m.metrics.testLoss);
    $('train-acc').textContent = pct(m.metrics.trainAccuracy);
    $('test-acc').textContent = pct(m.metrics.testAccuracy);
  }
  $('play').textContent = t(m.playing ? 'transport.pause' : status.steps > 0 ? 'images.resume' : 'images.train');
  $('play').setAttribute('aria-pressed', String(m.playing));
  if (status.divergence) $('untrained').textContent = t('images.stopped', { why: whyStopped(status) });
}

export function bindButtons({ $, store, send, curves, notices, change }) {
  const toggle = () => {
    const playing = !store.get().playing;
    send({ type: playing ? 'play' : 'pause' });
    store.set({ playing });
  };
  $('play').addEventListener('click', toggle);
  $('step').addEventListener('click', () => send({ type: 'step', batches: 1 }));
  $('epoch').addEventListener('click', () => send({ type: 'epoch' }));
  $('stop').addEventListener('click', () => send({ type: 'pause' }));
  $('reset').addEventListener('click', () => {
    curves.reset();
    send({ type: 'reset' });
  });
  for (const b of document.querySelectorAll('[data-preset]')) {
    b.addEventListener('click', () => change(Object.fromEntries(new URLSearchParams(b.dataset.preset))));
  }
  $('share').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      notices.info(() => t('share.copied'), [location.href]);
    } catch (e) {
      notices.info(() => t('share.copyThis'), [location.href]);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.target.closest('input, select, textarea, button, summary, canvas') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === ' ') { e.preventDefault(); toggle(); }
    else if (e.key === 'ArrowRight') send({ type: 'step', batches: 1 });
    else if (e.key === 'r') $('reset').click();
  });
}
