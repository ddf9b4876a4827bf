/**
 * The country whose press a page is: the built-in site list's, else its host's country-code
 * domain («okaz.com.sa» → SA). Undefined for a page of a generic domain the list does not know.
 */
import { builtinSiteOf } from './builtin';

/** Country-code top-level domains of the Arab states (and the region's others) that name their country. */
const CCTLDS: ReadonlySet<string> = new Set(
  'sa jo ma bh ae qa kw om ye iq sy lb ps eg sd ly tn dz mr so dj km ir tr il'.split(' '),
);

export function countryOfPage(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const site = builtinSiteOf(url);
  if (site?.country) return site.country;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  return CCTLDS.has(tld) ? tld.toUpperCase() : undefined;
}
