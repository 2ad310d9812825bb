// Training curves: loss and accuracy of the training and test sets per epoch (uPlot), with hover
// values and a log scale for the loss. Redrawn at most ten times a second. Long runs keep at
// most about a thousand evenly spread points (series.js), so memory and drawing time stay bounded.
// uPlot is the vendored minified build, loaded by the page (a deferred classic script runs
// before the page's modules): a third of the size of its ES-module build.
import { createSeries } from './series.js';

const uPlot = globalThis.uPlot;

const SERIES = [
  { label: 'train', stroke: '#0072b2', width: 2 },
  { label: 'test', stroke: '#d55e00', width: 2, dash: [6, 3] },
];

function chart(container, label, log) {
  const width = () => Math.max(240, container.clientWidth || 320);
  return new uPlot({
    width: width(),
    height: 150,
    scales: { x: { time: false }, y: log ? { distr: 3 } : { range: [0, 1] } },
    axes: [{ label: 'epoch' }, { label, size: 56 }],
    series: [{ label: 'epoch' }, ...SERIES.map((s) => ({ ...s }))],
    legend: { live: true },
  }, [[], [], []], container);
}

export function createCharts(lossBox, accBox, logToggle) {
  const series = createSeries(5);
  const [xs, trainLoss, testLoss, trainAcc, testAcc] = series.cols;
  let loss = chart(lossBox, 'loss', logToggle.checked);
  const acc = chart(accBox, 'accuracy', false);
  let timer = 0;

  function redraw() {
    timer = 0;
    loss.setData([xs, trainLoss, testLoss]);
    acc.setData([xs, trainAcc, testAcc]);
  }
  const later = () => { if (!timer) timer = setTimeout(redraw, 100); };

  logToggle.addEventListener('change', () => {
    loss.destroy();
    loss = chart(lossBox, 'loss', logToggle.checked);
    redraw();
  });
  new ResizeObserver(() => {
    const w = Math.max(240, lossBox.clientWidth || 320);
    loss.setSize({ width: w, height: 150 });
    acc.setSize({ width: w, height: 150 });
  }).observe(lossBox);

  // Log scales cannot show 0 or NaN.
  const pos = (v) => (logToggle.checked && !(v > 0) ? null : Number.isFinite(v) ? v : null);

  return {
    add(epoch, m) {
      if (xs.length && epoch < xs[xs.length - 1]) series.cut(epoch); // went back, then trained on
      series.add([epoch, pos(m.trainLoss), pos(m.testLoss), m.trainAccuracy ?? null, m.testAccuracy ?? null]);
      later();
    },
    reset() {
      series.clear();
      redraw();
    },
    data: () => ({ epochs: xs.slice(), trainLoss: trainLoss.slice(), testLoss: testLoss.slice() }),
  };
}
