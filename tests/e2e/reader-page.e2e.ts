/**
 * The extension as a reader meets it, in the built extension in Chromium, on pages that make it
 * hard: a hover card opened near the bottom of a 900 px window (by the pointer and by the
 * keyboard), after the card has grown with what the corpus knows; and a page whose framework
 * renders its story late and then re-renders it every 300 ms, as live blogs, tickers and
 * hydrating frameworks do. Pages are written here and served under a built-in news host.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringsFor } from '../../lib/i18n/strings';
import { collectErrors, type ExtensionBrowser, hasChromium, launchWithExtension, openPopup, SKIP_REASON, startStaticServer, type StaticServer } from './harness';
import {
  cardGeometry,
  type CardGeometry,
  highlightedWords,
  mentionRects,
  mentionsInDocument,
  NEWS_HOST,
  newsUrl,
  type Rect,
  scrollMentionTo,
  waitForCard,
  waitForHighlights,
} from './marsad-page';
import { pageStatus } from './popup-reading';

if (!hasChromium) console.warn(SKIP_REASON);
const suite = hasChromium ? describe : describe.skip;

/** Chromium here has only the en-US locale: the interface speaks English. */
const t = stringsFor('en');
const WINDOW = { width: 1280, height: 900 };
/** Saved first, so that Lavrov's card has articles and statements to show (and is tall). */
const RELATED = ['lavrov-moscow-talks-2019-06-15.html', 'lavrov-doha-2019-03-01.html', 'lavrov-geneva-committee-2019-11-20.html'];

const HEAD = (title: string) => `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>${title} | الجزيرة نت</title>
  <meta property="og:site_name" content="الجزيرة نت">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${title}">
  <meta property="article:published_time" content="2019-12-02T09:30:00+03:00">
  <style>body { font: 18px/1.8 sans-serif; margin: 0 auto; max-width: 760px; } p { margin: 0 0 18px; }</style>
</head>`;

const MENU = `<header class="site-header"><nav class="main-menu"><a href="/">الرئيسية</a> | <a href="/news">أخبار</a> | <a href="/politics">سياسة</a> | <a href="/opinion">آراء</a></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>© 2019 الجزيرة نت — جميع الحقوق محفوظة | من نحن | اتصل بنا</p></footer>`;

/** A long article that names Lavrov from top to bottom: it scrolls, so any mention can be brought near the window's bottom. */
const LONG_PARAGRAPHS = [
  'قال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترى في استئناف اجتماعات اللجنة الدستورية في جنيف خطوة ضرورية، وإن على جميع الأطراف أن تتحلى بالصبر.',
  'وأوضح لافروف في مؤتمر صحفي عقده في موسكو أن الحوار بين الوفود السورية يجب أن يبقى بعيدا عن أي ضغوط خارجية أو جداول زمنية مفروضة من الخارج.',
  'وكان المبعوث الأممي غير بيدرسن قد أعلن الأسبوع الماضي أن الجولة المقبلة ستعقد قبل نهاية العام، مشيرا إلى أن الأمم المتحدة ستواصل تسهيل الحوار.',
  'ويرى مراقبون أن الخلافات حول جدول الأعمال ما زالت قائمة، وأن الوفود لم تتفق بعد على المبادئ التي ستقوم عليها المناقشات في المرحلة المقبلة.',
  'وفي دمشق، قالت مصادر حكومية إن الحكومة مستعدة للمشاركة في الجولة الجديدة، لكنها ترفض أي شروط مسبقة تتعلق بمضمون الدستور أو بتوقيت الانتخابات.',
  'وأضاف لافروف أن موسكو تتابع عن كثب الوضع الإنساني في الشمال، داعيا إلى تسريع إيصال المساعدات وتخفيف العقوبات المفروضة على القطاع الصحي.',
  'من جهته، أكد الأمين العام للأمم المتحدة أنطونيو غوتيريش أن المنظمة مستعدة لدعم أي اتفاق يتوصل إليه السوريون أنفسهم عبر الحوار في جنيف.',
  'وتأتي هذه التصريحات في وقت تتزايد فيه الدعوات الدولية إلى إطلاق سراح المعتقلين وتوضيح مصير المفقودين، وهي ملفات تعدها المعارضة أولوية.',
  'وقال دبلوماسيون في جنيف إن الاجتماعات التحضيرية ستبدأ خلال أيام، وإن الوفود ستتسلم مسودة جدول الأعمال قبل وصولها بوقت كاف لدراستها.',
  'وشدد لافروف على أن نجاح العملية السياسية يتطلب احترام سيادة سوريا ووحدة أراضيها، وأن بلاده ستواصل اتصالاتها مع جميع الأطراف المعنية.',
  'وأشار الوزير الروسي إلى أن التنسيق مع أنقرة وطهران مستمر في إطار مسار أستانا، معربا عن أمله في أن تسهم الاجتماعات المقبلة في تقريب المواقف.',
  'وختم لافروف بالقول إن موسكو لن تدخر جهدا لدعم اللجنة الدستورية، وإن الحل السياسي يبقى الطريق الوحيد لإنهاء الأزمة المستمرة منذ سنوات.',
];
const LONG_TITLE = 'لافروف: استئناف عمل اللجنة الدستورية في جنيف خطوة ضرورية';
const LONG_PAGE = `${HEAD(LONG_TITLE)}
<body>
  ${MENU}
  <main><article class="story">
    <h1>${LONG_TITLE}</h1>
    <p class="byline">سلمى الحداد — <time datetime="2019-12-02T09:30:00+03:00">2 ديسمبر 2019</time></p>
    <div class="story-body">${LONG_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</div>
  </article></main>
  ${FOOTER}
</body>
</html>`;

