// A challenge's keys in a link, read and checked: goal=acc:95 (test accuracy in %, 1–100) or
// goal=loss:0.05 (test loss, above 0), maxn (hidden neurons in all, 0–1024), maxl (hidden
// layers, 0–10), maxe (epochs, 1–100000), lock (settings that cannot be changed), title (text,
// at most 80 characters), ch (a built-in challenge's id). What cannot be used is named.
import { t } from '../i18n.js';
import { clip } from '../present.js';


function int(params, key, min, max, problems) {
  const v = params.get(key);
  if (v === null) return undefined;
  if (/^\d{1,6}$/.test(v) && Number(v) >= min && Number(v) <= max) return Number(v);
  problems.push(t('challenge.badNumber', { key, value: clip(v), min, max }));
  return undefined;
}

export function readChallenge(search, settingKeys, builtIns) {
  const p = new URLSearchParams(search), problems = [];
  const spec = { lock: [], title: '' };
  const goal = /^(acc|loss):(\d{1,3}(\.\d{1,6})?)$/.exec(p.get('goal') || '');
  if (goal && (goal[1] === 'acc' ? Number(goal[2]) >= 1 && Number(goal[2]) <= 100 : Number(goal[2]) > 0)) {
    spec.goal = { kind: goal[1], value: Number(goal[2]) };
  } else {
    problems.push(t('challenge.badGoal', { value: clip(p.get('goal') || '') }));
    spec.goal = { kind: 'acc', value: 90 };
  }
  spec.maxn = int(p, 'maxn', 0, 1024, problems);
  spec.maxl = int(p, 'maxl', 0, 10, problems);
  spec.maxe = int(p, 'maxe', 1, 100000, problems);
  for (const k of (p.get('lock') || '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (settingKeys.includes(k)) { if (!spec.lock.includes(k)) spec.lock.push(k); }
    else problems.push(t('challenge.badLock', { value: clip(k) }));
  }
  spec.title = (p.get('title') || '').slice(0, 80).replace(/[\u0000-\u001f\u007f]/g, ' ');
  const id = p.get('ch');
  spec.builtIn = id ? builtIns.find((c) => c.id === id) || null : null;
  if (id && !spec.builtIn) problems.push(t('challenge.badId', { value: clip(id) }));
  return { spec, problems };
}

/** Hidden neurons in all and hidden layers of a layers= value. */
export function shape(layers) {
  const sizes = layers ? layers.split(',').map(Number) : [];
  return { neurons: sizes.reduce((a, b) => a + b, 0), layers: sizes.length };
}
