/**
 * The knowledge-base records of issue 11, for the tests: each, once stored (a corpus file's entity
 * line imported them as «1 entity added»), stopped every page's highlighting, every save and the
 * options page. Every door must refuse them, and every reader skip them.
 */
const AT = '2024-03-01T00:00:00.000Z';

export const BAD_RECORDS: Readonly<Record<string, unknown>> = {
  'an exclusion list that is an object': { id: 'person:sergei-lavrov', origin: 'edit', excluded: { length: 1 }, updatedAt: AT },
  '"hidden" as a string': { id: 'place:fr', origin: 'edit', hidden: 'no', updatedAt: AT },
  'an entity of your own named «و»': { id: 'person:user-lq1-abc', origin: 'user', type: 'person', name: 'و', nameEn: '', aliases: [], updatedAt: AT },
};
