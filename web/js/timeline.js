// The timeline: a slider over the checkpoints the engine keeps of this run (evenly spread over
// all of it, see experiment/Timeline.java). Moving it puts the network back to that moment —
// boundary, weights, loss — and Play, Step or Epoch trains on from there, dropping what came after.
import { t } from './i18n.js';
export function createTimeline(input, label, send) {
  input.addEventListener('input', () => send({ type: 'timelineGo', index: Number(input.value) }));
  return {
    /** Shows the engine's status: how many marks, and the one gone back to (−1: the newest state). */
    update(status) {
      const marks = status.marks || 0;
      input.max = String(Math.max(0, marks - 1));
      input.disabled = marks < 2;
      if (status.mark < 0) input.value = input.max;
      label.textContent = status.mark < 0
        ? t('timeline.now', { epoch: status.epoch, steps: status.steps })
        : t('timeline.back', { epoch: status.epoch, steps: status.steps, mark: status.mark + 1, marks });
    },
  };
}
