/** What every tab of the options page needs: the strings, the locale, the corpus database and the settings. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MarsadDB } from '../../lib/corpus/schema';
import type { Settings } from '../../lib/settings';
import type { OptionsLocale, OptionsStrings } from '../../lib/i18n/options';

export interface OptionsContextValue {
  t: OptionsStrings;
  locale: OptionsLocale;
  db: MarsadDB;
  settings: Settings;
  /** Saves a change at once; rejects with the storage error (the caller shows it). */
  updateSettings: (change: Partial<Settings>) => Promise<void>;
}

export const OptionsContext = createContext<OptionsContextValue | null>(null);

export function useOptions(): OptionsContextValue {
  const v = useContext(OptionsContext);
  if (!v) throw new Error('useOptions outside <Options>');
  return v;
}
