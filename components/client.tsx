/**
 * What the interface asks of the browser, handed to the components through a Preact context: the
 * components call the background, read and save settings, look at the current tab, and save or
 * read files only through it, and never touch `browser.*` themselves (features/client.ts builds
 * it from platform/; tests give their own).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackgroundCalls, PageState, ReplyOf, RequestOf, TabInfo, TabState } from '../lib/messages';
import type { Settings } from '../lib/settings';

type Args<K extends keyof BackgroundCalls> = RequestOf<BackgroundCalls, K> extends undefined ? [] : [RequestOf<BackgroundCalls, K>];

export interface MarsadClient {
  /** Calls the background; rejects with a MarsadError (lib/messages.ts) the interface translates. */
  call<K extends keyof BackgroundCalls>(name: K, ...data: Args<K>): Promise<ReplyOf<BackgroundCalls, K>>;
  settings: {
    load(): Promise<Settings>;
    /** Saves a change at once; rejects with the storage error. */
    save(change: Partial<Settings>): Promise<Settings>;
    watch(onChange: (s: Settings) => void): () => void;
  };
  /** The tab the popup describes, what Marsad knows of it, and starting Marsad there. */
  tabs: {
    current(): Promise<TabInfo | undefined>;
    read(tab: TabInfo): Promise<TabState>;
    analyseOnce(tab: TabInfo): Promise<PageState | undefined>;
    /** Asks for the site's permission (from a click), records it; false when the user said no. */
    enableSite(tab: TabInfo): Promise<boolean>;
    /** Gives back a site's permission (the user removed the site). */
    forgetSite(host: string): Promise<void>;
  };
  files: {
    /** Saves a file: its text, or a Blob (a large export, made in parts: lib/corpus/export-stream.ts). */
    download(fileName: string, content: string | Blob, type: string): void;
    readText(file: Blob): Promise<string>;
    /** The file in parts of a few megabytes, decoded as UTF-8 (platform/download.ts readFileParts). */
    readParts(file: Blob): AsyncIterable<{ text: string; read: number }>;
  };
  app: {
    version: string;
    /** The browser's interface language (for the 'auto' language setting). */
    language: string | undefined;
    openOptions(): void;
  };
}

export const ClientContext = createContext<MarsadClient | undefined>(undefined);

/** The client the components were given. */
export function useClient(): MarsadClient {
  const c = useContext(ClientContext);
  if (!c) throw new Error('A Marsad component was rendered without its client (components/client.tsx).');
  return c;
}
