// Dismissible notices (rejected URL settings, engine errors, divergence). Text only: every
// message reaches the DOM through textContent, never as markup. A title or list given as a
// function is worded again by relabel() after a language switch.
import { t } from './i18n.js';
const text = (v) => (typeof v === 'function' ? v() : v);
export function createNotices(container) {
  function show(kind, title, lines) {
    const box = document.createElement('div');
    box.className = 'notice ' + kind;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const head = document.createElement('strong');
    const list = document.createElement('ul');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'dismiss';
    close.textContent = '×';
    close.addEventListener('click', () => box.remove());
    box.relabel = () => {
      head.textContent = text(title);
      const items = text(lines) || [];
      list.replaceChildren(...items.map((l) => Object.assign(document.createElement('li'), { textContent: l })));
      list.hidden = !items.length;
      close.setAttribute('aria-label', t('notice.dismiss'));
    };
    box.relabel();
    box.append(head, list, close);
    container.append(box);
    return box;
  }
  return {
    info: (title, lines) => show('info', title, lines),
    warn: (title, lines) => show('warn', title, lines),
    /** Like warn, but kept when new settings arrive (e.g. what a CSV import skipped). */
    report: (title, lines) => show('report', title, lines),
    error: (title, lines) => show('error', title, lines),
    clear: (kind) => container.querySelectorAll(kind ? '.notice.' + kind : '.notice').forEach((n) => n.remove()),
    /** Words the shown notices again in the page's (new) language. */
    relabel: () => container.querySelectorAll('.notice').forEach((n) => n.relabel && n.relabel()),
  };
}
