// Training curves: loss and accuracy of the training and test sets per epoch (uPlot), with hover
// values and a log scale for the loss. Redrawn at most ten times a second.
// uPlot is the vendored minified build, loaded by the page (a deferred classic script runs
// before the page's modules): a third of the size of its ES-module build.
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
  const xs = [], trainLoss = [], testLoss = [], trainAcc = [], testAcc = [];
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
      if (xs.length && epoch === xs[xs.length - 1]) {
        xs.pop(); trainLoss.pop(); testLoss.pop(); trainAcc.pop(); testAcc.pop();
      }
      xs.push(epoch);
      trainLoss.push(pos(m.trainLoss));
      testLoss.push(pos(m.testLoss));
      trainAcc.push(m.trainAccuracy ?? null);
      testAcc.push(m.testAccuracy ?? null);
      later();
    },
    reset() {
      xs.length = trainLoss.length = testLoss.length = trainAcc.length = testAcc.length = 0;
      redraw();
    },
    data: () => ({ epochs: xs.slice(), trainLoss: trainLoss.slice(), testLoss: testLoss.slice() }),
  };
}
