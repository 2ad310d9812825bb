// Training curves: loss and accuracy of the training and test sets per epoch (uPlot), with hover
// values and a log scale for the loss. Redrawn at most ten times a second. Long runs keep at
// most about a thousand evenly spread points (series.js), so memory and drawing time stay bounded.
// uPlot (and uplot.js, which loads it and makes the charts) is loaded when the curves first have
// something to show — a second epoch, or a run to compare — so the first load of the page does
// not carry it (README, size budget).
import { createSeries } from './series.js';
import { t } from './i18n.js';

let lineChart = null; // uplot.js's, once it and uPlot have loaded

const SERIES = [
  { label: 'scores.train', stroke: '#0072b2', width: 2 },
  { label: 'scores.test', stroke: '#d55e00', width: 2, dash: [6, 3] },
];

const OVERLAY = [
  { stroke: '#7a5195', width: 2, dash: [2, 3] },
  { stroke: '#cc79a7', width: 2, dash: [8, 4] },
];

function chart(box, label, log, overlay) {
  const series = [...SERIES.map((s) => ({ ...s, label: t(s.label) })),
    ...(overlay ? OVERLAY.map((s, i) => ({ ...s, label: overlay + ' ' + t(SERIES[i].label), spanGaps: true })) : [])];
  return lineChart(box, label, series, log ? { distr: 3 } : { range: [0, 1] });
}

export function createCharts(lossBox, accBox, logToggle) {
  const series = createSeries(5);
  const [xs, trainLoss, testLoss, trainAcc, testAcc] = series.cols;
  let loss = null, acc = null; // the uPlot charts, once loaded
  let timer = 0, overlayName = null;
  const other = new Map(); // epoch → metrics of the run compared against

  function redraw() {
    timer = 0;
    if (!loss) return;
    const col = (f) => xs.map((x) => (other.has(x) ? f(other.get(x)) : null));
    const o = overlayName ? [col((m) => pos(m.trainLoss)), col((m) => pos(m.testLoss))] : [];
    const oa = overlayName ? [col((m) => m.trainAccuracy ?? null), col((m) => m.testAccuracy ?? null)] : [];
    loss.setData([xs, trainLoss, testLoss, ...o]);
    acc.setData([xs, trainAcc, testAcc, ...oa]);
  }
  const later = () => { if (!timer) timer = setTimeout(redraw, 100); };

  /** Builds the charts again (log scale switched, or the page's language). */
  function rebuild() {
    if (!lineChart) return;
    if (loss) { loss.destroy(); acc.destroy(); }
    loss = chart(lossBox, t('scores.loss'), logToggle.checked, overlayName);
    acc = chart(accBox, t('scores.accuracy'), false, overlayName);
    redraw();
  }
  let asked = false; // uPlot asked for (once; again after a failed load, e.g. offline before it was ever kept)
  const show = () => {
    if (loss || asked) return;
    asked = true;
    import('./uplot.js').then((m) => m.loadUplot().then(() => { lineChart = m.lineChart; rebuild(); }))
      .catch(() => { asked = false; });
  };
  logToggle.addEventListener('change', rebuild);

  // Log scales cannot show 0 or NaN.
  const pos = (v) => (logToggle.checked && !(v > 0) ? null : Number.isFinite(v) ? v : null);

  return {
    add(epoch, m) {
      if (xs.length && epoch < xs[xs.length - 1]) series.cut(epoch); // went back, then trained on
      series.add([epoch, pos(m.trainLoss), pos(m.testLoss), m.trainAccuracy ?? null, m.testAccuracy ?? null]);
      if (xs.length > 1) show();
      later();
    },
    reset() {
      series.clear();
      redraw();
    },
    rebuild,
    /** Draws a second run's curves too (name), or no longer (null). */
    setOverlay(name) { overlayName = name; other.clear(); rebuild(); show(); },
    overlay(epoch, m) {
      if (m) other.set(epoch, m);
      if (other.size > 4000) { const kept = new Set(xs); for (const k of other.keys()) if (!kept.has(k)) other.delete(k); } // as bounded as the curves
      later();
    },
    overlayReset() { other.clear(); later(); },
    data: () => ({ epochs: xs.slice(), trainLoss: trainLoss.slice(), testLoss: testLoss.slice() }),
  };
}
