// Builds native form controls from the engine's settings schema (kinds, ranges, choices come
// from Java's Schema; only the grouping is decided here) and keeps them in sync with the
// current settings. Changes are reported as (key, text) pairs. Labels, help, choice names and
// notes are looked up in the message files (param.<key>, choice.<key>.<id>, note.<key>.<id>; the
// output activation shares the hidden activations' texts); what has no entry (formulas,
// technical names such as relu or adam) shows as the engine names it.
import { t, has } from './i18n.js';
import { el } from './dom.js';

export const PLANE_GROUPS = [
  ['Data', ['data', 'classes', 'noise', 'points', 'train', 'dseed', 'feat']],
  ['Network', ['layers', 'act', 'out', 'loss', 'init', 'seed']],
  ['Training', ['lr', 'opt', 'batch', 'reg', 'regRate', 'sched', 'speed']],
  ['View', ['test', 'disc']],
];
const HIDDEN = ['pts']; // edited on the plane, not in a form field

const ALIAS = { out: 'act' };
/** The text of a schema entry in the page's language, or the engine's own text. */
export function schemaText(kind, key, id, fallback) {
  for (const k of [key, ALIAS[key]]) if (k && has(`${kind}.${k}.${id}`)) return t(`${kind}.${k}.${id}`);
  return fallback;
}
const paramText = (p) => ({ label: has('param.' + p.key) ? t('param.' + p.key) : p.label, help: has('param.' + p.key + '.help') ? t('param.' + p.key + '.help') : p.help });
const localised = (p) => ({ ...p, ...paramText(p), choices: p.choices && p.choices.map((c) =>
  ({ ...c, label: schemaText('choice', p.key, c.id, c.label), note: c.note && schemaText('note', p.key, c.id, c.note) })) });

function option(value, label) {
  const o = el('option', { value });
  o.textContent = label;
  return o;
}

const BUILDERS = {
  choice: (p, id) => el('select', { id, name: p.key }, ...p.choices.map((c) => option(c.id, c.label))),
  choicelist: (p, id) => el('select', { id, name: p.key }, ...p.choices.map((c) => option(c.id, c.label))),
  int: (p, id) => el('input', { id, name: p.key, type: 'number', min: p.min, max: p.max, step: 1, inputmode: 'numeric' }),
  // Log-scale numbers (learning rate) pick from a list, the others are typed.
  number: (p, id) => (p.log ? el('select', { id, name: p.key }, ...p.presets.map((v) => option(String(v), String(v))))
    : el('input', { id, name: p.key, type: 'number', min: p.min, max: p.max, step: 'any', inputmode: 'decimal' })),
  intlist: (p, id) => el('input', { id, name: p.key, type: 'text', spellcheck: 'false', placeholder: t('controls.layersExample'),
    'aria-describedby': id + '-help' }),
  bool: (p, id) => el('input', { id, name: p.key, type: 'checkbox' }),
  flags: (p, id) => el('span', { id, class: 'flags', role: 'group' }, ...p.choices.map((c) => {
    const box = el('input', { type: 'checkbox', value: c.id, id: id + '-' + c.id });
    return el('label', { for: id + '-' + c.id, class: 'flag' }, box, ' ' + c.label);
  })),
};

/**
 * groups: [title, keys][] (the rest go under "More" unless listed in skip); choices: key → the
 * ids this page offers (e.g. only image datasets on the MNIST page).
 */
export function createControls(form, schema, onChange, { groups: given = PLANE_GROUPS, skip = [], choices = {} } = {}) {
  const params = new Map(schema.params.map((p) => {
    const only = choices[p.key];
    return [p.key, localised(only ? { ...p, choices: p.choices.filter((c) => only.includes(c.id)) } : p)];
  }));
  const placed = new Set(given.flatMap(([, keys]) => keys).concat(HIDDEN, skip));
  const groups = [...given, ['More', schema.params.map((p) => p.key).filter((k) => !placed.has(k))]];
  const inputs = new Map();
  for (const [title, keys] of groups) {
    const name = t('group.' + title.toLowerCase());
    const box = title === 'More' ? el('details', { class: 'group' }, el('summary', {}, name)) : el('fieldset', { class: 'group' }, el('legend', {}, name));
    for (const key of keys) {
      const p = params.get(key);
      if (!p || !BUILDERS[p.kind]) continue;
      const id = 'set-' + key;
      const input = BUILDERS[p.kind](p, id);
      input.title = p.help;
      const label = el(p.kind === 'flags' ? 'span' : 'label', p.kind === 'flags' ? { class: 'label' } : { for: id, class: 'label' }, p.label);
      const field = el('div', { class: 'field' }, label, input);
      box.append(field);
      // The formula or explanation of the selected choice (e.g. why 'step' cannot be trained).
      const note = p.choices && p.choices.some((c) => c.note) ? el('p', { class: 'note', id: id + '-note' }) : null;
      if (note) {
        input.setAttribute('aria-describedby', note.id);
        box.append(note);
      }
      inputs.set(key, { p, input, note });
      input.addEventListener('change', () => {
        showNote(p, input, note);
        onChange(key, read(p, input));
      });
    }
    form.append(box);
  }
  form.addEventListener('submit', (e) => e.preventDefault());
  return { update: (query, unused) => update(inputs, query, unused) };
}

function read(p, input) {
  if (p.kind === 'bool') return input.checked ? '1' : '0';
  if (p.kind === 'flags') return [...input.querySelectorAll('input:checked')].map((b) => b.value).join(',');
  return input.value.trim();
}

function showNote(p, input, note) {
  if (!note) return;
  const c = p.choices.find((x) => x.id === input.value);
  note.textContent = c && c.note ? c.note : '';
}

/** Shows the settings of a query; those in {@code unused} (the engine's Unused.keys) are greyed out. */
function update(inputs, query, unused) {
  if (unused) {
    for (const [key, { p, input }] of inputs) {
      const off = unused.includes(key), field = input.closest('.field');
      for (const box of p.kind === 'flags' ? input.querySelectorAll('input') : [input]) box.disabled = off;
      field.classList.toggle('unused', off);
      field.title = off ? t('controls.unused') : '';
    }
  }
  const values = new Map(query.split('&').map((kv) => {
    const i = kv.indexOf('=');
    return [kv.slice(0, i), decodeURIComponent(kv.slice(i + 1))];
  }));
  for (const [key, { p, input, note }] of inputs) {
    const v = values.get(key);
    if (v === undefined) continue;
    if (p.kind === 'bool') {
      input.checked = v === '1';
    } else if (p.kind === 'flags') {
      const on = new Set(v.split(','));
      for (const b of input.querySelectorAll('input')) b.checked = on.has(b.value);
    } else if (p.kind === 'choicelist') {
      input.value = v.split(',')[0];
    } else {
      if (input.tagName === 'SELECT' && ![...input.options].some((o) => o.value === v)) input.append(option(v, v));
      input.value = v;
    }
    showNote(p, input, note);
  }
}
