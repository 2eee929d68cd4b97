#!/usr/bin/env node
// Browser check of the pages Accords serves itself: /graphiql and the landing page /.
//
// Proves, in a real (headless) Chromium, that GraphiQL renders, runs a query against /graphql,
// shows the documentation explorer, and that neither page tries to reach any other origin
// (no CDN, no web fonts): every request to another origin is aborted and reported.
//
// Usage (the app must be running):
//   cd scripts && npm ci && node check-graphiql.mjs
// Environment:
//   BASE_URL    where the app runs                       (default http://localhost:8080)
//   QUERY       the query to run in GraphiQL             (default { dataset { version } })
//   SCREENSHOT  where to write a screenshot of GraphiQL  (default /tmp/graphiql.png)
//   CHROMIUM    the browser binary                       (default /usr/bin/chromium, Debian's package)
//   TIMEOUT_MS  how long to wait for each step           (default 30000)
//
// Prints a JSON summary on stdout; exits 1 if any external request was attempted, the result never
// appeared, the docs explorer failed or the landing page is broken; 2 on an unexpected error.
// Never downloads a browser: it drives the system Chromium through playwright-core.

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const ORIGIN = new URL(BASE_URL).origin;
const QUERY = process.env.QUERY || '{ dataset { version } }';
const SCREENSHOT = process.env.SCREENSHOT || '/tmp/graphiql.png';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const EXPECTED_ACCEPT = 'application/graphql-response+json';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const log = (...args) => console.error('[check-graphiql]', ...args);

function isSameOrigin(url) {
  try {
    return new URL(url).origin === ORIGIN;
  } catch {
    return false;
  }
}

// Per-page bookkeeping: every request leaving the origin (aborted), CSP violations (the pages
// forbid other origins through Content-Security-Policy, so the browser may block an external load
// before it ever reaches the network), uncaught errors and console errors.
async function instrument(context, page, record) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push({ blockedURI: e.blockedURI, directive: e.violatedDirective });
    });
  });
  page.on('pageerror', (err) => record.pageErrors.push(String(err && err.message ? err.message : err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') record.consoleErrors.push(msg.text());
  });
  page.on('websocket', (ws) => {
    if (!isSameOrigin(ws.url().replace(/^ws/, 'http'))) record.external.push(ws.url());
  });
}

async function cspViolations(page) {
  try {
    return await page.evaluate(() => window.__cspViolations || []);
  } catch {
    return [];
  }
}

async function checkGraphiql(context, summary) {
  const record = { external: summary.externalRequestsBlocked, pageErrors: [], consoleErrors: [] };
  const page = await context.newPage();
  await instrument(context, page, record);

  let acceptHeader = null;
  page.on('request', (req) => {
    if (req.method() === 'POST' && isSameOrigin(req.url()) && new URL(req.url()).pathname === '/graphql') {
      const body = req.postData() || '';
      if (!body.includes('IntrospectionQuery')) acceptHeader = req.headers()['accept'] ?? null;
    }
  });

  const t0 = Date.now();
  log(`opening ${BASE_URL}/graphiql`);
  const response = await page.goto(`${BASE_URL}/graphiql`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
  summary.graphiqlStatus = response ? response.status() : null;

  // 1. The editor renders (React + GraphiQL came from the app's own webjars).
  const editorSel = '.graphiql-container .graphiql-query-editor .CodeMirror';
  await page.waitForSelector(editorSel, { timeout: TIMEOUT });
  summary.editorRendered = true;
  log('editor rendered');

  // 2. Replace the query. CodeMirror 5 exposes its instance on the wrapper element; typing would
  //    fight the editor's auto-closing brackets and autocompletion.
  const replaced = await page.evaluate(({ sel, query }) => {
    const el = document.querySelector(sel);
    if (!el || !el.CodeMirror) return false;
    el.CodeMirror.setValue(query);
    return el.CodeMirror.getValue() === query;
  }, { sel: editorSel, query: QUERY });
  if (!replaced) {
    await page.click(editorSel);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(QUERY);
  }

  // 3. Run it and wait for a result containing "data". GraphiQL parses the editor's operations
  //    with a short debounce; a click that lands before that runs the previous operation name
  //    ("Unknown operation named ..."), so give it a moment and retry once or twice if that happens.
  const resultSel = '.graphiql-response .result-window';
  const readResult = (sel) => {
    const el = document.querySelector(`${sel} .CodeMirror`);
    return el && el.CodeMirror ? el.CodeMirror.getValue() : (document.querySelector(sel) || {}).textContent || '';
  };
  await page.waitForTimeout(500);
  let resultText = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.click('button.graphiql-execute-button', { timeout: TIMEOUT });
    log(`execute clicked (attempt ${attempt})`);
    try {
      const handle = await page.waitForFunction((sel) => {
        const el = document.querySelector(`${sel} .CodeMirror`);
        const text = el && el.CodeMirror ? el.CodeMirror.getValue() : (document.querySelector(sel) || {}).textContent || '';
        return /"(data|errors)"/.test(text) ? text : false;
      }, resultSel, { timeout: TIMEOUT });
      resultText = await handle.jsonValue();
    } catch (e) {
      log(`no result: ${e.message.split('\n')[0]}`);
      break;
    }
    if (resultText.includes('"data"')) {
      summary.ms = Date.now() - t0;
      break;
    }
    if (!/Unknown operation named/.test(resultText)) break;
    log('GraphiQL ran a stale operation name; retrying');
    await page.evaluate((sel) => {
      const el = document.querySelector(`${sel} .CodeMirror`);
      if (el && el.CodeMirror) el.CodeMirror.setValue('');
    }, resultSel);
    await page.waitForTimeout(500);
  }
  if (!resultText) resultText = await page.evaluate(readResult, resultSel);
  summary.resultSnippet = resultText.replace(/\s+/g, ' ').trim().slice(0, 300) || null;
  summary.resultOk = resultText.includes('"data"');
  summary.acceptHeader = acceptHeader;
  summary.acceptHeaderOk = typeof acceptHeader === 'string' && acceptHeader.includes(EXPECTED_ACCEPT);
  log(`result: ${summary.resultSnippet}`);

  // 4. Open the documentation explorer: its root lists the Query type; following it shows Query's fields.
  try {
    const docsButton = page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]');
    if (await docsButton.count()) await docsButton.click({ timeout: TIMEOUT });
    const explorer = page.locator('.graphiql-doc-explorer');
    await explorer.waitFor({ timeout: TIMEOUT });
    const queryLink = explorer.locator('.graphiql-doc-explorer-content a', { hasText: /^Query$/ }).first();
    await queryLink.waitFor({ timeout: TIMEOUT });
    summary.docsListsQuery = true;
    await queryLink.click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor({ timeout: TIMEOUT });
    const fields = await explorer.locator('.graphiql-doc-explorer-content a.graphiql-doc-explorer-field-name').allTextContents();
    summary.docsQueryFields = fields.slice(0, 20);
    summary.docsOk = true;
    log(`docs explorer lists Query with fields: ${fields.join(', ')}`);
  } catch (e) {
    summary.docsOk = false;
    log(`docs explorer failed: ${e.message.split('\n')[0]}`);
  }

  await page.screenshot({ path: SCREENSHOT });
  summary.screenshot = SCREENSHOT;

  for (const v of await cspViolations(page)) summary.cspViolations.push({ page: '/graphiql', ...v });
  summary.graphiqlPageErrors = record.pageErrors;
  summary.graphiqlConsoleErrors = record.consoleErrors;
  await page.close();
}

