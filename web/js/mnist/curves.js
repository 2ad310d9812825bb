// Curves of the image page: the batch loss as training goes (x = examples seen, in epochs) and
// train/test accuracy after each epoch (uPlot). Both keep at most about a thousand evenly
// spread points however long the run (series.js).
import { createSeries } from '../series.js';
import { t } from '../i18n.js';
import { loadUplot, lineChart } from '../uplot.js';

export function createCurves(lossBox, accBox) {
  const losses = createSeries(2), accs = createSeries(3);
  const [lx, loss] = losses.cols, [ax, trainAcc, testAcc] = accs.cols;
  let lossPlot = null, accPlot = null; // once uPlot has loaded
  // (Re)built with the page's language: uPlot's labels are set when a chart is made.
  const build = () => {
    if (!globalThis.uPlot) return;
    for (const p of [lossPlot, accPlot]) if (p) p.destroy();
    lossPlot = lineChart(lossBox, t('images.batchLoss'), [{ label: t('scores.loss'), stroke: '#0072b2', width: 1.5 }], {});
    accPlot = lineChart(accBox, t('scores.accuracy'), [{ label: t('scores.train'), stroke: '#0072b2', width: 2 },
      { label: t('scores.test'), stroke: '#d55e00', width: 2, dash: [6, 3] }], { range: [0, 1] });
  };
  let timer = 0;
  const redraw = () => {
    timer = 0;
    if (!lossPlot) return;
    lossPlot.setData([lx, loss]);
    accPlot.setData([ax, trainAcc, testAcc]);
  };
  return {
    add(m) {
      const info = window.bp.store.get().info;
      const x = m.status.steps / Math.max(1, info.stepsPerEpoch);
      if (m.status.steps > 0 && Number.isFinite(m.status.batchLoss) && x !== lx[lx.length - 1]) losses.add([x, m.status.batchLoss]);
      if (m.metrics && m.status.epoch !== ax[ax.length - 1]) accs.add([m.status.epoch, m.metrics.trainAccuracy, m.metrics.testAccuracy]);
      if (!timer) timer = setTimeout(redraw, 150);
    },
    reset() {
      losses.clear();
      accs.clear();
      redraw();
    },
    /** After a language switch: the same curves with the new language's labels. */
    relabel() {
      build();
      redraw();
    },
    /** Loads uPlot (the page shows curves from the first batch on); without it there are no curves. */
    load: () => loadUplot().then(() => { build(); redraw(); }, () => {}),
    data: () => ({ lossX: lx.slice(), loss: loss.slice(), epochs: ax.slice(), testAccuracy: testAcc.slice() }),
  };
}
