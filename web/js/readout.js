// What the network says under the pointer: the point, the output (class or value) and every
// hidden neuron's activation, as text.
import { format } from './diagram.js';

export function createReadout(box) {
  return {
    clear() {
      box.textContent = 'Hover the plane to see the network\'s output and each neuron\'s activation there.';
    },
    show(x, y, values, info) {
      const sizes = info.sizes;
      const lines = [`at (${x.toFixed(2)}, ${y.toFixed(2)})`];
      let k = sizes[0];
      for (let l = 1; l < sizes.length; l++) {
        const vals = Array.from(values.slice(k, k + sizes[l]), format);
        k += sizes[l];
        lines.push((l === sizes.length - 1 ? 'output: ' : `layer ${l}: `) + vals.join('  '));
      }
      const out = values.slice(values.length - sizes[sizes.length - 1]);
      if (info.classes > 2 || out.length > 1) {
        let best = 0;
        for (let i = 1; i < out.length; i++) if (out[i] > out[best]) best = i;
        lines.push(`→ class ${best} (p = ${format(out[best])})`);
      } else if (info.classes === 2) {
        const mid = info.output === 'sigmoid' || info.output === 'relu' || info.output === 'softplus' ? 0.5 : 0;
        lines.push(`→ class ${out[0] > mid ? 1 : 0}`);
      }
      box.textContent = lines.join('\n');
    },
  };
}
