// The weight editor: a small form over the diagram where a clicked (or keyboard-chosen) edge's
// weight can be typed; Enter sets it in the engine, Escape closes it. Focus returns to the diagram.
import { t } from './i18n.js';
export function createWeightEditor($, send) {
  const form = $('weight-edit'), input = $('weight-value');
  const close = () => { form.hidden = true; $('diagram').focus(); }; // keyboard users keep their place
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });

  return function editWeight(layer, from, to, value, e) {
    $('weight-label').textContent = t('weight.label', { w: `${layer + 1}.${from + 1}→${to + 1}` });
    input.value = String(value);
    const r = $('diagram').getBoundingClientRect();
    form.style.left = e.clientX - r.left + 'px';
    form.style.top = e.clientY - r.top + 'px';
    form.hidden = false;
    input.focus();
    form.onsubmit = (ev) => {
      ev.preventDefault();
      close();
      send({ type: 'setWeight', layer, from, to, value: Number(input.value) });
    };
  };
}