async function checkLanding(context, summary) {
  const record = { external: summary.externalRequestsBlocked, pageErrors: [], consoleErrors: [] };
  const page = await context.newPage();
  await instrument(context, page, record);
  log(`opening ${BASE_URL}/`);
  const response = await page.goto(`${BASE_URL}/`, { waitUntil: 'load', timeout: TIMEOUT });
  summary.landingStatus = response ? response.status() : null;
  const info = await page.evaluate(() => ({
    title: document.title,
    h1: (document.querySelector('h1') || {}).textContent || '',
    links: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
  }));
  const required = ['/graphiql', '/graphql/schema', '/articles', '/data', '/actuator/health'];
  const missing = required.filter((href) => !info.links.includes(href));
  summary.landingMissingLinks = missing;
  summary.landingOk = summary.landingStatus === 200 && /Accords/.test(info.title) && /Accords/.test(info.h1)
    && missing.length === 0;
  for (const v of await cspViolations(page)) summary.cspViolations.push({ page: '/', ...v });
  summary.landingPageErrors = record.pageErrors;
  await page.close();
}

async function main() {
  const summary = {
    baseUrl: BASE_URL,
    query: QUERY,
    externalRequestsBlocked: [],
    cspViolations: [],
    resultSnippet: null,
    resultOk: false,
    docsOk: false,
    landingOk: false,
    ms: null,
  };

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    // Every request of every page: same origin goes through, anything else is aborted and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isSameOrigin(url)) return route.continue();
      summary.externalRequestsBlocked.push(url);
      return route.abort('blockedbyclient');
    });

    try {
      await checkGraphiql(context, summary);
    } catch (e) {
      summary.graphiqlError = e.message.split('\n')[0];
      log(`GraphiQL check failed: ${summary.graphiqlError}`);
    }
    try {
      await checkLanding(context, summary);
    } catch (e) {
      summary.landingError = e.message.split('\n')[0];
      log(`landing page check failed: ${summary.landingError}`);
    }
  } finally {
    await browser.close();
  }

  // A CSP violation for another origin is an external request the browser blocked before we saw it.
  for (const v of summary.cspViolations) {
    if (v.blockedURI && /^(https?|wss?):/.test(v.blockedURI) && !isSameOrigin(v.blockedURI.replace(/^ws/, 'http'))) {
      summary.externalRequestsBlocked.push(v.blockedURI);
    }
  }
  summary.externalRequestsBlocked = [...new Set(summary.externalRequestsBlocked)];

  const failures = [];
  if (summary.externalRequestsBlocked.length) failures.push('external requests were attempted');
  if (summary.cspViolations.length) failures.push('Content-Security-Policy violations');
  if (!summary.resultOk) failures.push('the result never showed "data"');
  if (!summary.acceptHeaderOk) failures.push(`the query was not sent with Accept: ${EXPECTED_ACCEPT}`);
  if (!summary.docsOk) failures.push('the docs explorer did not list Query');
  if (!summary.landingOk) failures.push('the landing page is missing its title or links');
  summary.ok = failures.length === 0;
  summary.failures = failures;

  console.log(JSON.stringify(summary, null, 2));
  process.exit(summary.ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
