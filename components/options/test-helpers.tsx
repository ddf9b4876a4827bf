/**
 * Helpers for the options page's tests: mount the page on a fresh database, wait for the
 * asynchronous parts (storage, liveQuery, messages), and act as a user would (type, click, pick a file).
 */
import { render } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { act } from 'preact/test-utils';
import { openCorpus, type MarsadDB } from '../../lib/corpus/schema';
import type { KnowledgeEdit } from '../../lib/knowledge/user';
import { backgroundHandlers } from '../../features/background/handlers';
import { serveBackground } from '../../platform/messaging';
import { ClientContext } from '../client';
import { testClient } from '../test-utils';
import { Options } from './Options';
import { waitFor } from '../test-utils';

export { waitFor };

let dbSeq = 0;

/** Before each test: a fresh fake browser in English, and a database of its own. */
export function startTest(): MarsadDB {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  return freshDb();
}

/** After each test: unmount the page, undo the mocks, close the database. */
export async function endTest(db: MarsadDB, page: Mounted | undefined): Promise<void> {
  await page?.unmount();
  vi.restoreAllMocks();
  db.close();
}

/** A database of its own for each test (fake-indexeddb is global). */
export function freshDb(): MarsadDB {
  return openCorpus(`marsad-options-test-${++dbSeq}-${Date.now()}`);
}

export interface Mounted {
  container: HTMLElement;
  unmount: () => Promise<void>;
}

export async function mount(db: MarsadDB, hash = ''): Promise<Mounted> {
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
  // The background's writes, on the test's database (the page asks the background to write).
  const real = backgroundHandlers(db);
  const stop = serveBackground({
    deleteArticle: real.deleteArticle,
    importCorpusWrite: real.importCorpusWrite,
    importCorpusCancel: real.importCorpusCancel,
    importKnowledge: real.importKnowledge,
    removeDamagedKnowledge: real.removeDamagedKnowledge,
  });
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(
      <ClientContext.Provider value={testClient()}>
        <Options db={db} />
      </ClientContext.Provider>,
      container,
    );
  });
  await waitFor(() => {
    if (!container.querySelector('[role="tablist"]')) throw new Error('the page has not loaded');
  });
  return {
    container,
    unmount: async () => {
      stop();
      await act(async () => render(null, container));
      container.remove();
    },
  };
}

/**
 * Clicks as a person would: a disabled control (say, while the previous write is still under way)
 * is waited for rather than clicked in vain, as a click on it does nothing.
 */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await waitFor(() => {
    if ((el as HTMLButtonElement).disabled) throw new Error(`${el.tagName.toLowerCase()} «${el.textContent?.trim() ?? ''}» stayed disabled`);
  });
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Types into an input or textarea (the value, then an input event, as a keyboard would). */
export async function type(el: Element | null | undefined, value: string): Promise<void> {
  if (!el) throw new Error('no field to type into');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Changes a control's value and fires `change` (a select, a committed colour). */
export async function change(el: Element | null | undefined, value?: string): Promise<void> {
  if (!el) throw new Error('no control to change');
  await act(async () => {
    if (value !== undefined) (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Picks a file in a file input: its text (written as UTF-8), or its very bytes. */
export async function pickFile(input: Element | null | undefined, name: string, content: string | Uint8Array<ArrayBuffer>): Promise<void> {
  if (!input) throw new Error('no file input');
  const file = new File([content], name, { type: 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T {
  const all = [...root.querySelectorAll<T>(selector)];
  const found = all.find((el) => (typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? '')));
  if (!found) throw new Error(`no ${selector} with text ${String(text)}`);
  return found;
}

export function byLabel<T extends Element = HTMLElement>(root: ParentNode, label: string | RegExp): T {
  const matches = (s: string | null | undefined) => (typeof label === 'string' ? s?.trim() === label : label.test(s ?? ''));
  const labelled = [...root.querySelectorAll<T>('[aria-label]')].find((el) => matches(el.getAttribute('aria-label')));
  if (labelled) return labelled;
  const lab = [...root.querySelectorAll('label')].find((l) => matches(l.textContent));
  if (lab) {
    const forId = lab.getAttribute('for');
    const target = (forId ? document.getElementById(forId) : lab.querySelector("input, select, textarea")) as T | null;
    if (target) return target;
  }
  throw new Error(`no control labelled ${String(label)}`);
}

/**
 * Stands in for the background's `editKnowledge` handler: records each edit and stores it as the
 * background does (the record replaces the one with its id). Returns the list and the unsubscribe.
 */
export function fakeEditKnowledge(db: MarsadDB, fail?: (edit: KnowledgeEdit) => string | undefined): { edits: KnowledgeEdit[]; off: () => void } {
  const edits: KnowledgeEdit[] = [];
  const off = serveBackground({
    editKnowledge: async (data) => {
    const message = fail?.(data);
    if (message) throw new Error(message);
    edits.push(data);
    await db.entities.put(data);
    },
  });
  return { edits, off };
}
