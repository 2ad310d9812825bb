// One activation per hidden layer on the image page (the settings form has one for all layers):
// a select per hidden layer (the 2D page's, from layers.js), each change a settings change.
import { activationSelect, perLayer } from '../layers.js';
import { t } from '../i18n.js';

export function createLayerActivations(box, activations, onChange) {
  return {
    /** layers: [128]; acts: one per layer or one for all. */
    update(layers, acts) {
      const legend = document.createElement('legend');
      legend.textContent = t('images.actPerLayer');
      box.replaceChildren(legend);
      box.hidden = layers.length < 2; // with one hidden layer the form's field says it all
      const full = perLayer(layers, acts);
      layers.forEach((n, l) => {
        const label = document.createElement('label');
        label.htmlFor = 'layer-act-' + l;
        label.className = 'label';
        label.textContent = t('images.layer', { l: l + 1, n });
        const select = activationSelect(activations, full[l], (id) => onChange(full.map((v, i) => (i === l ? id : v)).join(',')));
        select.id = label.htmlFor;
        box.append(label, select);
      });
    },
  };
}
