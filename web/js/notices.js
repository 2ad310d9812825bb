// Dismissible notices (rejected URL settings, engine errors, divergence). Text only: every
// message reaches the DOM through textContent, never as markup.
import { t } from './i18n.js';
export function createNotices(container) {
  function show(kind, title, lines) {
    const box = document.createElement('div');
    box.className = 'notice ' + kind;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const head = document.createElement('strong');
    head.textContent = title;
    box.append(head);
    if (lines && lines.length) {
      const list = document.createElement('ul');
      for (const l of lines) {
        const li = document.createElement('li');
        li.textContent = l;
        list.append(li);
      }
      box.append(list);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'dismiss';
    close.setAttribute('aria-label', t('notice.dismiss'));
    close.textContent = '×';
    close.addEventListener('click', () => box.remove());
    box.append(close);
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
  };
}
