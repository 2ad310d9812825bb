// One activation per hidden layer on the image page (the settings form has one for all layers):
// a select per hidden layer, each change a settings change (act=relu,sigmoid,…).
export function createLayerActivations(box, activations, onChange) {
  return {
    /** layers: [128]; acts: one per layer or one for all. */
    update(layers, acts) {
      const legend = document.createElement('legend');
      legend.textContent = 'Activation per hidden layer';
      box.replaceChildren(legend);
      box.hidden = layers.length < 2; // with one hidden layer the form's field says it all
      const full = layers.map((_, i) => acts[Math.min(i, acts.length - 1)]);
      layers.forEach((n, l) => {
        const id = 'layer-act-' + l;
        const label = document.createElement('label');
        label.htmlFor = id;
        label.className = 'label';
        label.textContent = `layer ${l + 1} (${n})`;
        const select = document.createElement('select');
        select.id = id;
        for (const a of activations) {
          const o = document.createElement('option');
          o.value = a.id;
          o.textContent = a.label;
          select.append(o);
        }
        select.value = full[l];
        select.addEventListener('change', () => onChange(full.map((v, i) => (i === l ? select.value : v)).join(',')));
        box.append(label, select);
      });
    },
  };
}
