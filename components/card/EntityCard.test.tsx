import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard as CardData } from '../../lib/messages';
import { EntityCard, type EntityCardProps } from './EntityCard';

const container = document.createElement('div');
afterEach(() => render(null, container));

const data: CardData = {
  id: 'person:sergei-lavrov',
  articleCount: 7,
  articles: [{ id: 1, url: 'https://news.example/a', title: 'لافروف في جنيف', site: 'الراصد نيوز', publishedAt: '2019-11-04', mentions: 3 }],
  statementCount: 12,
  statements: [
    {
      id: 5,
      speakerId: 'person:sergei-lavrov',
      speaker: 'سيرغي لافروف',
      speakerKind: 'entity',
      verb: 'قال',
      verbClass: 'states',
      text: 'موسكو مستعدة لاستئناف المحادثات في جنيف قبل نهاية الشهر',
      direct: false,
      publishedAt: '2019-11-04',
      prefix: '',
      suffix: '',
      article: { id: 1, url: 'https://news.example/a', title: 'لافروف في جنيف', site: 'الراصد نيوز', publishedAt: '2019-11-04' },
    },
  ],
};

function show(over: Partial<EntityCardProps> = {}) {
  const props: EntityCardProps = {
    locale: 'en',
    entity: { id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', mentionText: 'لافروف' },
    color: '#ffd54f',
    data,
    onOpenHistory: vi.fn(),
    onHide: vi.fn(),
    onNotThis: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
  render(<EntityCard {...props} />, container);
  return props;
}

describe('EntityCard', () => {
  it('shows the names, the type, the saved-article count and the latest statement linked at its sentence', () => {
    show();
    const text = container.textContent ?? '';
    expect(text).toContain('سيرغي لافروف');
    expect(text).toContain('Sergei Lavrov');
    expect(text).toContain('Person');
    expect(text).toContain('7 saved articles');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('https://news.example/a');
    expect(links[1]).toMatch(/^https:\/\/news\.example\/a#:~:text=/);
  });

  it('says it is loading until the data arrives, and shows an error when it fails', () => {
    show({ data: undefined });
    expect(container.textContent).toContain('Loading');
    show({ data: undefined, error: 'That did not work' });
    expect(container.textContent).toContain('That did not work');
    expect(container.textContent).not.toContain('Loading');
  });

  it('is right-to-left in Arabic', () => {
    show({ locale: 'ar' });
    const card = container.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(container.textContent).toContain('مقالات محفوظة');
  });

  it('its buttons call the actions', () => {
    const p = show();
    const buttons = [...container.querySelectorAll('footer button')] as HTMLButtonElement[];
    buttons.forEach((b) => b.click());
    (container.querySelector('.close') as HTMLButtonElement).click();
    expect(p.onOpenHistory).toHaveBeenCalledOnce();
    expect(p.onHide).toHaveBeenCalledOnce();
    expect(p.onNotThis).toHaveBeenCalledOnce();
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(buttons[2]!.textContent).toContain('«لافروف»');
  });

  it('never renders page text as HTML', () => {
    show({ entity: { id: 'person:x', name: '<img src=x onerror=alert(1)>', nameEn: 'X', type: 'person', mentionText: '<b>x</b>' } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('footer b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
