#!/usr/bin/env node
// Browser check of the GraphQL subscriptions in headless Chromium.
//
// 1. A partner page on another origin (PARTNER_PAGE, another port) subscribes to
//    `datasetPublished` over Server-Sent Events (graphql-sse: POST /graphql with
//    Accept: text/event-stream, read with fetch and a stream reader), with the default settings.
// 2. GraphiQL (/graphiql, served by the app) runs `subscription { datasetPublished { ... } }`
//    over its WebSocket (graphql-transport-ws).
// The caller publishes a new dataset version once both are listening (it watches the server's
// count of open subscriptions) and writes the time it started publishing, in epoch
// milliseconds, to PUBLISHED_FILE; this script reports when each page received the event.
//
// Usage (the app must be running; the caller publishes):
//   cd scripts && npm ci && node check-subscriptions.mjs
// Environment:
//   BASE_URL       where the app runs                          (default http://localhost:8080)
//   PARTNER_PAGE   a page on another origin (required)
//   PUBLISHED_FILE where the caller writes the publication time (required)
//   CHROMIUM       the browser binary                          (default /usr/bin/chromium)
//   TIMEOUT_MS     how long to wait for each step              (default 30000)
//
// Prints a JSON summary on stdout; exits 1 when a check fails, 2 on an unexpected error.

import { readFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const PARTNER_PAGE = process.env.PARTNER_PAGE;
const PUBLISHED_FILE = process.env.PUBLISHED_FILE;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const SUBSCRIPTION = 'subscription Live { datasetPublished { version title } }';

const failures = [];
const check = (ok, message) => {
  if (!ok) {
    failures.push(message);
    console.error('[check-subscriptions] FAIL', message);
  }
  return ok;
};
const log = (...args) => console.error('[check-subscriptions]', ...args);

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const summary = { sse: null, graphiql: null, publishedAt: null, failures };
  try {
    check(Boolean(PARTNER_PAGE) && new URL(PARTNER_PAGE).origin !== new URL(BASE_URL).origin,
      `PARTNER_PAGE must be on another origin than ${BASE_URL}`);
    const context = await browser.newContext();

    // 1. the partner page subscribes over SSE: the recipe of docs/partners.md, in a browser
    const partner = await context.newPage();
    partner.on('console', (m) => log('partner page console:', m.text()));
    await partner.goto(PARTNER_PAGE);
    await partner.evaluate(({ base, query }) => {
      window.__event = null;
      window.__sseError = null;
      (async () => {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
          body: JSON.stringify({ query }),
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = block.split('\n');
            const event = (lines.find((l) => l.startsWith('event:')) || '').slice(6).trim();
            const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
            if (event === 'next') {
              window.__event = { at: Date.now(), payload: JSON.parse(data) };
            }
          }
        }
      })().catch((e) => { window.__sseError = String(e); });
    }, { base: BASE_URL, query: SUBSCRIPTION });

    // 2. GraphiQL runs the same subscription over its WebSocket
    const graphiql = await context.newPage();
    graphiql.on('pageerror', (e) => log('graphiql page error:', String(e)));
    await graphiql.goto(`${BASE_URL}/graphiql?query=${encodeURIComponent(SUBSCRIPTION)}`);
    await graphiql.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror', { timeout: TIMEOUT });
    await graphiql.waitForTimeout(500);
    await graphiql.click('button.graphiql-execute-button', { timeout: TIMEOUT });
    log('both subscribed; waiting for the caller to publish');

    const resultSel = '.graphiql-response .result-window';
    const graphiqlResult = graphiql.waitForFunction((sel) => {
      const el = document.querySelector(`${sel} .CodeMirror`);
      const text = el && el.CodeMirror ? el.CodeMirror.getValue() : '';
      return /"datasetPublished"|"errors"/.test(text) ? { at: Date.now(), text } : false;
    }, resultSel, { timeout: TIMEOUT, polling: 50 }).then((h) => h.jsonValue());
    const sseResult = partner.waitForFunction(() => window.__event || (window.__sseError && { error: window.__sseError }),
      null, { timeout: TIMEOUT, polling: 50 }).then((h) => h.jsonValue());
    const [sse, gq] = await Promise.allSettled([sseResult, graphiqlResult]);

    for (let i = 0; i < 100 && !existsSync(PUBLISHED_FILE); i++) await new Promise((r) => setTimeout(r, 50));
    summary.publishedAt = Number(readFileSync(PUBLISHED_FILE, 'utf8').trim());
    if (check(sse.status === 'fulfilled' && !sse.value.error, `the partner page received nothing over SSE: ${sse.reason || JSON.stringify(sse.value)}`)) {
      const title = sse.value.payload && sse.value.payload.data && sse.value.payload.data.datasetPublished.title;
      summary.sse = { ms: sse.value.at - summary.publishedAt, title };
      check(Boolean(title), `the SSE event has no datasetPublished: ${JSON.stringify(sse.value.payload)}`);
      check(summary.sse.ms < 2000, `the SSE event came ${summary.sse.ms} ms after publishing, not within 2 s`);
    }
    if (check(gq.status === 'fulfilled', `GraphiQL showed no subscription result: ${gq.reason}`)) {
      summary.graphiql = { ms: gq.value.at - summary.publishedAt, snippet: gq.value.text.replace(/\s+/g, ' ').slice(0, 200) };
      check(gq.value.text.includes('"datasetPublished"'), `GraphiQL showed an error: ${summary.graphiql.snippet}`);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(summary, null, 2));
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  console.error('[check-subscriptions] error', error);
  process.exit(2);
});
