import { decodeTextFile, invalidUtf8, NotTextError } from '../lib/text-file';

/**
 * Saves a file on the user's computer: its text, or a Blob made already (a large export is a Blob
 * of parts, never one string), through an object URL and an <a download>. Nothing leaves the browser.
 */
export function downloadFile(fileName: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; give slow browsers a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The text of a file the user picked: UTF-8 (or UTF-16 with its byte order mark). Bytes that are
 * not text are not replaced silently: it rejects with a NotTextError that says on which line.
 */
export async function readFileText(file: Blob): Promise<string> {
  return decodeTextFile(new Uint8Array(await bytesOf(file)));
}

function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error ?? new Error('could not read the file'));
    r.readAsArrayBuffer(file);
  });
}

/** How many bytes of a file one part reads. */
export const FILE_PART_BYTES = 12 * 1024 * 1024;

/**
 * A text file read in parts of about `bytes` bytes, decoded as UTF-8 (a character cut between two
 * parts is decoded whole): the file is never whole in memory. Invalid UTF-8 is a NotTextError that
 * says on which line it stands. `read` is how many bytes have been read, for a progress bar.
 */
export async function* readFileParts(file: Blob, bytes = FILE_PART_BYTES): AsyncGenerator<{ text: string; read: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  // An empty file is one empty part.
  for (let at = 0; at === 0 || at < file.size; at += bytes) {
    const end = Math.min(file.size, at + bytes);
    const chunk = new Uint8Array(await file.slice(at, end).arrayBuffer());
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: end < file.size });
    } catch {
      // Where the bad bytes are: this part's own first bad byte (after the bytes that finish a
      // character the part before began), on the line this part reached.
      let skip = 0;
      while (skip < 3 && skip < chunk.length && chunk[skip]! >= 0x80 && chunk[skip]! <= 0xbf) skip++;
      const bad = invalidUtf8(chunk.subarray(skip));
      throw new NotTextError('UTF-8', lines + (bad?.line ?? 1), bad ? at + skip + bad.offset : null);
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    yield { text, read: end };
  }
}
