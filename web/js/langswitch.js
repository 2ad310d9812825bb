// The language switch in the header (a native select). Switching loads the other message file,
// rewrites the page's texts in place (the run, its curves and weights stay) and keeps the choice
// in the link as lang=, a page-only key. A lang= the page does not have is named in a notice.
import { LANGS, loadLang, translate, lang, t, onTextsLoaded } from './i18n.js';
import { withKey, clip } from './present.js';

const NAMES = { en: 'English', 'zh-CN': '简体中文' }; // each language in its own words

export function createLangSwitch(select, picked, notices, relabel) {
  for (const l of LANGS) {
    const o = document.createElement('option');
    o.value = l;
    o.lang = l;
    o.textContent = NAMES[l];
    select.append(o);
  }
  select.value = lang();
  onTextsLoaded(() => {
    if (notices.relabel) notices.relabel();
    relabel();
  });
  if (picked.rejected !== null) {
    notices.report(() => t('lang.rejected'), () => [t('lang.bad', { value: clip(picked.rejected), allowed: LANGS.join(', ') })]);
  }
  select.addEventListener('change', async () => {
    const to = select.value;
    try {
      await loadLang(to);
    } catch (e) {
      notices.error(() => t('lang.failed', { lang: NAMES[to] }));
      select.value = lang();
  onTextsLoaded(() => {
    if (notices.relabel) notices.relabel();
    relabel();
  });
      return;
    }
    history.replaceState(null, '', location.pathname + withKey(location.search, 'lang', to));
    translate(document);
    if (notices.relabel) notices.relabel();
    relabel();
  });
}
