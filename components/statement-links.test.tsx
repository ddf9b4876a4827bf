/**
 * The statement links of the hover card and of the popup's history open the article at the
 * statement's own place: their text fragment carries the words before and after it (lib/text-fragment.ts).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../lib/corpus/corpus';
import type { CorpusCard } from '../lib/messages';
import { EntityCard } from './card/EntityCard';
import { HistoryItem } from './popup/HistoryItem';

const container = document.createElement('div');
afterEach(async () => {
  await act(async () => render(null, container));
  container.remove();
});

const URL = 'https://news.example/geneva';
/** The second of two statements with the same words: only its context tells them apart. */
const SECOND: HistoryEntry = {
  id: 8,
  speakerId: 'person:sergei-lavrov',
  speaker: 'سيرغي لافروف',
  speakerKind: 'entity',
  verb: 'قال',
  verbClass: 'states',
  text: 'الحل سياسي',
  direct: false,
  publishedAt: '2019-11-04',
  prefix: 'الرئيس السوري. وقال لافروف إن ',
  suffix: ' في نهاية المطاف.',
  article: { id: 1, url: `${URL}#comments`, title: 'لافروف في جنيف', site: 'الراصد نيوز', publishedAt: '2019-11-04' },
};
const FRAGMENT = `#:~:text=${encodeURIComponent('الرئيس السوري. وقال لافروف إن')}-,${encodeURIComponent('الحل سياسي')},-${encodeURIComponent('في نهاية المطاف.')}`;

const statementLink = () => [...container.querySelectorAll('a')].map((a) => a.getAttribute('href')).find((h) => h?.includes('#:~:text='));

/** Lavrov's hover card with these data. */
const lavrovCard = (data: CorpusCard) => (
  <EntityCard
    locale="en"
    entity={{ id: SECOND.speakerId, name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm', mentionText: 'لافروف' }}
    color="#ffd54f"
    data={data}
    onOpenHistory={vi.fn()}
    onHide={vi.fn()}
    onNotThis={vi.fn()}
    onClose={vi.fn()}
  />
);

describe('statement links', () => {
  it('in the hover card, carry the statement’s context', async () => {
    const data: CorpusCard = { id: SECOND.speakerId, articleCount: 1, articles: [], statementCount: 1, statements: [SECOND] };
    document.body.append(container);
    await act(async () =>
      render(
        lavrovCard(data),
        container,
      ),
    );
    expect(statementLink()).toBe(URL + FRAGMENT);
  });

  it('in the statement history, carry the statement’s context', async () => {
    document.body.append(container);
    await act(async () =>
      render(
        <ul>
          <HistoryItem locale="en" entityId={SECOND.speakerId} entry={SECOND} byTitleHelp="" />
        </ul>,
        container,
      ),
    );
    expect(statementLink()).toBe(URL + FRAGMENT);
  });

  it('are no links at all when the article’s address is not http(s) (a javascript: address from an imported file)', async () => {
    document.body.append(container);
    const hostile: HistoryEntry = { ...SECOND, article: { ...SECOND.article, url: 'javascript:alert(document.domain)' } };
    const data: CorpusCard = {
      id: SECOND.speakerId,
      articleCount: 1,
      articles: [{ id: 2, url: 'data:text/html,<script>alert(1)</script>', title: 'خبر', site: null, publishedAt: '2019-11-04', mentions: 1 }] as CorpusCard['articles'],
      statementCount: 1,
      statements: [hostile],
    };
    await act(async () =>
      render(
        <div>
          {lavrovCard(data)}
          <ul>
            <HistoryItem locale="en" entityId={SECOND.speakerId} entry={hostile} byTitleHelp="" />
          </ul>
        </div>,
        container,
      ),
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => h !== null);
    expect(hrefs.some((h) => /^(javascript|data):/i.test(h!))).toBe(false);
    expect(container.textContent).toContain('خبر');
  });
});
