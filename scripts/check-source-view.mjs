#!/usr/bin/env node
// Browser check of the source view (/articles/{id}) in headless Chromium.
//
// For one article it proves that every highlighted span lands on the right characters (the DOM
// text of the pieces marked with a span equals that span's excerpt, from the JSON form of the
// same URL), that the page text equals the article text, that ?fact=ID marks exactly that fact's
// words and scrolls to them, that a span reached with the keyboard shows its fact with a GraphiQL
// link, that the page reads the same with scripts off, that print hides the tooltip, and that no
// request leaves the app's origin. It takes screenshots.
//
// Usage (the app must be running):
//   cd scripts && npm ci && node check-source-view.mjs
// Environment:
//   BASE_URL    where the app runs                   (default http://localhost:8080)
//   ARTICLE     article id (node id or curated id)    (required)
//   FACT        a fact id to check ?fact= with        (default: the fact of the first span)
//   SCREENSHOT  screenshot of the page (a second one, with -fact before .png, for ?fact=)
//                                                     (default /tmp/source-view.png)
//   CHROMIUM    the browser binary                   (default /usr/bin/chromium, Debian's package)
//   TIMEOUT_MS  how long to wait for each step       (default 30000)
//
// Prints a JSON summary on stdout; exits 1 when a check fails, 2 on an unexpected error.
// Never downloads a browser: it drives the system Chromium through playwright-core.

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const ORIGIN = new URL(BASE_URL).origin;
const ARTICLE = process.env.ARTICLE;
const SCREENSHOT = process.env.SCREENSHOT || '/tmp/source-view.png';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);

const log = (...args) => console.error('[check-source-view]', ...args);
const failures = [];
const check = (ok, message) => {
  if (!ok) {
    failures.push(message);
    log('FAIL', message);
  }
  return ok;
};

// What the page shows for each span: the text of the pieces whose data-s lists it, in order.
function domTexts() {
  const bySpan = {};
  for (const mark of document.querySelectorAll('#text mark.seg')) {
    for (const i of mark.getAttribute('data-s').split(' ')) {
      bySpan[i] = (bySpan[i] || '') + mark.textContent;
    }
  }
  return {
    bySpan,
    text: document.getElementById('text').textContent,
    marks: document.querySelectorAll('#text mark.seg').length,
  };
}

