#!/usr/bin/env node
// Browser check of the embeddable cards (/embed/{type}/{id}) in headless Chromium.
//
// For every card given it renders the card in both themes with scripts off, checks that the card
// shows its expected text, makes no request at all besides its own document, and fits a wide
// (560 px), a narrow (320 px) and oEmbed's narrowest checked (200 px) frame without horizontal
// scrolling (a withdrawn card's 410 too); it takes a screenshot of each
// (SCREENSHOTS/card-<type>-<theme>.png), and that it shows whole in the frame oEmbed gives
// it (in the light theme: the themes differ in colours only); a card a correction withdrew
// (a 410) is checked alike, in the frames oEmbed gave it while it was served. Each of those
// frames is checked again with the card set in each installed font of FONTS (other sans-serifs
// a reader's system may give system-ui; the height is laid out for DejaVu Sans): whole, and no
// wider than the frame. Then a partner page on another origin (PARTNER_PAGE, another port) fetches /graphql
// and /data/statements.json with the default settings, shows a card in an iframe, and
// embeds the dark card by oEmbed, asked from the page.
//
// Usage (the app must be running):
//   cd scripts && npm ci && node check-cards.mjs
// Environment:
//   BASE_URL     where the app runs                                  (default http://localhost:8080)
//   CARDS        JSON list of {"path": "/embed/statement/ID", "expect": "text"}   (required);
//                a card a correction withdrew adds "status": 410 and "frames": {"560": {"width",
//                "height"}, "320": …, "200": …}, the frames oEmbed gave it while it was served
//                (its oEmbed now answers 410): the 410 card must show whole in them
//   SCREENSHOTS  folder for the screenshots                          (default /tmp)
//   PARTNER_PAGE a page on another origin with an iframe of the first card (required)
//   CHROMIUM     the browser binary                                  (default /usr/bin/chromium)
//   PUBLIC_URL   accords.public-url, the addresses oEmbed knows        (default BASE_URL)
//   FONTS        comma-separated font families to check the frames in, those fc-list finds
//                (default Liberation Sans,Noto Sans,Arial,Helvetica,Roboto,Open Sans,Cantarell,Ubuntu)
//
// Prints a JSON summary on stdout; exits 1 when a check fails, 2 on an unexpected error.

import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const CARDS = JSON.parse(process.env.CARDS || '[]');
const SCREENSHOTS = (process.env.SCREENSHOTS || '/tmp').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PUBLIC_URL = (process.env.PUBLIC_URL || BASE_URL).replace(/\/+$/, '');
// a partner's page on another origin (another port on loopback, served by the caller): it must
// embed an iframe of the first card; the check queries the API from it
const PARTNER_PAGE = process.env.PARTNER_PAGE;

// the widths a card is documented to fit (docs/partners.md): the embed code's, a narrow
// column's, and oEmbed's narrowest checked maxwidth
const WIDTHS = [560, 320, 200];
// sans-serif fonts other than DejaVu Sans (which PageHtml.height is laid out for) that a
// reader's system may give system-ui: those installed here are checked too
const FONTS = (process.env.FONTS || 'Liberation Sans,Noto Sans,Arial,Helvetica,Roboto,Open Sans,Cantarell,Ubuntu')
  .split(',').map((f) => f.trim()).filter(Boolean);

