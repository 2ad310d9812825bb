// uPlot for both pages' curves: loaded on first use (the vendored minified build: a third of the
// size of its ES-module build), and one way to make a chart (epochs across, hover values, the
// width of its box, 150 px high). A page whose uPlot cannot load (offline before it was ever
// kept) shows no curves and keeps working.
import { t } from './i18n.js';
import { el } from './dom.js';

let loading = null;

/** Loads uPlot's script and style once; resolves to uPlot (asked again after a failure). */
export function loadUplot() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      document.head.append(el('link', { rel: 'stylesheet', href: 'vendor/uplot/uPlot.min.css' }));
      const s = el('script', { src: 'vendor/uplot/uPlot.iife.min.js' });
      s.onload = () => resolve(globalThis.uPlot);
      s.onerror = () => { loading = null; s.remove(); reject(new Error('uPlot could not be loaded')); };
      document.head.append(s);
    });
  }
  return loading;
}

/**
 * A chart in {@code box} (uPlot must have loaded): x = epoch, y labelled {@code yLabel} with scale
 * {@code y} (uPlot's scale options), one line per entry of {@code series} (uPlot's series
 * options). It follows its box's width; destroy() also stops that.
 */
export function lineChart(box, yLabel, series, y) {
  const width = () => Math.max(240, box.clientWidth || 320);
  const plot = new globalThis.uPlot({
    width: width(),
    height: 150,
    scales: { x: { time: false }, y },
    axes: [{ label: t('chart.epoch') }, { label: yLabel, size: 56 }],
    series: [{ label: t('chart.epoch') }, ...series],
    legend: { live: true },
  }, [[], ...series.map(() => [])], box);
  const resizing = new ResizeObserver(() => plot.setSize({ width: width(), height: 150 }));
  resizing.observe(box);
  const destroy = plot.destroy.bind(plot);
  plot.destroy = () => { resizing.disconnect(); destroy(); };
  return plot;
}