async function main() {
  if (!ARTICLE) {
    throw new Error('ARTICLE is required');
  }
  const url = `${BASE_URL}/articles/${encodeURIComponent(ARTICLE)}`;
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status} to Accept: application/json`);
  }
  const article = await response.json();
  const spans = article.spans;
  const fact = process.env.FACT || (spans[0] && spans[0].factId);
  log(`${spans.length} spans on ${article.id}; checking ?fact=${fact}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const external = [];
  const pageErrors = [];
  const summary = { article: article.id, spans: spans.length, fact };
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(TIMEOUT);
    await context.route('**/*', (route) => {
      const target = route.request().url();
      if (target.startsWith('data:') || new URL(target).origin === ORIGIN) {
        return route.continue();
      }
      external.push(target);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });

    // 1. every span on the right characters
    await page.goto(url, { waitUntil: 'load' });
    const dom = await page.evaluate(domTexts);
    check(dom.text === article.text, 'the text shown differs from the article text');
    let matched = 0;
    spans.forEach((span, i) => {
      if (check(dom.bySpan[i] === span.excerpt,
        `span ${i} (${span.kind} ${span.factId}): DOM text ${JSON.stringify(dom.bySpan[i])} != excerpt ${JSON.stringify(span.excerpt)}`)) {
        matched++;
      }
    });
    summary.spansMatched = matched;
    summary.marks = dom.marks;
    const background = await page.$eval('#text mark.seg', (m) => getComputedStyle(m).backgroundColor);
    check(background && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent',
      `highlights have no background (${background})`);
    const legend = await page.$$eval('.legend li', (items) => items.map((li) => li.getAttribute('data-kind')));
    const kinds = [...new Set(spans.map((s) => s.kind))];
    check(kinds.every((k) => legend.includes(k)), `legend ${legend} misses a kind of ${kinds}`);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    summary.screenshot = SCREENSHOT;

    // 2. by keyboard: Tab reaches a highlight, which shows its facts with a GraphiQL link
    let focused = null;
    for (let i = 0; i < 15 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement && document.activeElement.matches('mark.seg'))
        ? document.activeElement.getAttribute('data-f') : null);
    }
    if (check(focused !== null, 'Tab never reached a highlighted span')) {
      const tip = await page.$eval('#tip', (t) => ({
        hidden: t.hidden,
        text: t.textContent,
        links: [...t.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      }));
      check(!tip.hidden, 'focusing a highlight shows no tooltip');
      check(tip.links.some((href) => href.startsWith('/graphiql?query=')), `tooltip has no GraphiQL link: ${tip.links}`);
      summary.tooltip = tip.text.slice(0, 160);
      await page.keyboard.press('Enter');
      const inTip = await page.evaluate(() => document.getElementById('tip').contains(document.activeElement));
      check(inTip, 'Enter on a highlight does not move focus to its links');
    }

    // 3. ?fact= marks that fact's words, and only those, and scrolls to them
    await page.goto(`${url}?fact=${encodeURIComponent(fact)}`, { waitUntil: 'load' });
    const marked = await page.evaluate(() => {
      const hits = [...document.querySelectorAll('#text mark.hit')];
      const r = hits.length ? hits[0].getBoundingClientRect() : null;
      return {
        count: hits.length,
        text: hits.map((m) => m.textContent).join('|'),
        inView: r !== null && r.top >= 0 && r.bottom <= window.innerHeight,
        focused: document.activeElement && document.activeElement.classList.contains('hit'),
        outline: hits.length ? getComputedStyle(hits[0]).outlineStyle : null,
      };
    });
    const expected = spans.filter((s) => s.factId === fact);
    const wanted = new Set();
    spans.forEach((s, i) => { if (s.factId === fact) wanted.add(i); });
    // a piece is marked exactly when one of the fact's spans covers it
    const exact = await page.evaluate((indexes) => [...document.querySelectorAll('#text mark.seg')]
      .every((mark) => mark.getAttribute('data-s').split(' ').some((i) => indexes.includes(i))
        === mark.classList.contains('hit')), [...wanted].map(String));
    check(exact, '?fact= marks a piece that is not that fact\'s, or misses one');
    check(marked.count > 0 && expected.length > 0, `?fact=${fact} marked nothing`);
    check(expected.every((s) => marked.text.replaceAll('|', '').includes(s.excerpt)),
      `?fact= marked ${JSON.stringify(marked.text)}, expected ${JSON.stringify(expected.map((s) => s.excerpt))}`);
    check(marked.inView, '?fact= did not scroll the marked words into view');
    check(marked.focused, '?fact= did not focus the marked words');
    check(marked.outline && marked.outline !== 'none', '?fact= words have no outline');
    summary.factMarked = marked.count;
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-fact.png') });

    // 4. print: no tooltip, the facts list stays
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      tip: getComputedStyle(document.getElementById('tip')).display,
      facts: getComputedStyle(document.getElementById('facts')).display,
    }));
    check(print.tip === 'none' && print.facts !== 'none', `print shows tooltip ${print.tip} / facts ${print.facts}`);

    // 5. without scripts: the same highlights
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(url, { waitUntil: 'load' });
    const plainDom = await plain.evaluate(domTexts);
    check(spans.every((span, i) => plainDom.bySpan[i] === span.excerpt), 'without scripts the highlights differ');
    await noJs.close();
  } finally {
    await browser.close();
  }
  check(external.length === 0, `requests left the origin: ${external.join(', ')}`);
  check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
  summary.external = external;
  summary.failures = failures;
  console.log(JSON.stringify(summary, null, 2));
  process.exit(failures.length ? 1 : 0);
}

main().catch((e) => {
  log('ERROR', e && e.stack ? e.stack : e);
  process.exit(2);
});