function installedFonts() {
  let families = '';
  try {
    families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const installed = new Set(families.split('\n').flatMap((line) => line.split(',')).map((f) => f.trim()));
  return FONTS.filter((font) => installed.has(font));
}

const failures = [];
const check = (ok, message) => {
  if (!ok) {
    failures.push(message);
    console.error('[check-cards] FAIL', message);
  }
  return ok;
};

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const screenshots = [];
  // the oEmbed frames the cards were checked in, checked again in each of the fonts
  const frames = [];
  const fonts = installedFonts();
  try {
    // each card is loaded once per theme, and the page then resized to each frame: with scripts
    // off a card's layout is its HTML and CSS at the viewport's size, so a resized page lays out
    // as one loaded at that size (and a request a narrower layout's CSS made would still be
    // seen: the check of requests comes after the resizes)
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 560, height: 400 } });
      const page = await context.newPage();
      for (const card of CARDS) {
        const requests = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.setViewportSize({ width: 560, height: 400 });
        const url = `${BASE_URL}${card.path}?theme=${theme}`;
        const response = await page.goto(url);
        const status = card.status || 200;
        check(response.status() === status, `${url}: status ${response.status()}, expected ${status}`);
        const text = await page.textContent('body');
        check(text.includes(card.expect), `${url}: does not show "${card.expect}"`);
        const type = card.path.split('/')[2];
        const file = `${SCREENSHOTS}/card-${type}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        screenshots.push(file);
        // every width the documentation names (the embed code's 560, a 320 px column, and
        // oEmbed's narrow maxwidth 200), in each theme: a withdrawn card's 410 included
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 400 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          check(overflow <= 0, `${url}: ${overflow}px wider than a ${width}px frame`);
        }

        // the frame oEmbed gives a card holds all of it: at the default width and at narrow
        // maxwidths the card's height fits the height oEmbed names, so a partner sees the
        // whole card, attribution included, with no scroll bar inside the frame. One theme
        // is enough: the themes are five colours each (PageHtml.THEMES) and lay the card out
        // alike
        for (const maxwidth of theme === 'light' ? [560, 320, 200] : []) {
          let oembed;
          if (card.frames) {
            // withdrawn: a portal keeps the frame oEmbed gave the card while it was served
            oembed = card.frames[String(maxwidth)];
            if (!check(Boolean(oembed), `${url}: no frame given for maxwidth ${maxwidth}`)) {
              continue;
            }
          } else {
            const asked = `${BASE_URL}/oembed?maxwidth=${maxwidth}&url=${encodeURIComponent(`${PUBLIC_URL}${card.path}?theme=${theme}`)}`;
            const answer = await fetch(asked);
            if (!check(answer.ok, `${asked}: status ${answer.status}`)) {
              continue;
            }
            oembed = await answer.json();
          }
          await page.setViewportSize({ width: oembed.width, height: oembed.height });
          const tall = await page.evaluate(() => document.documentElement.scrollHeight);
          check(tall <= oembed.height,
            `${url}: ${tall}px tall in the ${oembed.width}x${oembed.height} frame oEmbed gives for maxwidth ${maxwidth}`);
          frames.push({ url, oembed });
        }
        check(requests.length === 1, `${url}: requested more than itself: ${requests.join(', ')}`);
        page.removeAllListeners('request');
      }
      await context.close();
    }

    // the height is laid out for DejaVu Sans, a wide font: a reader whose system-ui is
    // another sans-serif (each installed one of FONTS) sees the whole card, no wider than
    // its frame, in the same frames. The font is set on the card's body as a reader's
    // system would resolve system-ui, by rewriting the card's HTML on its way in
    if (fonts.length) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const font of fonts) {
        await page.unrouteAll();
        await page.route('**/embed/**', async (route) => {
          const response = await route.fetch();
          const body = (await response.text())
            .replace('</head>', `<style>body{font-family:'${font}',sans-serif !important}</style></head>`);
          await route.fulfill({ response, body });
        });
        for (const { url, oembed } of frames) {
          await page.setViewportSize({ width: oembed.width, height: oembed.height });
          await page.goto(url);
          const used = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
          check(used.includes(font), `${url}: the card is not set in ${font}: ${used}`);
          const [tall, overflow] = await page.evaluate(() => [document.documentElement.scrollHeight,
            document.documentElement.scrollWidth - window.innerWidth]);
          check(tall <= oembed.height, `${url}: ${tall}px tall in ${font} in the ${oembed.width}x${oembed.height} frame oEmbed gives`);
          check(overflow <= 0, `${url}: ${overflow}px wider than its ${oembed.width}px frame in ${font}`);
        }
      }
      await context.close();
    }

    // a card whose id a new version no longer has is a 404 that the portal's frame shows
    // whole: its message (which names the long id) wraps within a 320 px frame, on the
    // card's background
    {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 300 } });
      const page = await context.newPage();
      const gone = `${BASE_URL}${CARDS[0].path}x`;
      const response = await page.goto(gone);
      check(response.status() === 404, `${gone}: status ${response.status()}`);
      check((await page.textContent('body')).includes('No statement with id'), `${gone}: does not say what is missing`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 0, `${gone}: ${overflow}px wider than a 320px frame`);
      // opaque, in the theme asked for: a portal's dark page never shows through it
      await page.goto(`${gone}?theme=dark`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      check(background === 'rgb(28, 25, 23)', `${gone}?theme=dark: its background is ${background}, not the dark card's`);
      await context.close();
    }

    // a partner's page on another origin: open reads and a card in an iframe
    const context = await browser.newContext();
    const page = await context.newPage();
    const card = CARDS[0];
    check(Boolean(PARTNER_PAGE) && new URL(PARTNER_PAGE).origin !== new URL(BASE_URL).origin,
      `PARTNER_PAGE must be on another origin than ${BASE_URL}`);
    await page.goto(PARTNER_PAGE);
    page.on('console', (message) => console.error('[check-cards] partner page console:', message.text()));
    const reads = await page.evaluate(async (base) => {
      const result = {};
      try {
        const graphql = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: '{ dataset { version } }' }),
        }).then((r) => r.json());
        result.version = graphql.data && graphql.data.dataset.version;
      } catch (e) {
        result.graphqlError = String(e);
      }
      try {
        result.statements = await fetch(`${base}/data/statements.json`).then((r) => r.ok);
      } catch (e) {
        result.statementsError = String(e);
      }
      return result;
    }, BASE_URL);
    check(Boolean(reads.version), `partner page could not query /graphql: ${JSON.stringify(reads)}`);
    check(reads.statements, 'partner page could not fetch /data/statements.json');
    const frame = page.frames().find((f) => f.url().startsWith(`${BASE_URL}/embed/`));
    check(Boolean(frame), 'the card iframe did not load');
    if (frame) {
      await frame.waitForLoadState();
      check((await frame.textContent('body')).includes(card.expect), 'the framed card does not show its text');
    }
    // the partner embeds the dark card by oEmbed, asked from its own origin (CORS): the answer's
    // iframe (its addresses under PUBLIC_URL, which is where this instance is reached from the
    // page) has a title, loads the card and holds all of it
    const embedded = await page.evaluate(async ({ base, pub, path }) => {
      try {
        const response = await fetch(`${base}/oembed?url=${encodeURIComponent(`${pub}${path}?theme=dark`)}`);
        const oembed = await response.json();
        const holder = document.createElement('div');
        holder.id = 'oembed';
        holder.innerHTML = oembed.html.split(pub).join(base);
        document.body.append(holder);
        return { status: response.status, height: oembed.height, title: holder.querySelector('iframe').title };
      } catch (e) {
        return { error: String(e) };
      }
    }, { base: BASE_URL, pub: PUBLIC_URL, path: card.path });
    check(embedded.status === 200, `partner page could not fetch oEmbed: ${JSON.stringify(embedded)}`);
    check(Boolean(embedded.title), 'the iframe oEmbed gives has no title');
    const oembedFrame = await (await page.waitForSelector('#oembed iframe')).contentFrame();
    await oembedFrame.waitForLoadState();
    check((await oembedFrame.textContent('body')).includes(card.expect), 'the card embedded by oEmbed does not show its text');
    const dark = await oembedFrame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    check(dark === 'rgb(28, 25, 23)', `the card embedded by oEmbed with ?theme=dark is not dark: ${dark}`);
    const tall = await oembedFrame.evaluate(() => document.documentElement.scrollHeight);
    check(tall <= embedded.height, `the card embedded by oEmbed is ${tall}px tall in a ${embedded.height}px frame`);
    const file = `${SCREENSHOTS}/card-in-partner-page.png`;
    await page.screenshot({ path: file });
    screenshots.push(file);
    await context.close();
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ cards: CARDS.length, fonts, screenshots, failures }, null, 2));
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  console.error('[check-cards] error', error);
  process.exit(2);
});
