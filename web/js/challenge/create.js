// "Create challenge…": a small form that turns the current experiment into a challenge link —
// a title, the goal, limits, and which settings are locked. The link is the current settings
// plus the challenge's keys (see spec.js), ready to copy.
import { t } from '../i18n.js';
import { readSettings } from '../url.js';
import { shape } from './spec.js';
import { el } from '../dom.js';

const LOCKABLE = ['data', 'feat', 'layers', 'act', 'opt', 'lr', 'batch', 'reg'];

export function createForm(box, { store }) {
  function build() {
    const s = readSettings(store.get().query || '');
    const { neurons, layers } = shape(s.layers);
    const field = (id, label, input) => el('label', { for: id, class: 'create-field' }, label, input);
    const title = el('input', { id: 'ch-title', type: 'text', maxlength: '80' });
    const goal = el('input', { id: 'ch-goal', type: 'number', min: '1', max: '100', value: '95' });
    const maxn = el('input', { id: 'ch-maxn', type: 'number', min: '0', max: '1024', value: String(neurons) });
    const maxl = el('input', { id: 'ch-maxl', type: 'number', min: '0', max: '10', value: String(layers) });
    const maxe = el('input', { id: 'ch-maxe', type: 'number', min: '1', max: '100000', value: '300' });
    const locks = LOCKABLE.map((k) => el('label', { class: 'flag' }, el('input', { type: 'checkbox', value: k, ...(k === 'data' ? { checked: '' } : {}) }), ' ' + t('param.' + k)));
    const link = el('input', { id: 'ch-link', type: 'text', readonly: '', spellcheck: 'false' });
    const update = () => {
      const keys = { title: title.value.trim(), goal: 'acc:' + (Number(goal.value) || 95), maxn: maxn.value, maxl: maxl.value, maxe: maxe.value,
        lock: locks.map((l) => l.querySelector('input')).filter((b) => b.checked).map((b) => b.value).join(',') };
      const extra = Object.entries(keys).filter(([, v]) => v !== '').map(([k, v]) => k + '=' + encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':'));
      link.value = location.origin + location.pathname + '?' + store.get().query + '&' + extra.join('&');
    };
    box.replaceChildren(el('p', { class: 'muted small' }, t('challenge.createHelp')), field('ch-title', t('challenge.fTitle'), title),
      field('ch-goal', t('challenge.fGoal'), goal), field('ch-maxn', t('challenge.fMaxn'), maxn), field('ch-maxl', t('challenge.fMaxl'), maxl),
      field('ch-maxe', t('challenge.fMaxe'), maxe), el('fieldset', { class: 'create-locks' }, el('legend', {}, t('challenge.fLock')), ...locks),
      field('ch-link', t('challenge.fLink'), link));
    box.addEventListener('input', update);
    update();
  }
  return {
    show() { build(); box.hidden = false; box.querySelector('input').focus(); },
    relabel() { if (!box.hidden) build(); },
  };
}
