import { describe, expect, it } from 'vitest';
import { countryOfPage } from './country';

describe('countryOfPage', () => {
  it('takes a built-in outlet’s country from the site list', () => {
    expect(countryOfPage('https://www.okaz.com.sa/news/local/1')).toBe('SA');
    expect(countryOfPage('https://aawsat.com/node/123')).toBe('SA');
    expect(countryOfPage('https://alghad.com/story/1')).toBe('JO');
    expect(countryOfPage('https://www.hespress.com/politique/1.html')).toBe('MA');
  });

  it('reads another page’s country from its country-code domain', () => {
    expect(countryOfPage('https://www.alayam.com.bh/news/1')).toBe('BH');
    expect(countryOfPage('https://www.spa.gov.sa/w1')).toBe('SA');
    expect(countryOfPage('https://petra.gov.jo/Include/InnerPage.jsp')).toBe('JO');
  });

  it('says nothing for a generic domain, a file or no address', () => {
    expect(countryOfPage('https://www.bbc.com/arabic/world-1')).toBeUndefined();
    expect(countryOfPage('https://example.com/a')).toBeUndefined();
    expect(countryOfPage('file:///tmp/page.html')).toBeUndefined();
    expect(countryOfPage('not a url')).toBeUndefined();
    expect(countryOfPage(null)).toBeUndefined();
  });
});
