// The 2D page's classroom extras, each a small module loaded with the page whose real work
// loads on use: lessons (lessons/), challenges (challenge/) and comparing runs (compare/).
// Returns the hook that writes their texts again after a language switch.
import { createLessons } from './lessons/links.js';
import { createCompareButton } from './compare/button.js';
import { createChallenges } from './challenge/menu.js';

export function createExtras({ $, store, notices, charts, send }) {
  const hooks = [
    createLessons($('lessons-list'), $('lesson-panel'), { store, notices }),
    createCompareButton($('compare'), { store, charts, notices, $ }),
    createChallenges($('challenges-box'), { store, notices, $, send }),
  ];
  return () => hooks.forEach((f) => f());
}