/**
 * A story rendered by the page's framework (Preact) `?late=<ms>` after loading, then again every
 * 300 ms: a ticker line rewritten in place, and a «live» paragraph the framework replaces with a
 * new element at every render (a new key), as a live blog or a hydrating framework does.
 * `window.__renders` counts the renders; `__firstRender` and `__lastRender` say when they happened.
 */
const LIVE_TITLE = 'تغطية مباشرة: وزراء الخارجية يجتمعون في جنيف';
const LIVE_PAGE = `${HEAD(LIVE_TITLE)}
<body>
  ${MENU}
  <main id="root"></main>
  ${FOOTER}
  <script src="/vendor/preact.min.js"></script>
  <script>
    (function () {
      var h = preact.h;
      var BODY = [
        'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة لمناقشة كل المقترحات المطروحة خلال الاجتماع الذي يعقد اليوم في جنيف.',
        'وأعلن الرئيس التركي رجب طيب أردوغان أن بلاده ستقدم ورقة عمل جديدة تتعلق بعودة اللاجئين إلى مناطقهم خلال الأسابيع المقبلة.',
        'ويتابع المراقبون تفاصيل الاجتماع عن كثب، في ظل آمال بأن يفضي إلى خطوات عملية تخفف من معاناة المدنيين وتفتح الطريق أمام تسوية شاملة.'
      ];
      var LIVE = 'وفي آخر المستجدات، أكد الأمين العام للأمم المتحدة أنطونيو غوتيريش من جنيف أن المنظمة مستعدة لدعم أي اتفاق يتوصل إليه المجتمعون.';
      function Story(props) {
        return h('article', { class: 'story' },
          h('h1', null, '${LIVE_TITLE}'),
          h('p', { class: 'byline' }, 'فريق التغطية — ', h('time', { datetime: '2019-12-02T09:30:00+03:00' }, '2 ديسمبر 2019')),
          h('div', { class: 'story-body' },
            BODY.map(function (text, i) { return h('p', { key: i }, text); }),
            h('p', { key: 'live-' + props.n, id: 'live' }, LIVE),
            h('p', { key: 'ticker', class: 'ticker' }, 'تتواصل التغطية من موسكو وأنقرة، التحديث رقم ' + props.n + '.')
          )
        );
      }
      var n = 0;
      function render() {
        n++;
        preact.render(h(Story, { n: n }), document.getElementById('root'));
        var now = performance.now();
        window.__renders = n;
        window.__firstRender = window.__firstRender || now;
        window.__lastRender = now;
      }
      var late = Number(new URLSearchParams(location.search).get('late')) || 0;
      setTimeout(function () { render(); setInterval(render, 300); }, late);
    })();
  </script>
</body>
</html>`;

