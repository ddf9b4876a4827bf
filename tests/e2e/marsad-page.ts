/**
 * What a person sees of Marsad in a news page, read from outside: the highlights (CSS Custom
 * Highlight API: `CSS.highlights`, no DOM change), where a mention sits on the screen (to hover
 * it), and the hover card: a frame of Marsad's own (chrome-extension://…/card.html) inside the
 * closed shadow root of a <marsad-card> host. The page's scripts can reach neither; the tests read
 * the frame as Playwright sees it (a frame of the page, in another origin) and the host's closed
 * shadow root through the DevTools protocol (DOM.getDocument, pierce).
 */
import type { Frame, Page } from 'playwright-core';

/**
 * The built-in news site whose host the tests map to the test server (see `launchWithExtension`'s
 * `mapHosts`): pages served as http://www.aljazeera.net/<path> run the content script with the
 * build's real match patterns. The host is only resolved to 127.0.0.1; nothing reaches the site.
 */
export const NEWS_HOST = 'www.aljazeera.net';

/** `http://www.aljazeera.net/<path>`: a page of the test server, under the mapped news host. */
export function newsUrl(path: string): string {
  return `http://${NEWS_HOST}/${path.replace(/^\/+/, '')}`;
}

export type HighlightType = 'person' | 'organization' | 'place';
export const HIGHLIGHT_TYPES: readonly HighlightType[] = ['person', 'organization', 'place'];
/** What a highlight paints: a known entity of a type, or a discovered actor of a type (a name the knowledge base lacks). */
export type PaintedType = HighlightType | `found-${HighlightType}`;
/** Every highlight name Marsad paints mentions under (the keyboard focus aside). */
const PAINTED = ['marsad-person', 'marsad-organization', 'marsad-place', 'marsad-found-person', 'marsad-found-organization', 'marsad-found-place'];

/** The words painted under each highlight name (marsad-person, -organization, -place), in painting order. */
export async function highlightedWords(page: Page): Promise<Record<HighlightType, string[]>> {
  return page.evaluate((types) => {
    const out: Record<string, string[]> = {};
    for (const type of types) {
      const h = CSS.highlights.get(`marsad-${type}`) as Iterable<AbstractRange> | undefined;
      out[type] = h ? [...h].map((r) => (r instanceof Range ? r.toString() : '')) : [];
    }
    return out;
  }, HIGHLIGHT_TYPES as HighlightType[]) as Promise<Record<HighlightType, string[]>>;
}

/** The words painted as discovered actors (marsad-found-person, -organization, -place), in painting order. */
export async function discoveredWords(page: Page): Promise<Record<HighlightType, string[]>> {
  return page.evaluate((types) => {
    const out: Record<string, string[]> = {};
    for (const type of types) {
      const h = CSS.highlights.get(`marsad-found-${type}`) as Iterable<AbstractRange> | undefined;
      out[type] = h ? [...h].map((r) => (r instanceof Range ? r.toString() : '')) : [];
    }
    return out;
  }, HIGHLIGHT_TYPES as HighlightType[]) as Promise<Record<HighlightType, string[]>>;
}

/** Waits until Marsad has painted at least one highlight on the page. */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((names) => names.some((n) => (CSS.highlights.get(n)?.size ?? 0) > 0), PAINTED, { timeout });
}

/** Highlighted words that lie inside elements matching `selector` (menus, related links, footers...). */
export async function highlightsInside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(({ selector, names }) => {
    const containers = [...document.querySelectorAll(selector)];
    const found: string[] = [];
    for (const name of names) {
      for (const r of (CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? []) {
        if (containers.some((c) => c.contains(r.startContainer) || c.contains(r.endContainer))) found.push(`${name}: ${String(r)}`);
      }
    }
    return found;
  }, { selector, names: PAINTED });
}

/** The highlighted mentions in document order (the order Marsad's keyboard steps through them). */
export async function mentionsInDocument(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const all: Range[] = [];
    for (const name of names) {
      for (const r of (CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? []) if (r instanceof Range) all.push(r);
    }
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return all.map(String);
  }, PAINTED);
}

