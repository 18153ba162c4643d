// Cross-site scripting payloads: each one, if it ever ran, would set
// `window.__pwned` (or call `__pwn()`), so a test can tell that no script ran.
// They cover markup (script, img/svg event handlers, iframes), attribute
// breakouts, template tricks (lit's own markers, `${}`, Angular/Vue-style
// `{{ }}`), and unsafe URLs disguised the ways browsers forgive.

const run = 'window.__pwned=true';

/** Text a widget must show as text, never as markup. */
export const XSS_PAYLOADS: readonly string[] = [
  `<script>${run}</script>`,
  `</script><script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<img src="x" onerror=${run}//`,
  `<svg onload="${run}"></svg>`,
  `<svg><script>${run}</script></svg>`,
  `<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>`,
  `<a href="javascript:${run}">click me</a>`,
  `<details open ontoggle="${run}">`,
  `<body onload=${run}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `"><img src=x onerror=${run}>`,
  `' onmouseover='${run}' x='`,
  `" autofocus onfocus="${run}" x="`,
  '${' + run + '}',
  '`;' + run + ';`',
  `{{constructor.constructor('${run}')()}}`,
  `{{$on.constructor('${run}')()}}`,
  '<!--?lit$123456789$--><img src=x onerror="' + run + '">',
  'lit$123456789$',
  '<?lit$1234$>',
  '<!--',
  '-->',
  `<style>@import 'javascript:${run}';</style>`,
  `<object data="javascript:${run}"></object>`,
  `<form><button formaction="javascript:${run}">go</button></form>`,
  `&lt;img src=x onerror=${run}&gt;`,
  `\u003cimg src=x onerror=${run}\u003e`,
  `<IMG SRC=JaVaScRiPt:${run}>`,
  `<template><img src=x onerror="${run}"></template>`,
];

/**
 * One payload of each kind, for `npm test`: markup, each event handler that
 * fires by itself (image error, SVG load, details toggle), a frame, a
 * javascript: link, attribute breakouts, template tricks and lit's own
 * markers. The soak run (`npm run test:soak`) uses every payload.
 */
export const PAYLOADS_OF_EACH_KIND: readonly string[] = [0, 1, 2, 4, 6, 7, 8, 11, 12, 14, 16, 18, 19, 23].map((i) => XSS_PAYLOADS[i]);

/** URLs no widget may ever render as a link (as the charter or an API gives them). */
export const UNSAFE_URLS: readonly string[] = [
  `javascript:${run}`,
  `JavaScript:${run}`,
  `JAVASCRIPT:${run}`,
  ` javascript:${run}`,
  `\u0001javascript:${run}`,
  `\tjavascript:${run}`,
  `jav\tascript:${run}`,
  `java\nscript:${run}`,
  `jav&#x09;ascript:${run}`,
  `javascript&colon;${run}`,
  `javascript://example.org/%0a${run}`,
  `data:text/html,<script>${run}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD10cnVlPC9zY3JpcHQ+`,
  `DATA:image/svg+xml,<svg onload="${run}">`,
  `vbscript:msgbox("pwned")`,
  `VBScript:msgbox("pwned")`,
  `file:///etc/passwd`,
  `blob:https://example.org/uuid`,
];

/** Whether any payload ran. */
export const pwned = () => (window as { __pwned?: unknown }).__pwned !== undefined;

/** Collapses whitespace, as rendered text does. */
export const squashed = (text: string) => text.replace(/\s+/g, ' ').trim();
