// What the network says under the pointer: the point, the output (class or value) and every
// hidden neuron's activation, as text.
import { format } from './diagram.js';
import { t } from './i18n.js';

export function createReadout(box) {
  return {
    clear() {
      box.textContent = t('readout.hint');
    },
    show(x, y, values, info) {
      const sizes = info.sizes;
      const lines = [t('readout.at', { x: x.toFixed(2), y: y.toFixed(2) })];
      let k = sizes[0];
      for (let l = 1; l < sizes.length; l++) {
        const vals = Array.from(values.slice(k, k + sizes[l]), format);
        k += sizes[l];
        lines.push((l === sizes.length - 1 ? t('readout.output') : t('readout.layer', { l })) + ' ' + vals.join('  '));
      }
      const out = values.slice(values.length - sizes[sizes.length - 1]);
      if (info.classes > 2 || out.length > 1) {
        let best = 0;
        for (let i = 1; i < out.length; i++) if (out[i] > out[best]) best = i;
        lines.push(t('readout.classP', { c: best, p: format(out[best]) }));
      } else if (info.classes === 2) {
        const mid = info.output === 'sigmoid' || info.output === 'relu' || info.output === 'softplus' ? 0.5 : 0;
        lines.push(t('readout.class', { c: out[0] > mid ? 1 : 0 }));
      }
      box.textContent = lines.join('\n');
    },
  };
}
