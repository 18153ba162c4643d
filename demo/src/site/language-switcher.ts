/**
 * The demo's language switcher: it changes the page's `lang` (and `dir`), and
 * the widgets follow live, as they would on a council site with its own switcher.
 * Progressive: a plain form with a select, enhanced to apply without a reload.
 */
const rtl = new Set(['ur']);

export function applyLanguage(lang: string, root: HTMLElement = document.documentElement): void {
  root.lang = lang;
  root.dir = rtl.has(lang) ? 'rtl' : 'ltr';
}

function enhance(form: HTMLFormElement) {
  const select = form.querySelector('select')!;
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl && [...select.options].some((o) => o.value === fromUrl)) {
    select.value = fromUrl;
    applyLanguage(fromUrl);
  }
  form.querySelector('button')?.setAttribute('hidden', '');
  select.addEventListener('change', () => {
    applyLanguage(select.value);
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}

document.querySelectorAll<HTMLFormElement>('form.language-switcher').forEach(enhance);
