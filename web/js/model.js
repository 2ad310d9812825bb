// Model files: the trained network as JSON (settings and weights; `train --import` on the
// command line reads it too) or as a Python + NumPy script, and importing a JSON model. The file's
// text goes to the engine, which checks it; a bad file is named and leaves the experiment as it was.
import { download, onTextFile } from './datatools.js';

const MAX_FILE = 20_000_000;

export function createModelTools(box, { send, notices }) {
  box.querySelector('#export-model').addEventListener('click', () => send({ type: 'export' }));
  box.querySelector('#export-numpy').addEventListener('click', () => send({ type: 'exportNumpy' }));
  onTextFile(box.querySelector('#import-model'), MAX_FILE, 'model files', notices, (text) => send({ type: 'import', text }));

  /** Handles the engine's answers; false when the message is not about model files. */
  return function onMessage(m) {
    switch (m.type) {
      case 'model': download('model.json', m.json, 'application/json'); return true;
      case 'numpy': download('model.py', m.text, 'text/x-python'); return true;
      case 'importError': notices.error('The model file could not be used: ' + m.message); return true;
      case 'imported': notices.info('Model imported: its settings are in the link, its trained weights in this page.'); return true;
      default: return false;
    }
  };
}
