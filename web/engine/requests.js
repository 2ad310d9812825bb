// One-off requests to the engine that do not touch the training loop's timing: hover probes,
// weight edits, point edits, CSV, TensorFlow Playground links, model files, the self-test.
// Each answers with one message; failures come back as {type: ..., error} text. Files and links
// go through the engine's ToolsApi, which the 2D page's engine loads on first use (load.js).

import { own, fault } from './trainer.js';
import { loadTools } from './load.js';

export const REQUESTS = ['probe', 'setWeight', 'editPoints', 'importCsv', 'exportCsv', 'tfLink', 'export', 'exportNumpy', 'import', 'selfTest', 'classify', 'images', 'timelineGo', 'showMath'];

export function request(api, trainer, post, m) {
  const json = (s) => JSON.parse(s);
  const failed = (e) => post({ type: m.type === 'import' ? 'importError' : 'error', ...fault(e) });
  const withTools = (f) => loadTools(api).then(f).catch(failed);
  /** A text the tools wrote, or the error they answered instead. */
  const text = (s) => { if (s.startsWith('{"error"')) throw json(s); return s; };
  switch (m.type) {
    case 'probe': {
      const values = own(api.PlaneApi.probe(m.x, m.y));
      post({ type: 'probe', x: m.x, y: m.y, values }, [values.buffer]);
      return;
    }
    case 'setWeight': {
      const r = json(api.setWeight(m.layer, m.from, m.to, m.value));
      if (r.error) post({ type: 'error', ...fault(r) });
      else trainer.sendSnapshot();
      return;
    }
    case 'editPoints': post({ type: 'points', ...json(api.PlaneApi.editPoints(m.op, m.x, m.y, m.cls, m.radius)) }); return;
    case 'importCsv': withTools((x) => post({ type: 'csv', ...json(x.importCsv(m.text)) })); return;
    case 'exportCsv': post({ type: 'csvText', text: api.PlaneApi.exportCsv() }); return;
    case 'tfLink': withTools((x) => post({ type: 'tfLink', ...json(x.tfLink(m.text)) })); return;
    case 'classify': {
      const out = own(api.ImagesApi.classify(m.gray, m.width, m.height));
      post({ type: 'classified', out }, [out.buffer]);
      return;
    }
    case 'images': {
      const pixels = own(api.ImagesApi.pixels(m.train, m.from, m.count));
      post({ type: 'images', id: m.id, pixels }, [pixels.buffer]);
      return;
    }
    case 'export':
    case 'exportNumpy': {
      const state = json(api.modelState()), weights = api.weights();
      if (state.error) return failed(state);
      withTools((x) => post(m.type === 'export' ? { type: 'model', json: text(x.modelJson(state.query, state.epoch, weights)) }
        : { type: 'numpy', text: text(x.numpy(state.query, state.epoch, weights)) }));
      return;
    }
    case 'import': withTools((x) => {
      const file = json(x.readModel(m.text));
      if (file.error) throw file;
      const r = json(api.importModel(file.query, new Float64Array(file.params)));
      if (r.error) throw r;
      trainer.pause();
      post({ type: 'imported' });
      trainer.started(r);
    });
      return;
    case 'timelineGo': { // back to a checkpoint of this run; Play or Step trains on from there
      trainer.pause();
      const r = json(api.timelineGo(m.index | 0));
      if (r.error) post({ type: 'error', ...fault(r) });
      else trainer.sendSnapshot();
      return;
    }
    case 'showMath': post({ type: 'math', id: m.id, ...json(api.showMath(m.example)) }); return;
    case 'selfTest': post({ type: 'selfTest', json: api.selfTest() }); return;
    default: post({ type: 'error', message: 'unknown request ' + m.type });
  }
}
