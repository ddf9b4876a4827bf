import { decodeTextFile } from '../lib/text-file';

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