/** The text of the mention the keyboard focus is on (the `marsad-focus` highlight), if any. */
export async function focusedMention(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((CSS.highlights.get('marsad-focus') as Iterable<AbstractRange> | undefined) ?? [])].map(String));
}

/**
 * Scrolls the `nth` highlighted mention of `type` whose text is `word` into view and returns the
 * centre of its first line box, in viewport coordinates.
 */
export async function mentionCenter(page: Page, type: PaintedType, word: string, nth = 0): Promise<{ x: number; y: number }> {
  const box = await mentionBox(page, type, word, nth);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Scrolls the `nth` highlighted mention of `type` whose text is `word` into view and returns its
 * first line box, in viewport coordinates.
 */
export async function mentionBox(page: Page, type: PaintedType, word: string, nth = 0): Promise<{ x: number; y: number; width: number; height: number }> {
  const scrolled = await page.evaluate(
    ({ name, word, nth }) => {
      const ranges = [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])].filter(
        (r): r is Range => r instanceof Range && r.toString() === word,
      );
      const range = ranges[nth];
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return true;
    },
    { name: `marsad-${type}`, word, nth },
  );
  if (!scrolled) {
    const painted = { ...(await highlightedWords(page)), found: await discoveredWords(page) };
    throw new Error(`no ${type} highlight reads «${word}» (#${nth}): ${JSON.stringify(painted)}`);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(
    ({ name, word, nth }) => {
      const ranges = [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])].filter(
        (r): r is Range => r instanceof Range && r.toString() === word,
      );
      const box = ranges[nth]!.getClientRects()[0]!;
      return { x: box.left, y: box.top, width: box.width, height: box.height };
    },
    { name: `marsad-${type}`, word, nth },
  );
}

/** Rests the mouse pointer on a highlighted mention (coming from a corner, as a hand would). */
export async function hoverMention(page: Page, type: PaintedType, word: string, nth = 0): Promise<void> {
  const { x, y } = await mentionCenter(page, type, word, nth);
  await page.mouse.move(x, y, { steps: 8 });
}

/** The hover card as a reader sees it: its host on the page, and what its frame draws. */
export interface CardView {
  /** The host element is displayed (Marsad hides it with display:none rather than removing it). */
  open: boolean;
  /** The host's shadow root's mode: 'closed'. */
  shadowRootType: string;
  /** The origin of the frame that draws the card. */
  origin: string;
  /** Attributes of the card's root element in its frame. */
  role: string | undefined;
  dir: string | undefined;
  lang: string | undefined;
  name: string;
  nameEn: string;
  type: string;
  /** Section headings ("2 saved articles", "Latest statements"). */
  headings: string[];
  /** Every link of the card, with its text. */
  links: { href: string; text: string }[];
  /** The labels of its buttons. */
  buttons: string[];
  /** Its text fields (the Add form of a discovered actor: editable elements with the textbox role), by label: their text. */
  fields: Record<string, string>;
  /** The type chosen in its Add form ('' without one). */
  chosenType: string;
  /** The card's rendered text (innerText). */
  text: string;
  /** Its controls act: the frame sees itself drawn as it is (features/card/visibility.ts). */
  seen: boolean;
  /** It says that the page covers it or draws it altered. */
  obscured: boolean;
}

interface DomNode {
  nodeType: number;
  localName?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  contentDocument?: DomNode;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const s of node.shadowRoots ?? []) yield* walk(s);
  if (node.contentDocument) yield* walk(node.contentDocument);
  for (const c of node.children ?? []) yield* walk(c);
}

/** The card's frame: Marsad's card page, a frame of `page` in the extension's origin; undefined before the first card. */
export function cardFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /^chrome-extension:\/\/[a-p]{32}\/card\.html(#|$)/.test(f.url()));
}

