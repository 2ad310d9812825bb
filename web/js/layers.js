// Controls above the diagram: add or remove hidden layers, neurons per layer (+/−), and one
// activation per hidden layer. Each change is a settings change (layers=…, act=…).
import { t } from './i18n.js';
import { schemaText } from './controls.js';
const MAX_LAYERS = 10, MAX_NEURONS = 64;

function button(text, label, onClick, disabled) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'mini';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
}

/** A select of the hidden activations, set to value; onPick(id) on change. */
export function activationSelect(activations, value, onPick) {
  const select = document.createElement('select');
  for (const a of activations) {
    const o = document.createElement('option');
    o.value = a.id;
    o.textContent = schemaText('choice', 'act', a.id, a.label);
    select.append(o);
  }
  select.value = value;
  select.addEventListener('change', () => onPick(select.value));
  return select;
}

/** One activation per layer from the URL's act= list (one entry means all layers). */
export const perLayer = (layers, acts) => layers.map((_, i) => acts[Math.min(i, acts.length - 1)]);

export function createLayerControls(box, activations, onChange) {
  function render(layers, acts) {
    box.replaceChildren();
    const head = document.createElement('div');
    head.className = 'layer-count';
    const count = document.createElement('span');
    count.textContent = t(layers.length === 1 ? 'layers.one' : 'layers.many', { n: layers.length });
    head.append(
      button('−', t('layers.remove'), () => change(layers.slice(0, -1), acts.slice(0, -1)), layers.length === 0),
      count,
      button('+', t('layers.add'), () => change([...layers, layers.length ? layers[layers.length - 1] : 4],
        [...acts, acts.length ? acts[acts.length - 1] : 'tanh']), layers.length >= MAX_LAYERS));
    const cols = document.createElement('div');
    cols.className = 'layer-columns';
    cols.style.gridTemplateColumns = `repeat(${layers.length + 2}, 1fr)`;
    cols.append(cell(t('layers.inputs')));
    layers.forEach((n, l) => {
      const c = cell('');
      const sizeRow = document.createElement('div');
      sizeRow.className = 'layer-size';
      const label = document.createElement('span');
      label.textContent = n;
      sizeRow.append(
        button('−', t('layers.fewer', { l: l + 1 }), () => change(layers.map((v, i) => (i === l ? v - 1 : v)), acts), n <= 1),
        label,
        button('+', t('layers.more', { l: l + 1 }), () => change(layers.map((v, i) => (i === l ? v + 1 : v)), acts), n >= MAX_NEURONS));
      const select = activationSelect(activations, acts[l], (id) => change(layers, acts.map((v, i) => (i === l ? id : v))));
      select.setAttribute('aria-label', t('layers.activation', { l: l + 1 }));
      c.append(sizeRow, select);
      cols.append(c);
    });
    cols.append(cell(t('layers.output')));
    box.append(head, cols);
  }

  function cell(text) {
    const c = document.createElement('div');
    c.className = 'layer-cell';
    if (text) c.textContent = text;
    return c;
  }

  function change(layers, acts) {
    onChange(layers.join(','), (acts.length ? acts : ['tanh']).join(','));
  }

  return {
    /** layers: [8, 8]; acts: one per layer or a single one for all. */
    update(layers, acts) {
      render(layers, perLayer(layers, acts));
    },
  };
}
