/**
 * The first, cheapest check: how much of a text is in Arabic script. Kept apart from the language
 * detector so the content script that runs on every page loads nothing else.
 */

export const SAMPLE = 4000;

/** Share of letters in `text` (up to SAMPLE characters) that are Arabic-script letters. */
export function arabicScriptRatio(text: string, sample = SAMPLE): number {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) {
      arabic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0590 && c <= 0x05ff)) {
      letters++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