/** Runs in the card's frame: what it draws. */
function describeCard() {
  const card = document.querySelector('.card') as HTMLElement | null;
  const text = (sel: string) => (document.querySelector(sel) as HTMLElement | null)?.innerText.trim() ?? '';
  return {
    origin: location.origin,
    role: card?.getAttribute('role') ?? undefined,
    dir: card?.getAttribute('dir') ?? undefined,
    lang: card?.getAttribute('lang') ?? undefined,
    name: text('.name'),
    nameEn: text('.en'),
    type: text('.type'),
    headings: [...document.querySelectorAll('.card h3')].map((h) => (h as HTMLElement).innerText.trim()),
    links: [...document.querySelectorAll('.card a')].map((a) => ({ href: a.getAttribute('href') ?? '', text: (a as HTMLElement).innerText.trim() })),
    buttons: [...document.querySelectorAll('.card button')].map((b) => (b as HTMLElement).innerText.trim()),
    fields: Object.fromEntries(
      [...document.querySelectorAll('.card [role="textbox"]')].map((f) => {
        const label = document.getElementById(f.getAttribute('aria-labelledby') ?? '');
        return [label?.innerText.trim() ?? '', (f as HTMLElement).innerText.trim()];
      }),
    ),
    chosenType: (document.querySelector('.add-type input:checked') as HTMLInputElement | null)?.value ?? '',
    text: card?.innerText.trim() ?? '',
    seen: document.documentElement.dataset.seen === 'true',
    obscured: document.querySelector('.card .obscured') !== null,
  };
}

/** Runs `fn` in the card's frame; undefined when the page has no card frame. */
async function inCard<R>(page: Page, fn: (arg: string) => R, arg = ''): Promise<R | undefined> {
  const frame = cardFrame(page);
  if (!frame) return undefined;
  return (await frame.evaluate(fn, arg)) as R;
}

/** The card's host on the page, as the page itself sees it: whether it is displayed, and its box. */
export async function cardHost(page: Page): Promise<{ open: boolean; box: Rect } | undefined> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('marsad-card');
    if (hosts.length > 1) throw new Error(`${hosts.length} <marsad-card> hosts in the page: expected one at most`);
    const host = hosts[0];
    if (!host) return undefined;
    const r = host.getBoundingClientRect();
    return { open: getComputedStyle(host).display !== 'none', box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right } };
  });
}

