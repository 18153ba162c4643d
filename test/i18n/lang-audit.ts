/**
 * A test utility for widget helpers: finds English a resident would meet in a
 * Polish, Welsh or Urdu widget without a `lang` saying so (WCAG 3.1.2).
 *
 *     expect(untaggedEnglish(el)).to.deep.equal([]);
 *
 * It walks every text node of the widget's shadow root (visually hidden ones
 * too: screen readers read them) and the attributes read aloud (`aria-label`,
 * `placeholder`, `title`, `alt`), finds each one's language (the nearest
 * `lang`), and reports those that are marked as not English but read as
 * English: an English word that is not also Welsh or Polish ("the", "your",
 * "we", "will" …), or, in Urdu, Latin words. References, phone numbers,
 * emails and web addresses are not words and are let through; so is
 * anything in `allow` (a council's name, say).
 */
const ENGLISH_WORDS = new Set(
  ('the your you our will would is are be been were this that these those with from for of and not cannot if has have ' +
    'here there when what which who how about into than then they their them it its an by as or please contact call ' +
    'open closed today tomorrow working days day phone emergency service services request complaint feedback')
    .split(' '),
);

/** Text that is not words: references, numbers, times, emails, web addresses, punctuation. */
const NOT_WORDS = /^(?:[\s\d\p{P}\p{S}]|[A-Z]{2,}-\d+|\S+@\S+|https?:\/\/\S+|www\.\S+)*$/u;

export interface UntaggedEnglish {
  /** The English found (a text node's text, or `attribute="value"`). */
  text: string;
  /** The language it is marked as. */
  lang: string;
  /** Where: the tag names from the shadow root down. */
  path: string;
}

function langOf(node: Node, fallback: string): string {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (el.hasAttribute('lang')) return el.getAttribute('lang')!;
  }
  return fallback;
}

function pathOf(node: Node): string {
  const names: string[] = [];
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    names.unshift(el.localName + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''));
  }
  return names.join(' > ');
}

/** Whether `text` reads as English in a widget marked `lang`. */
export function readsAsEnglish(text: string, lang: string, allow: readonly string[] = []): boolean {
  let rest = text;
  for (const allowed of allow) rest = rest.split(allowed).join(' ');
  if (NOT_WORDS.test(rest.trim())) return false;
  const words = rest.toLowerCase().match(/[a-z’']+/g) ?? [];
  if (words.some((word) => ENGLISH_WORDS.has(word.replace(/[’']s$/, '')))) return true;
  // Urdu is not written in Latin letters: two Latin words together are another language.
  return lang.toLowerCase().startsWith('ur') && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(rest);
}

const SPOKEN_ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];

/** Every piece of English in `el`'s shadow root that is not marked as English. */
export function untaggedEnglish(el: Element, allow: readonly string[] = []): UntaggedEnglish[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const widgetLang = langOf(el, document.documentElement.lang || 'en');
  const found: UntaggedEnglish[] = [];
  const check = (node: Node, text: string, attribute?: string) => {
    const lang = langOf(node, widgetLang);
    if (lang.toLowerCase().startsWith('en') || !readsAsEnglish(text, lang, allow)) return;
    found.push({ text: attribute ? `${attribute}="${text}"` : text.trim(), lang, path: pathOf(node) });
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const name of SPOKEN_ATTRIBUTES) if (node.hasAttribute(name)) check(node, node.getAttribute(name)!, name);
      continue;
    }
    const parent = node.parentElement;
    if (parent && ['style', 'script', 'template'].includes(parent.localName)) continue;
    if (node.textContent!.trim()) check(node, node.textContent!);
  }
  return found;
}
