import { normalize } from '../arabic/normalize';

/** SHA-256 (hex) of the text after normalisation and whitespace folding: the same article saved twice hashes the same. */
export async function contentHash(text: string): Promise<string> {
  const canonical = normalize(text).replace(/\s+/g, ' ').trim();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