/** The mode of the card host's shadow root, through the DevTools protocol (the page cannot see it). */
async function hostShadowMode(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return [...walk(root)].find((n) => n.localName === 'marsad-card')?.shadowRoots?.[0]?.shadowRootType ?? '';
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Runs `fn` on the (closed) shadow root of the page's one `<host>` element, through the DevTools protocol. */
async function inShadowRoot<R, A = string>(
  page: Page,
  host: string,
  fn: (this: ShadowRoot, arg: A) => R,
  arg?: A,
  /** How deep to look for the host (-1: the whole document; a notice is a child of <html>, and a 20 MB page is slow to read whole). */
  depth = -1,
): Promise<{ value: R; shadowRootType: string } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth, pierce: true })) as { root: DomNode };
    const hosts = [...walk(root)].filter((n) => n.localName === host);
    if (hosts.length > 1) throw new Error(`${hosts.length} <${host}> hosts in the page: expected one at most`);
    const shadow = hosts[0]?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      arguments: arg === undefined ? [] : [{ value: arg }],
      returnByValue: true,
    })) as { result: { value: R }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(`reading <${host}> failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => {});
    return { value: result.value, shadowRootType: shadow.shadowRootType ?? '' };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function describeToast(this: ShadowRoot) {
  const box = this.querySelector<HTMLElement>('.toast');
  if (!box) return null;
  const r = box.getBoundingClientRect();
  return { text: box.innerText.trim(), role: box.getAttribute('role'), dir: box.dir, visible: r.width > 0 && r.height > 0, x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The notice Marsad shows on the page (<marsad-toast>, closed shadow root), or undefined when there is none. */
export async function readToast(page: Page) {
  // Marsad puts its notice at the end of <html> (components/card/mount.ts).
  const read = await inShadowRoot(page, 'marsad-toast', describeToast, undefined, 4);
  return read?.value ? { ...read.value, shadowRootType: read.shadowRootType } : undefined;
}

/**
 * Reads the card: its host on the page (displayed or not, its shadow root's mode) and what its
 * frame draws (innerText, as a person sees it). Undefined when there is no card.
 */
export async function readCard(page: Page): Promise<CardView | undefined> {
  const host = await cardHost(page);
  if (!host) return undefined;
  const drawn = await inCard(page, describeCard);
  if (!drawn) return undefined;
  return { ...drawn, open: host.open, shadowRootType: await hostShadowMode(page) };
}

/** Runs in the card's frame: the centre of its button labelled `label`, in the frame's coordinates. */
function buttonCenter(label: string) {
  const button = [...document.querySelectorAll('.card button')].find((b) => (b as HTMLElement).innerText.trim() === label);
  if (!button) return null;
  button.scrollIntoView({ block: 'nearest' });
  const box = button.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Runs in the card's frame: the centre of its field labelled `label`. */
function fieldCenter(label: string) {
  const l = [...document.querySelectorAll('.card .label')].find((x) => (x as HTMLElement).innerText.trim() === label);
  const field = l ? document.querySelector(`[aria-labelledby="${l.id}"]`) : null;
  if (!field) return null;
  // The card scrolls when it is taller than its room: bring the field into its view first, as a person would.
  field.scrollIntoView({ block: 'nearest' });
  const box = field.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** A point of the card's frame, in the page's viewport (where the mouse goes). */
async function onPage(page: Page, at: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const host = await cardHost(page);
  if (!host) throw new Error('the page has no card');
  return { x: host.box.left + at.x, y: host.box.top + at.y };
}

/** Waits until the card's controls act (the frame has seen itself drawn as it is: a tenth of a second after it is shown). */
export async function waitUntilSeen(page: Page): Promise<void> {
  await waitForCard(page, (c) => c.open && c.seen);
}

/** Types `value` into the card's field labelled `label`, as a person would: a click into it, select all, type. */
export async function fillCardField(page: Page, label: string, value: string): Promise<void> {
  await waitUntilSeen(page);
  const at = await inCard(page, fieldCenter, label);
  if (!at) throw new Error(`the card has no field «${label}»: ${JSON.stringify(await readCard(page))}`);
  const p = await onPage(page, at);
  await page.mouse.click(p.x, p.y);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

/** Clicks the card's button labelled `label` with the mouse, as a person would (once the card's controls act). */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  await waitUntilSeen(page);
  await clickCardButtonNow(page, label);
}

/** Clicks the card's button labelled `label` where it is drawn, whatever the card sees of itself. */
export async function clickCardButtonNow(page: Page, label: string): Promise<void> {
  const at = await inCard(page, buttonCenter, label);
  if (!at) throw new Error(`the card has no button «${label}»: ${JSON.stringify(await readCard(page))}`);
  const p = await onPage(page, at);
  await page.mouse.click(p.x, p.y);
}

/**
 * Runs in the page with `this` bound to a root node: for every occurrence of each of `pieces` in its
 * text nodes, whether it is drawn in one piece. A text drawn in two places on the same line (the
 * bidirectional algorithm moved part of it, e.g. the «20» of «20 Nov 2019» pulled into an Arabic
 * run beside it) is reported with the text around it.
 */
function brokenPieces(this: Node, pieces: string[]): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const piece of pieces) {
      for (let i = node.data.indexOf(piece); i >= 0; i = node.data.indexOf(piece, i + 1)) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + piece.length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top || a.left - b.left);
        for (let k = 1; k < rects.length; k++) {
          const [a, b] = [rects[k - 1]!, rects[k]!];
          if (Math.abs(a.top - b.top) < 2 && b.left - a.right > 1) {
            broken.push(`«${piece}» in «${node.parentElement?.textContent?.trim() ?? node.data}» is drawn in pieces ${Math.round(b.left - a.right)}px apart`);
            break;
          }
        }
      }
    }
  }
  return broken;
}

/** Texts (such as dates) that the page draws split apart, inside the elements matching `selector`. */
export async function brokenTexts(page: Page, selector: string, pieces: string[]): Promise<string[]> {
  // As an expression string: evaluated through the protocol, so an extension page's CSP (no eval) does not apply.
  return page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].flatMap((root) => (${brokenPieces.toString()}).call(root, ${JSON.stringify(pieces)}))`,
  );
}