const overlaps = (a: Rect, b: Rect) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

/** What is wrong with where the card is: outside the window, over its mention, a button out of sight. */
function misplaced(g: CardGeometry, mention: readonly Rect[]): string[] {
  const wrong: string[] = [];
  const card = g.card!;
  const inWindow = (r: Rect) => r.top >= 0 && r.left >= 0 && r.bottom <= g.view.height && r.right <= g.view.width;
  if (!inWindow(card)) wrong.push(`the card ${JSON.stringify(card)} is not inside the window ${JSON.stringify(g.view)}`);
  for (const m of mention) if (overlaps(card, m)) wrong.push(`the card ${JSON.stringify(card)} covers its mention ${JSON.stringify(m)}`);
  for (const b of g.buttons) {
    // Inside the window, and inside the card's box (not scrolled out of its view).
    if (!inWindow(b) || b.top < card.top || b.bottom > card.bottom) wrong.push(`button «${b.label}» ${JSON.stringify(b)} is out of sight (card ${JSON.stringify(card)})`);
  }
  return wrong;
}

suite(hasChromium ? 'The extension as a reader meets it (built extension, Chromium)' : SKIP_REASON, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  const watched: { label: string; errors: readonly string[] }[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    server.register('/reader-long.html', LONG_PAGE);
    server.register('/reader-live.html', LIVE_PAGE);
    browser = await launchWithExtension({ mapHosts: { hosts: [NEWS_HOST], port: server.port } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openNews(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    watched.push({ label: `page ${path}`, errors: collectErrors(page) });
    await page.setViewportSize(WINDOW);
    await page.goto(newsUrl(path));
    return page;
  }

  /** Saves the page through its popup's Save button, as a person would. */
  async function saveThroughPopup(page: Page): Promise<void> {
    const popup = await openPopup(browser.context, browser.extensionId, page);
    watched.push({ label: `popup of ${page.url()}`, errors: popup.errors });
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.notSaved}`);
    await popup.page.locator('[data-testid="save"]').click();
    await expect.poll(() => pageStatus(popup.page)).toBe(`${t.arabicNews} · ${t.saved}`);
    await popup.page.close();
  }

  /** The card once it has its data and has been placed from its final size (a frame after it changed). */
  async function settledCard(page: Page): Promise<CardGeometry> {
    await waitForCard(page, (c) => c.open && !c.text.includes(t.loading) && c.headings.length > 0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return (await cardGeometry(page))!;
  }

  it('a card near the window’s bottom has its buttons inside the window and does not cover its mention (it was placed while «Loading…» and grew off-screen), also when the keyboard opens it', async () => {
    for (const file of RELATED) {
      const page = await openNews(file);
      await waitForHighlights(page);
      await saveThroughPopup(page);
      await page.close();
    }
    const page = await openNews('reader-long.html');
    await waitForHighlights(page);
    expect((await highlightedWords(page)).person).toEqual(expect.arrayContaining(['سيرغي لافروف', 'لافروف']));

    // The pointer: a mention of Lavrov 700 px down a 900 px window. The card, with three saved
    // articles and his statements, is far taller than the room below it.
    await page.mouse.move(2, 2);
    await scrollMentionTo(page, 'person', 'لافروف', 700, 2);
    const [mention] = await mentionRects(page, 'marsad-person', 'لافروف', 2);
    expect(mention!.top).toBeGreaterThan(650);
    await page.mouse.move((mention!.left + mention!.right) / 2, (mention!.top + mention!.bottom) / 2, { steps: 8 });
    const card = await settledCard(page);
    expect(card.open).toBe(true);
    expect(card.card!.bottom - card.card!.top).toBeGreaterThan(WINDOW.height - mention!.bottom);
    expect(card.buttons.map((b) => b.label)).toEqual(expect.arrayContaining([t.history, t.hideEntity]));
    expect(misplaced(card, await mentionRects(page, 'marsad-person', 'لافروف', 2))).toEqual([]);
    expect(card.card!.bottom).toBeLessThanOrEqual(mention!.top); // above it
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);

    // The keyboard: Alt+Shift+↓ through every mention from the top. Each one lower down the
    // window than the last, until the page scrolls: many are near its bottom edge.
    await page.evaluate(() => window.scrollTo(0, 0));
    const mentions = await mentionsInDocument(page);
    let nearBottom = 0;
    for (let i = 0; i < mentions.length; i++) {
      await page.keyboard.press('Alt+Shift+ArrowDown');
      const g = await settledCard(page);
      const focused = await mentionRects(page, 'marsad-focus');
      expect(focused.length, `mention ${i + 1} focused`).toBeGreaterThan(0);
      expect(misplaced(g, focused), `mention ${i + 1} of ${mentions.length}: «${mentions[i]}»`).toEqual([]);
      if (focused[0]!.top > WINDOW.height * 0.6) nearBottom++;
    }
    expect(nearBottom).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('a page whose story arrives late and is re-rendered every 300 ms is highlighted within 2 s of its story (each change restarted the wait: never)', async () => {
    const page = await openNews('reader-live.html?late=600');
    await page.waitForFunction(() => (window as unknown as { __renders?: number }).__renders! > 0);
    // Polled at every frame; the time is the page's own.
    const handle = await page.waitForFunction(
      () => {
        const painted = ['marsad-person', 'marsad-place', 'marsad-organization'].some((n) => (CSS.highlights.get(n)?.size ?? 0) > 0);
        const w = window as unknown as { __firstRender: number };
        return painted ? performance.now() - w.__firstRender : false;
      },
      undefined,
      { polling: 'raf', timeout: 10_000 },
    );
    const after = (await handle.jsonValue()) as number;
    expect(after).toBeLessThan(2000);
    expect((await highlightedWords(page)).person).toEqual(expect.arrayContaining(['سيرغي لافروف', 'رجب طيب أردوغان']));
    await page.close();
  });

  it('keeps the highlights of a page re-rendered every 300 ms: the paragraph it replaces gets its highlights back, the line it rewrites too', async () => {
    const page = await openNews('reader-live.html');
    await waitForHighlights(page);
    const seen: { render: number; live: string[]; ticker: string[] }[] = [];
    for (let i = 0; i < 6; i++) {
      // Between 100 and 250 ms after a render (the next comes at 300), in a frame: what is drawn.
      seen.push(
        await page.evaluate(
          () =>
            new Promise<{ render: number; live: string[]; ticker: string[] }>((resolve) => {
              const w = window as unknown as { __renders: number; __lastRender: number };
              const inside = (el: Element | null) =>
                ['marsad-person', 'marsad-place', 'marsad-organization'].flatMap((n) =>
                  [...((CSS.highlights.get(n) as Iterable<AbstractRange> | undefined) ?? [])]
                    .filter((r): r is Range => r instanceof Range && el !== null && el.contains(r.startContainer))
                    .map(String),
                );
              const tick = () => {
                const since = performance.now() - w.__lastRender;
                if (since < 100 || since > 250) return void requestAnimationFrame(tick);
                resolve({ render: w.__renders, live: inside(document.getElementById('live')), ticker: inside(document.querySelector('.ticker')) });
              };
              requestAnimationFrame(tick);
            }),
        ),
      );
      await page.waitForTimeout(350);
    }
    const renders = seen.map((s) => s.render);
    expect(new Set(renders).size).toBe(renders.length); // six different renders, each a new «live» paragraph
    for (const s of seen) {
      expect(s.live, `render ${s.render}`).toEqual(expect.arrayContaining(['أنطونيو غوتيريش', 'جنيف']));
      expect(s.ticker, `render ${s.render}`).toEqual(expect.arrayContaining(['موسكو', 'أنقرة']));
    }
    await page.close();
  });

  it('sent nothing over the network and logged no error in the service worker, the pages or the popups', () => {
    expect(browser.externalRequests()).toEqual([]);
    expect(browser.serviceWorkerErrors()).toEqual([]);
    expect(watched.filter((w) => w.errors.length > 0).map((w) => `${w.label}: ${w.errors.join('\n')}`)).toEqual([]);
  });
});
