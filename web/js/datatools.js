// Your own data: pick the class a click adds (shift or right click adds the next class), add or
// erase points, clear; import points from CSV, export the current points as CSV; regenerate the
// dataset with a new seed. File contents reach the engine as text and come back as values.
import { CLASS_CSS } from './palette.js';
import { t } from './i18n.js';

const MAX_FILE = 1_000_000;

export function createDataTools(box, { onEdit, onImport, onExport, onRegenerate, notices }) {
  let classes = 2;
  const picker = box.querySelector('#class-picker');
  const tool = () => box.querySelector('input[name=tool]:checked').value;
  const selected = () => Number((picker.querySelector('input:checked') || { value: 1 }).value);

  function renderPicker() {
    const keep = Math.min(selected(), classes - 1);
    picker.replaceChildren();
    for (let c = 0; c < classes; c++) {
      const id = 'class-' + c;
      const input = document.createElement('input');
      Object.assign(input, { type: 'radio', name: 'cls', value: String(c), id, checked: c === keep });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.className = 'class-choice';
      const dot = document.createElement('span');
      dot.className = 'swatch';
      dot.style.background = CLASS_CSS[c];
      label.append(dot, ' ' + t('data.class', { c }));
      picker.append(input, label);
    }
  }

  box.querySelector('#clear-points').addEventListener('click', () => onEdit('clear', 0, 0, 0));
  box.querySelector('#regenerate').addEventListener('click', onRegenerate);
  box.querySelector('#export-csv').addEventListener('click', onExport);
  onTextFile(box.querySelector('#import-csv'), MAX_FILE, t('data.csvFiles'), notices, onImport);
  renderPicker();

  return {
    setClasses(k, regression) {
      classes = Math.max(2, Math.min(5, k));
      renderPicker();
      box.classList.toggle('regression', regression);
    },
    /** A click on the plane at (x, y). */
    click(x, y, other, radius) {
      if (tool() === 'erase') onEdit('erase', x, y, 0, radius);
      else onEdit('add', x, y, other ? (selected() + 1) % classes : selected());
    },
  };
}

/**
 * Calls onText(text, name) with the text of each file chosen in a file input, refusing (with a
 * notice) files over maxBytes; the input is cleared so the same file can be chosen again.
 */
export function onTextFile(input, maxBytes, what, notices, onText) {
  input.addEventListener('change', async () => {
    const f = input.files[0];
    input.value = '';
    if (!f) return;
    if (f.size > maxBytes) {
      notices.error(() => t('files.tooBig', { name: f.name, mb: (f.size / 1e6).toFixed(1), what, max: maxBytes / 1e6 }));
      return;
    }
    onText(await f.text(), f.name);
  });
}

/** Offers text (or a Blob) as a file download (blob URL; nothing leaves the browser). */
export function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
