import { InvalidTextError } from '../lib/corpus/import-stream';

/** Saves text as a file on the user's computer: a Blob, an object URL and an <a download>. Nothing leaves the browser. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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


/** The text of a file the user picked. */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('could not read the file'));
    r.readAsText(file);
  });
}

/** How many bytes of a file one part reads. */
export const FILE_PART_BYTES = 4 * 1024 * 1024;

/**
 * A text file read in parts of about `bytes` bytes, decoded as UTF-8 (a character cut between two
 * parts is decoded whole): the file is never whole in memory. Invalid UTF-8 is an error that says
 * after which line it stands. `read` is how many bytes have been read, for a progress bar.
 */
export async function* readFileParts(file: Blob, bytes = FILE_PART_BYTES): AsyncGenerator<{ text: string; read: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  for (let at = 0; at < file.size || at === 0; at += bytes) {
    const end = Math.min(file.size, at + bytes);
    const chunk = new Uint8Array(await file.slice(at, end).arrayBuffer());
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: end < file.size });
    } catch {
      // The line of the bad bytes: the line breaks of this part before the first byte UTF-8 never
      // has (C0, C1, F5–FF); a bad sequence of other bytes is placed at the part's start.
      let breaks = 0;
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b === 0xc0 || b === 0xc1 || b >= 0xf5) break;
        if (b === 0x0a) breaks++;
        if (i === chunk.length - 1) breaks = 0;
      }
      throw new InvalidTextError(lines + 1 + breaks);
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    yield { text, read: end };
    if (file.size === 0) break;
  }
}
