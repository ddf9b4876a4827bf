/**
 * Which addresses the corpus keeps, and which become links. An article is saved from a web page
 * (http or https) or, by the command line, from a file given by its path (no scheme). Anything
 * else — `javascript:`, `data:`, `file:`, an extension's own pages — is refused at every entrance
 * (a save, an import), and only http(s) addresses are ever rendered as links.
 */

/** A scheme at the start of an address; a single letter is a Windows drive («C:\…»), not a scheme. */
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/** Does the text hold a control character (below U+0020)? */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

/** May this be stored as an article's address: http(s), or a path without a scheme? */
export function isStorableUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '' || hasControl(value)) return false;
  const m = SCHEME.exec(value.trim());
  return !m || /^https?$/i.test(m[1]!);
}

/** The address as a link's href when it is http(s), else undefined (shown as text, if at all). */
export function linkableUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