/** Texts (such as dates) that the hover card draws split apart. */
export async function brokenTextsInCard(page: Page, pieces: string[]): Promise<string[]> {
  const frame = cardFrame(page);
  if (!frame) return [];
  return frame.evaluate(`(${brokenPieces.toString()}).call(document.querySelector('.card'), ${JSON.stringify(pieces)})`);
}

/** A box in viewport coordinates. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the card is drawn: its box, whether it scrolls within itself, its buttons' boxes, and the window's visible size. */
export interface CardGeometry {
  open: boolean;
  card: Rect | null;
  /** Its content is taller than its box (the rest is reached by scrolling the card). */
  scrolls: boolean;
  buttons: (Rect & { label: string })[];
  view: { width: number; height: number };
}

/** Runs in the card's frame: the card's box, whether it scrolls, its buttons' boxes (in the frame's coordinates). */
function describeCardGeometry() {
  const card = document.querySelector('.card') as HTMLElement | null;
  const body = document.querySelector('.card .body') as HTMLElement | null;
  const rect = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  };
  return {
    card: card ? rect(card) : null,
    scrolls: body ? body.scrollHeight > body.clientHeight + 1 : false,
    buttons: [...document.querySelectorAll('.card button')].map((b) => ({ label: (b as HTMLElement).innerText.trim(), ...rect(b) })),
  };
}

/** The card's geometry as drawn, in the page's viewport (read without scrolling anything); undefined when there is no card. */
export async function cardGeometry(page: Page): Promise<CardGeometry | undefined> {
  const host = await cardHost(page);
  const inside = host && (await inCard(page, describeCardGeometry));
  if (!host || !inside) return undefined;
  const shift = <R extends Rect>(r: R): R => ({ ...r, top: r.top + host.box.top, bottom: r.bottom + host.box.top, left: r.left + host.box.left, right: r.right + host.box.left });
  const view = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
  return { open: host.open, card: inside.card && shift(inside.card), scrolls: inside.scrolls, buttons: inside.buttons.map(shift), view };
}

/**
 * The line boxes of a painted mention, in viewport coordinates, without scrolling: the `nth` one
 * of highlight `name` (`marsad-person`, `marsad-focus`, …) that reads `word` (any word when omitted).
 */
export async function mentionRects(page: Page, name: string, word?: string, nth = 0): Promise<Rect[]> {
  return page.evaluate(
    ({ name, word, nth }) => {
      const ranges = [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])].filter(
        (r): r is Range => r instanceof Range && (word === null || r.toString() === word),
      );
      return [...(ranges[nth]?.getClientRects() ?? [])].map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
    },
    { name, word: word ?? null, nth },
  );
}

