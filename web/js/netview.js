// The network panel's texts and controls for an experiment: the layer controls above the
// diagram, the names of the diagram's nodes and the line under it. Built again when the page's
// language changes.
import { t } from './i18n.js';
import { readSettings } from './url.js';
import { createLayerControls } from './layers.js';

/** Names of the diagram's nodes per column: input features, h1.1 …, out / class k. */
export function nodeNames(sizes, features) {
  return sizes.map((n, c) => Array.from({ length: n }, (_, i) =>
    (c === 0 ? features[i] : c === sizes.length - 1 ? (n > 1 ? t('diagram.class', { i }) : t('diagram.out')) : `h${c}.${i + 1}`)));
}

export function createNetworkView({ $, diagram, change }) {
  let layers = null;
  return {
    build(schema) {
      const act = schema.params.find((p) => p.key === 'act');
      layers = createLayerControls($('layer-controls'), act.choices, (l, a) => change({ layers: l, act: a }));
    },
    show(info) {
      const s = readSettings(info.query);
      layers.update(s.layers ? s.layers.split(',').map(Number) : [], s.act.split(','));
      diagram.setNetwork(info.sizes, nodeNames(info.sizes, s.feat.split(',')));
      $('network-info').textContent = t('network.info', { sizes: info.sizes.join(' → '), params: info.paramCount, output: info.output,
        loss: info.loss, train: info.trainSize, test: info.testSize, batches: info.stepsPerEpoch });
    },
  };
}
