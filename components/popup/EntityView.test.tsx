/**
 * The popup's entity view on a real corpus (fake-indexeddb) answered by the background's own
 * handlers: a discovered actor's history filtered by verb class and by words, each entry's class,
 * «by title» and joint members, and «Add to Marsad», after which the same history is the new
 * knowledge-base entity's.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '../../lib/corpus/corpus';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import { BISHOP, CANBERRA, DENIAL, JAKARTA } from '../../lib/corpus/test-fixtures';
import { serveBackground } from '../../platform/messaging';
import { ClientContext } from '../client';
import { testClient } from '../test-utils';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { addDiscovered } from '../../features/background/add-discovered';
import { history, overview } from '../../lib/corpus/queries';
import { stringsFor, type Locale } from '../../lib/i18n/strings';
import { waitFor } from '../test-utils';
import { EntityView } from './EntityView';

const container = document.createElement('div');
let db: MarsadDB;
let removers: (() => void)[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  document.body.append(container);
  // The popup reads the extension's corpus (the default database), as the background writes it.
  db = openCorpus();
  for (const f of [JAKARTA, DENIAL, CANBERRA]) {
    const analysis = f.analysis();
    await saveArticle(db, { url: f.url, title: analysis.text.split('\n', 1)[0]!, site: 'news.example', publishedAt: f.publishedAt, analysis });
  }
  removers = [
    serveBackground({
      history: (data) => history(db, data),
      overview: (data) => overview(db, data),
      knowledgeEdits: () => db.entities.toArray(),
      addDiscovered: (data) => addDiscovered(db, data, async () => undefined),
    }),
  ];
});
afterEach(async () => {
  removers.forEach((r) => r());
  await act(async () => render(null, container));
  container.remove();
  // Emptied rather than deleted: the view's own handle on it stays open.
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  db.close();
});

/** The view as the popup shows it: choosing another entity (or adding this one) opens that one. */
function Shown({ locale }: { locale: Locale }) {
  const [id, setId] = useState(BISHOP);
  return <EntityView locale={locale} settings={DEFAULT_SETTINGS} entityId={id} known={undefined} onBack={undefined} onOpen={setId} />;
}

async function show(locale: Locale = 'en') {
  await act(async () =>
    render(
      <ClientContext.Provider value={testClient()}>
        <Shown locale={locale} />
      </ClientContext.Provider>,
      container,
    ),
  );
}

const items = () =>
  [...container.querySelectorAll('[data-testid=history] > li')].map((li) => ({
    verb: li.querySelector('.verb')?.textContent,
    verbClass: li.querySelector('.vclass')?.textContent,
    byTitle: li.querySelector('.by-title')?.textContent ?? null,
    joint: li.querySelector('.joint')?.textContent ?? null,
    text: li.querySelector('.text')?.textContent,
  }));
