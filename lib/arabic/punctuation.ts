/**
 * Punctuation that the reading of a sentence turns on, written once.
 */

/**
 * The commas: the Arabic comma «،» (U+060C) and semicolon «؛» (U+061B), and the Latin «,» and
 * «;» that Arabic news also types. A semicolon divides a sentence where a comma would (news
 * writers use the two for each other), so for the reader they are one class.
 */
export const COMMA_CHARS = '،,؛;';

/** The commas' code points (the statements reader compares code points: lib/statements/reader.ts). */
export const COMMA_CODES: ReadonlySet<number> = new Set(Array.from(COMMA_CHARS, (c) => c.charCodeAt(0)));
