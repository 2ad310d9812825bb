// The lessons menu in the header (loaded with the page: five links and their titles). A link
// opens the lesson's page with its settings and lesson=N, a page-only key; the panel with the
// lesson's text, formulas and "try this" check (panel.js and the lesson files) loads only then.
import { t, lang } from '../i18n.js';
import { withKey } from '../present.js';

export const LESSON_LINKS = [
  ['', 'data=gauss&noise=20&layers=&out=sigmoid&loss=bce&init=zeros&opt=sgd&lr=0.03&batch=500'],
  ['', 'data=circle&layers=4&act=relu&out=sigmoid&loss=bce&init=normal&opt=sgd&lr=0.1&batch=10'],
  ['mnist.html', 'data=mnist&subset=1000&testn=1000&layers=50&act=relu&init=he&opt=sgd&lr=0.1&batch=32&sched=exp&decay=0.9&every=1&epochs=5'],
  ['', 'data=people&layers=2&act=sigmoid&out=sigmoid&loss=mse&init=normal&opt=sgd&lr=0.3&batch=1'],
  ['', 'data=spiral&layers=8,8&act=identity&opt=adam&lr=0.03'],
];

/** The link that opens lesson n (1-based), in the page's language. */
export const lessonUrl = (n) => (LESSON_LINKS[n - 1][0] || './') + '?' + LESSON_LINKS[n - 1][1] + '&lesson=' + n + '&lang=' + lang();

/** Fills the menu; opens the panel when the link names a lesson. Returns a relabel hook. */
export function createLessons(list, panelRoot, deps) {
  let panel = null;
  function fill() {
    list.replaceChildren(...LESSON_LINKS.map((_, i) => {
      const a = document.createElement('a');
      a.href = lessonUrl(i + 1);
      a.textContent = t('lessons.' + (i + 1));
      const li = document.createElement('li');
      li.append(a);
      return li;
    }));
  }
  fill();
  const asked = new URLSearchParams(location.search).get('lesson');
  const n = Number(asked);
  async function open() {
    panel = await import('./panel.js');
    await panel.openLesson(n, panelRoot, { ...deps, onClose: () => history.replaceState(null, '', location.pathname + withKey(location.search, 'lesson', '')) });
  }
  if (asked !== null && Number.isInteger(n) && n >= 1 && n <= LESSON_LINKS.length) open();
  else if (asked !== null) deps.notices.report(() => t('lessons.bad'), () => [t('lessons.badValue', { value: asked.slice(0, 40), max: LESSON_LINKS.length })]);
  return () => { fill(); if (panel && !panelRoot.hidden) open(); };
}