const verbs = () => items().map((i) => i.verb);
const heading = () => [...container.querySelectorAll('h3')].find((h) => h.textContent?.startsWith(stringsFor('en').history))?.textContent;
const chip = (label: string) => {
  const c = [...container.querySelectorAll('[data-testid=verb-classes] button')].find((b) => b.textContent === label);
  if (!c) throw new Error(`no chip «${label}»`);
  return c as HTMLButtonElement;
};
const click = (el: HTMLElement) => act(async () => el.click());
async function typeFilter(words: string) {
  const box = container.querySelector('input.filter') as HTMLInputElement;
  await act(async () => {
    box.value = words;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the popup’s entity view', () => {
  it('filters a history by verb class (with the word filter too); each entry shows its class, «by title», and a joint statement’s other members', async () => {
    await show();
    await waitFor(() => expect(heading()).toBe('Statement history (7)'));
    expect(items()).toContainEqual({ verb: 'أكدت', verbClass: 'Affirms', byTitle: 'by title', joint: null, text: 'الحوار مستمر' });
    expect(items()).toContainEqual({ verb: 'قالت', verbClass: 'States', byTitle: null, joint: 'together with: أستراليا', text: 'الاتفاق قريب' });
    expect(items().filter((i) => i.byTitle)).toHaveLength(1);
    expect(chip('All').getAttribute('aria-pressed')).toBe('true');

    // One class, then two: newest first.
    await click(chip('Warns'));
    await waitFor(() => expect(verbs()).toEqual(['حذرت']));
    expect(heading()).toBe('Statement history (1)');
    expect(chip('Warns').getAttribute('aria-pressed')).toBe('true');
    expect(chip('All').getAttribute('aria-pressed')).toBe('false');
    await click(chip('Denies'));
    await waitFor(() => expect(verbs()).toEqual(['نفت', 'حذرت']));

    // With words as well: both filters hold.
    await typeFilter('بلادها');
    await waitFor(() => expect(items().map((i) => i.text)).toEqual(['تكون بلادها قد غيرت موقفها']));
    // "All" lifts the class filter only.
    await click(chip('All'));
    await waitFor(() => expect(items().map((i) => i.text)).toEqual(['تكون بلادها قد غيرت موقفها', 'بلادها ستدعم المحادثات في جاكرتا']));
    await typeFilter('');
    await waitFor(() => expect(items()).toHaveLength(7));
    // Pressing a pressed class takes it off again.
    await click(chip('Calls for'));
    await waitFor(() => expect(verbs()).toEqual(['دعت']));
    await click(chip('Calls for'));
    await waitFor(() => expect(items()).toHaveLength(7));
  });

  it('marks a discovered actor as not in the knowledge base; Add moves its history to the new entity', async () => {
    await show();
    await waitFor(() => expect(container.querySelector('[data-testid=not-in-kb]')?.textContent).toContain('Not in your knowledge base'));
    expect(container.querySelector('.role')?.textContent).toBe('Role: وزيرة الخارجية');
    await waitFor(() => expect(items()).toHaveLength(7));
    const before = items();

    const english = [...container.querySelectorAll('label')].find((l) => l.textContent === 'English name (optional)')!;
    const field = container.querySelector(`#${CSS.escape(english.getAttribute('for')!)}`) as HTMLInputElement;
    await act(async () => {
      field.value = 'Julie Bishop';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Add to Marsad')!);

    await waitFor(() => expect(container.querySelector('[data-testid=added]')?.textContent).toBe('Added to your knowledge base ✓'));
    const [entity] = await db.entities.toArray();
    expect(entity).toMatchObject({ origin: 'user', name: 'جولي بيشوب', nameEn: 'Julie Bishop', type: 'person' });
    // The view is the new entity's: known, with the same history (the statements that named her are the knowledge base's now).
    await waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('جولي بيشوب'));
    await waitFor(() => expect(container.querySelector('.entity-head .muted')?.textContent).toBe('Julie Bishop · Person'));
    expect(container.querySelector('[data-testid=not-in-kb]')).toBeNull();
    await waitFor(() => expect(items()).toEqual(before));
    expect(await db.discovered.count()).toBe(0);
  });

  it('speaks Arabic: the classes by their Arabic names (English as a tooltip), «بالصفة»', async () => {
    await show('ar');
    await waitFor(() => expect(items()).toHaveLength(7));
    const ar = stringsFor('ar');
    expect(chip(ar.allClasses).getAttribute('aria-pressed')).toBe('true');
    expect(chip('تحذير').title).toBe('Warns');
    expect(items().find((i) => i.verb === 'أكدت')).toMatchObject({ verbClass: 'تأكيد', byTitle: 'بالصفة' });
    expect(container.querySelector('[data-testid=verb-classes]')?.getAttribute('aria-label')).toBe(ar.verbClasses);
    await click(chip('نفي'));
    await waitFor(() => expect(verbs()).toEqual(['نفت']));
  });
});
