/**
 * The context menu's words, Arabic and English: its items, and the notices that say on the page
 * how an action went (features/background/menus.ts). An entity added is named with a verb that
 * agrees with it (lib/knowledge/gender.ts: «أُضيفت» for an organisation or a place).
 */
import type { EntityType } from '../knowledge/types';
import type { Locale } from './strings';

export const MENU_TITLES: Record<Locale, { save: string } & Record<EntityType, string>> = {
  ar: { save: 'احفظ الصفحة في مرصد', person: 'أضف «%s» إلى مرصد شخصًا', organization: 'أضف «%s» إلى مرصد منظمةً', place: 'أضف «%s» إلى مرصد مكانًا' },
  en: { save: 'Save page to Marsad', person: 'Add «%s» to Marsad as a person', organization: 'Add «%s» to Marsad as an organisation', place: 'Add «%s» to Marsad as a place' },
};

export interface MenuNotices {
  saved(entities: number, statements: number): string;
  updated(entities: number, statements: number): string;
  unchanged: string;
  notArticle: string;
  failed(message: string): string;
  added: Record<EntityType, string>;
  addFailed(name: string, message: string): string;
  /** The selection is not a name the knowledge base takes (`why`: the options form's words for it). */
  refused(name: string, why: string): string;
}

export const MENU_NOTICES: Record<Locale, MenuNotices> = {
  ar: {
    saved: (entities, statements) => `حُفظت الصفحة في أرشيفك (الكيانات: ${entities}، التصريحات: ${statements}).`,
    updated: (entities, statements) => `حُدّثت النسخة المحفوظة من الصفحة (الكيانات: ${entities}، التصريحات: ${statements}).`,
    unchanged: 'الصفحة محفوظة في أرشيفك من قبل، ونصها لم يتغير.',
    notArticle: 'لم تُحفظ الصفحة: لا يجد فيها مرصد خبرًا عربيًا.',
    failed: (message) => `تعذّر حفظ الصفحة: ${message}`,
    added: { person: 'أُضيف «%s» إلى مرصد شخصًا.', organization: 'أُضيفت «%s» إلى مرصد منظمةً.', place: 'أُضيفت «%s» إلى مرصد مكانًا.' },
    addFailed: (name, message) => `تعذّرت إضافة «${name}»: ${message}`,
    refused: (name, why) => `لم يُضف «${name}»: ${why}`,
  },
  en: {
    saved: (entities, statements) => `Page saved to your archive (${entities} entities, ${statements} statements).`,
    updated: (entities, statements) => `The saved copy of this page was updated (${entities} entities, ${statements} statements).`,
    unchanged: 'This page is already in your archive, and its text has not changed.',
    notArticle: 'Not saved: Marsad finds no Arabic news article on this page.',
    failed: (message) => `The page could not be saved: ${message}`,
    added: { person: '«%s» added to Marsad as a person.', organization: '«%s» added to Marsad as an organisation.', place: '«%s» added to Marsad as a place.' },
    addFailed: (name, message) => `«${name}» could not be added: ${message}`,
    refused: (name, why) => `«${name}» was not added: ${why}`,
  },
};
