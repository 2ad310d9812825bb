// The Challenges menu (loaded with the page): the built-in challenges (web/challenges.json,
// fetched when the menu opens) as links, and "Create challenge…". A link with goal= is a
// challenge: its panel, locks and check (challenge.js) load then.
import { t, lang } from '../i18n.js';

export const CHALLENGE_KEYS = ['ch', 'title', 'goal', 'lock', 'maxn', 'maxl', 'maxe'];

/** The link of a built-in challenge: its settings and its keys. */
export function challengeUrl(c) {
  const keys = { ch: c.id, goal: c.goal, lock: c.lock, maxn: c.maxn, maxl: c.maxl, maxe: c.maxe };
  const extra = Object.entries(keys).filter(([, v]) => v !== undefined).map(([k, v]) => k + '=' + encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':'));
  return './?' + c.settings + '&' + extra.join('&') + '&lang=' + lang();
}

export function createChallenges(box, deps) {
  const list = box.querySelector('#challenges-list');
  let builtIns = null, running = null, creating = null;
  async function load() {
    if (!builtIns) builtIns = fetch(new URL('../../challenges.json', import.meta.url)).then((r) => r.json()).catch(() => []);
    return builtIns;
  }
  async function fill() {
    const all = await load();
    list.replaceChildren(...all.map((c) => {
      const a = document.createElement('a');
      a.href = challengeUrl(c);
      a.textContent = c.title[lang()] || c.title.en;
      const li = document.createElement('li');
      li.append(a);
      return li;
    }));
  }
  box.addEventListener('toggle', () => { if (box.open) fill(); });
  box.querySelector('#create-challenge').addEventListener('click', async () => {
    creating = creating || (await import('./create.js')).createForm(box.querySelector('#create-box'), deps);
    creating.show();
  });
  if (new URLSearchParams(location.search).has('goal')) {
    const begin = deps.store.subscribe(async (s) => {
      if (!s.info || running) return;
      begin();
      running = (await import('./challenge.js')).startChallenge(await load(), deps);
    });
  }
  return () => { if (box.open) fill(); if (running) running.relabel(); if (creating) creating.relabel(); };
}
