// Files: the trained network as JSON (settings and weights; `train --import` on the command line
// reads it too) or as a Python + NumPy script, importing a JSON model, and the plane and the
// network diagram as PNG pictures (for slides and notes). The file's
// text goes to the engine, which checks it; a bad file is named and leaves the experiment as it was.
import { download, onTextFile } from './datatools.js';
import { t, errorText } from './i18n.js';

const MAX_FILE = 20_000_000;

/** A canvas as a PNG on white (the page's background), offered for download. */
function savePng(canvas, name) {
  const c = document.createElement('canvas');
  c.width = canvas.width;
  c.height = canvas.height;
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.drawImage(canvas, 0, 0);
  c.toBlob((png) => download(name, png, 'image/png'), 'image/png');
}

export function createModelTools(box, { send, notices, plane, diagram }) {
  box.querySelector('#png-boundary').addEventListener('click', () => savePng(plane, 'plane.png'));
  box.querySelector('#png-diagram').addEventListener('click', () => savePng(diagram, 'network.png'));
  box.querySelector('#export-model').addEventListener('click', () => send({ type: 'export' }));
  box.querySelector('#export-numpy').addEventListener('click', () => send({ type: 'exportNumpy' }));
  onTextFile(box.querySelector('#import-model'), MAX_FILE, t('files.modelFiles'), notices, (text) => send({ type: 'import', text }));

  /** Handles the engine's answers; false when the message is not about model files. */
  return function onMessage(m) {
    switch (m.type) {
      case 'model': download('model.json', m.json, 'application/json'); return true;
      case 'numpy': download('model.py', m.text, 'text/x-python'); return true;
      case 'importError': notices.error(() => t('files.importBad', { why: errorText(m) })); return true;
      case 'imported': notices.info(() => t('files.imported')); return true;
      default: return false;
    }
  };
}