/** Scrolls the page so that the top of the `nth` mention of `type` reading `word` is `y` px from the window's top. */
export async function scrollMentionTo(page: Page, type: PaintedType, word: string, y: number, nth = 0): Promise<void> {
  const [first] = await mentionRects(page, `marsad-${type}`, word, nth);
  if (!first) throw new Error(`no ${type} highlight reads «${word}» (#${nth})`);
  await page.evaluate((by) => window.scrollBy({ top: by, behavior: 'instant' }), first.top - y);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Polls the card until `ready(card)` holds; returns that card, or throws with the last one seen. */
export async function waitForCard(page: Page, ready: (card: CardView) => boolean, timeout = 5_000): Promise<CardView> {
  const deadline = Date.now() + timeout;
  let last: CardView | undefined;
  for (;;) {
    last = await readCard(page);
    if (last && ready(last)) return last;
    if (Date.now() > deadline) throw new Error(`the hover card did not get ready within ${timeout} ms; last seen: ${JSON.stringify(last)}`);
    await page.waitForTimeout(50);
  }
}

/**
 * The live document against the page as served, parsed without scripts: `live` is the live
 * documentElement's outerHTML with Marsad's one allowed addition (a <marsad-card> host, once a
 * card has been opened: it holds the card's frame in its closed shadow root) taken out;
 * `cardHosts` counts those hosts.
 */
export async function domAgainstServed(page: Page): Promise<{ live: string; parsed: string; cardHosts: number }> {
  return page.evaluate(async () => {
    const served = await (await fetch(location.href, { cache: 'no-store' })).text();
    const parsed = new DOMParser().parseFromString(served, 'text/html');
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    const hosts = clone.querySelectorAll('marsad-card');
    hosts.forEach((h) => h.remove());
    return { live: clone.outerHTML, parsed: parsed.documentElement.outerHTML, cardHosts: hosts.length };
  });
}

/** Pixels as read from a screenshot: RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: number[];
}

/**
 * What the screen shows of a highlighted mention: a screenshot of its first line box (and the few
 * pixels under it, where an underline goes), decoded by a canvas in a blank page of its own (the
 * news page is not touched). Take it with no card or focus drawn over the mention.
 */
export async function mentionPixels(page: Page, type: PaintedType, word: string, nth = 0): Promise<Pixels> {
  const box = await mentionBox(page, type, word, nth);
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) + 6 };
  const png = await page.screenshot({ clip });
  const reader = await page.context().newPage();
  try {
    return await reader.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return { width: img.width, height: img.height, data: [...ctx.getImageData(0, 0, img.width, img.height).data] };
    }, png.toString('base64'));
  } finally {
    await reader.close();
  }
}

/** How many of the pixels `match` (given red, green, blue in 0–255). */
export function countPixels(p: Pixels, match: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < p.data.length; i += 4) if (match(p.data[i]!, p.data[i + 1]!, p.data[i + 2]!)) n++;
  return n;
}

/** A colour within `tolerance` of `hex` (#rrggbb) in each channel. */
export function near(hex: string, tolerance = 10): (r: number, g: number, b: number) => boolean {
  const [R, G, B] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (r, g, b) => Math.abs(r - R!) <= tolerance && Math.abs(g - G!) <= tolerance && Math.abs(b - B!) <= tolerance;
}

/** How a piece of text is laid out on the screen. */
export interface TextLayout {
  text: string;
  /** The computed CSS direction of its element. */
  direction: string;
  /**
   * The side its first line keeps to within its element's box: 'right' (laid out right to left),
   * 'left', or 'full' when the line fills the box.
   */
  side: 'left' | 'right' | 'full';
  /** Its element's box. */
  top: number;
  bottom: number;
}

/** Runs in the page with `this` bound to a root node: the layout of each element matching `selector`. */
function layoutsIn(this: ParentNode, selector: string) {
  return [...this.querySelectorAll(selector)].map((el) => {
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const firstTop = rects[0]?.top ?? box.top;
    const line = rects.filter((r) => Math.abs(r.top - firstTop) < 2);
    const left = line.length ? Math.min(...line.map((r) => r.left)) - box.left : 0;
    const right = line.length ? box.right - Math.max(...line.map((r) => r.right)) : 0;
    const side = Math.abs(left - right) < 3 ? 'full' : right < left ? 'right' : 'left';
    return { text: (el.textContent ?? '').trim(), direction: getComputedStyle(el).direction, side, top: box.top, bottom: box.bottom };
  });
}

/** The layout of every element matching `selector` in an ordinary page (an extension page included). */
export async function textLayouts(page: Page, selector: string): Promise<TextLayout[]> {
  // As an expression string: evaluated through the protocol, so an extension page's CSP (no eval) does not apply.
  return page.evaluate(`(${layoutsIn.toString()}).call(document, ${JSON.stringify(selector)})`);
}

/** The layout of every element matching `selector` inside the hover card. */
export async function cardTextLayouts(page: Page, selector: string): Promise<TextLayout[]> {
  const frame = cardFrame(page);
  if (!frame) return [];
  return frame.evaluate(`(${layoutsIn.toString()}).call(document.querySelector('.card'), ${JSON.stringify(selector)})`);
}
