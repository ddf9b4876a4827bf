/**
 * A corpus file on its way from the options page to the background, which owns every write. A
 * message has a size limit, a corpus file does not: the page sends the file in parts, then asks for
 * the import, which reads the whole file and writes all of it or nothing (lib/corpus/transfer.ts).
 * Parts live only in the worker's memory until then; a worker that stopped meanwhile has lost them,
 * and the import says so rather than import half a file.
 */
import { MarsadError } from '../../lib/messages';

/** More than this (in characters) is refused before anything is read. */
export const MAX_UPLOAD = 512 * 1024 * 1024;

const uploads = new Map<string, { parts: string[]; size: number }>();

export function receivePart(upload: string, part: string): void {
  let u = uploads.get(upload);
  if (!u) {
    // One file at a time: an upload the page abandoned (closed, reloaded) is dropped.
    uploads.clear();
    u = { parts: [], size: 0 };
    uploads.set(upload, u);
  }
  u.size += part.length;
  if (u.size > MAX_UPLOAD) {
    uploads.delete(upload);
    throw new MarsadError('too-large', `The file is larger than ${MAX_UPLOAD / 1024 / 1024} MB.`);
  }
  u.parts.push(part);
}

/** The whole file sent under `upload`, once (its parts are let go). */
export function takeUpload(upload: string): string {
  const u = uploads.get(upload);
  uploads.delete(upload);
  if (!u) throw new MarsadError('interrupted', 'The file did not reach the background completely; please import it again.');
  return u.parts.join('');
}
