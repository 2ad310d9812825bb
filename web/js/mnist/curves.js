// Curves of the image page: the batch loss as training goes (x = examples seen, in epochs) and
// train/test accuracy after each epoch (uPlot).
const uPlot = globalThis.uPlot; // the vendored minified build, loaded by the page (see ../charts.js)

function chart(box, label, series, range) {
  const width = () => Math.max(240, box.clientWidth || 320);
  const plot = new uPlot({
    width: width(), height: 150,
    scales: { x: { time: false }, y: range ? { range } : {} },
    axes: [{ label: 'epoch' }, { label, size: 56 }],
    series: [{ label: 'epoch' }, ...series],
    legend: { live: true },
  }, [[], ...series.map(() => [])], box);
  new ResizeObserver(() => plot.setSize({ width: width(), height: 150 })).observe(box);
  return plot;
}

export function createCurves(lossBox, accBox) {
  const lx = [], loss = [], ax = [], trainAcc = [], testAcc = [];
  const lossPlot = chart(lossBox, 'batch loss', [{ label: 'loss', stroke: '#0072b2', width: 1.5 }]);
  const accPlot = chart(accBox, 'accuracy', [{ label: 'train', stroke: '#0072b2', width: 2 },
    { label: 'test', stroke: '#d55e00', width: 2, dash: [6, 3] }], [0, 1]);
  let timer = 0;
  const redraw = () => {
    timer = 0;
    lossPlot.setData([lx, loss]);
    accPlot.setData([ax, trainAcc, testAcc]);
  };
  return {
    add(m) {
      const info = window.bp.store.get().info;
      const x = m.status.steps / Math.max(1, info.stepsPerEpoch);
      if (m.status.steps > 0 && Number.isFinite(m.status.batchLoss) && x !== lx[lx.length - 1]) {
        lx.push(x);
        loss.push(m.status.batchLoss);
      }
      if (m.metrics && m.status.epoch !== ax[ax.length - 1]) {
        ax.push(m.status.epoch);
        trainAcc.push(m.metrics.trainAccuracy);
        testAcc.push(m.metrics.testAccuracy);
      }
      if (!timer) timer = setTimeout(redraw, 150);
    },
    reset() {
      lx.length = loss.length = ax.length = trainAcc.length = testAcc.length = 0;
      redraw();
    },
  };
}
