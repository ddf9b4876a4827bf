import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storageFullError } from '../../lib/corpus/errors';
import type { AddDiscoveredReply, AddDiscoveredRequest, CorpusCard } from '../../lib/messages';
import { entityWords, stringsFor } from '../../lib/i18n/strings';
import { waitFor } from '../test-utils';
import { CARD_CSS, EntityCard, type EntityCardProps } from './EntityCard';

const container = document.createElement('div');
afterEach(async () => {
  await act(async () => render(null, container));
  container.remove();
});

const data: CorpusCard = {
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
    entity: { id: 'person:sergei-lavrov', name: 'سيرغي لافروف', nameEn: 'Sergei Lavrov', type: 'person', gender: 'm', mentionText: 'لافروف' },
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

const COVENEY = {
  id: 'person:found-1o5ru3ms1aq',
  name: 'سايمون كوفني',
  nameEn: '',
  type: 'person' as const,
  gender: 'm' as const,
  mentionText: 'كوفني',
  discovered: true,
  role: 'وزير الخارجية الأيرلندي',
  forms: ['سايمون كوفني', 'كوفني'],
};
const coveneyData: CorpusCard = {
  id: COVENEY.id,
  articleCount: 1,
  articles: [{ id: 2, url: 'https://news.example/dublin', title: 'دبلن تطالب بضمانات', site: 'الراصد نيوز', publishedAt: '2018-05-10', mentions: 2 }],
  statementCount: 1,
  statements: [
    {
      ...data.statements[0]!,
      id: 9,
      speakerId: COVENEY.id,
      speaker: COVENEY.name,
      speakerKind: 'discovered',
      verb: 'حذر',
      verbClass: 'warns',
      text: 'أي اتفاق لا يضمن حرية التنقل سيهدد السلام',
      article: { id: 2, url: 'https://news.example/dublin', title: 'دبلن تطالب بضمانات', site: 'الراصد نيوز', publishedAt: '2018-05-10' },
    },
  ],
};

/**
 * The card's text field labelled `label`: in a page, an editable element with the textbox role
 * (an <input> would have Chromium's autofill ask Google's servers about the form).
 */
const fieldLabelled = (label: string) => {
  const l = [...container.querySelectorAll('.label')].find((x) => x.textContent === label);
  const field = l ? container.querySelector<HTMLElement>(`[aria-labelledby="${l.id}"]`) : null;
  if (!field) throw new Error(`no field labelled ${label}`);
  expect(field.getAttribute('role')).toBe('textbox');
  expect(field.getAttribute('contenteditable')).toBe('plaintext-only');
  return field;
};
/** Types into a field of the card as a keyboard would (its text, then an input event). */
async function type(field: HTMLElement, value: string) {
  await act(async () => {
    field.textContent = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const checkedType = () => (container.querySelector('.add-type input:checked') as HTMLInputElement | null)?.value;
const addButton = () => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Add to Marsad') as HTMLButtonElement | undefined;

describe('EntityCard', () => {
  it('shows the names, the type, the saved-article count and the latest statement linked at its sentence', () => {
    show();
    const text = container.textContent ?? '';
    expect(text).toContain('سيرغي لافروف');
    expect(text).toContain('Sergei Lavrov');
    expect(text).toContain('Person');
    expect(text).toContain('7 other saved articles');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('https://news.example/a');
    expect(links[1]).toMatch(/^https:\/\/news\.example\/a#:~:text=/);
  });

  it('«0 saved articles» right after saving: the card says «other», since the page being read is left out of its count, list and statements', () => {
    // What the background answers on a page just saved that no other saved article shares (lib/corpus/queries.ts).
    show({ data: { id: data.id, articleCount: 0, articles: [], statementCount: 0, statements: [] } });
    expect(container.querySelector('h3')?.textContent).toBe('0 other saved articles');
    expect(container.textContent).toContain('No other saved article mentions him yet.');
    expect(container.textContent).not.toMatch(/\b0 saved articles/);
    show({ locale: 'ar', data: { id: data.id, articleCount: 0, articles: [], statementCount: 0, statements: [] } });
    expect(container.textContent).toContain('لا مقال آخر في أرشيفك يذكره بعد.');
    // Its statements are the other articles' too, and say so.
    show();
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['7 other saved articles', 'Latest statements in other articles']);
  });

  it('lays Arabic titles and statements out right to left in the English card (dir="auto", each in a block of its own)', () => {
    show();
    const title = container.querySelector('li a.title')!;
    expect(title.getAttribute('dir')).toBe('auto');
    const said = container.querySelector('.said')!;
    expect(said.tagName).toBe('P');
    expect(said.getAttribute('dir')).toBe('auto');
    // The verb is isolated, so the paragraph takes the statement's direction.
    expect(said.querySelector('bdi.verb')?.textContent).toBe('قال');
    expect(said.querySelector('a')?.textContent).toBe('موسكو مستعدة لاستئناف المحادثات في جنيف قبل نهاية الشهر');
    expect(CARD_CSS).toMatch(/li \.meta, li a\.title, \.said \{ display: block; \}/);
  });

  it('names a headline statement («لافروف: …») instead of showing its colon as the verb', () => {
    show({ data: { ...data, statements: [{ ...data.statements[0]!, verb: ':' }] } });
    expect(container.querySelector('li .verb')?.textContent).toBe('headline');
    show({ locale: 'ar', data: { ...data, statements: [{ ...data.statements[0]!, verb: ':' }] } });
    expect(container.querySelector('li .verb')?.textContent).toBe('عنوان');
  });

  it('speaks of the entity in Arabic with its gender: a woman of the knowledge base, an organisation, a place', () => {
    const empty = { id: '', articleCount: 0, articles: [], statementCount: 0, statements: [] };
    // Her gender is the background's reading of her roles (lib/analyze/page.ts).
    show({ locale: 'ar', entity: { id: 'person:angela-merkel', name: 'أنجيلا ميركل', nameEn: 'Angela Merkel', type: 'person', gender: 'f', mentionText: 'ميركل' }, data: empty });
    expect(container.textContent).toContain('لا مقال آخر في أرشيفك يذكرها بعد.');
    show({ locale: 'ar', entity: { id: 'org:un', name: 'الأمم المتحدة', nameEn: 'United Nations', type: 'organization', gender: 'f', mentionText: 'الأمم المتحدة' }, data });
    expect(container.textContent).toContain('آخر تصريحاتها في مقالات أخرى');
    show({ locale: 'ar', entity: { id: 'place:moscow', name: 'موسكو', nameEn: 'Moscow', type: 'place', gender: 'f', mentionText: 'موسكو' }, data: empty });
    expect(container.textContent).toContain('يذكرها بعد');
    show({ locale: 'ar' });
    expect(container.textContent).toContain('آخر تصريحاته في مقالات أخرى');
    // In English: her, it.
    show({ entity: { id: 'person:angela-merkel', name: 'أنجيلا ميركل', nameEn: 'Angela Merkel', type: 'person', gender: 'f', mentionText: 'ميركل' }, data: empty });
    expect(container.textContent).toContain('No other saved article mentions her yet.');
    expect(entityWords('en', { type: 'place', gender: 'f' }).noOtherSavedArticle).toBe('No other saved article mentions it yet.');
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
    expect(container.textContent).toContain('مقالات أخرى في أرشيفك: 7');
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

  it('says so when the page covers it or draws it altered (its controls do nothing then)', () => {
    show({ obscured: true });
    expect(container.querySelector('.obscured[role=alert]')?.textContent).toBe(stringsFor('en').cardObscured);
    show({ locale: 'ar', obscured: true });
    expect(container.querySelector('.obscured')?.textContent).toBe(stringsFor('ar').cardObscured);
    show();
    expect(container.querySelector('.obscured')).toBeNull();
  });

  it('keeps its header and its buttons in place and scrolls what lies between (its frame has one size, whatever it holds)', () => {
    show();
    const card = container.querySelector('.card')!;
    expect([...card.children].map((c) => c.localName + (c.className ? `.${c.className}` : ''))).toEqual(['header', 'div.body', 'footer']);
    expect(card.querySelector('.body h3')).not.toBeNull();
    expect(CARD_CSS).toMatch(/\.body \{ flex: 1 1 auto; min-height: 0; overflow: auto;/);
  });

  it('never renders page text as HTML', () => {
    show({ entity: { id: 'person:x', name: '<img src=x onerror=alert(1)>', nameEn: 'X', type: 'person', gender: 'm', mentionText: '<b>x</b>' } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('footer b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  describe('for a discovered actor', () => {
    it('says the name is not in the knowledge base, gives its role, its saved articles and statements, and offers Add (not hide or «not this»)', () => {
      document.body.append(container);
      show({ entity: COVENEY, data: coveneyData, onAdd: vi.fn() });
      const text = container.textContent ?? '';
      expect(text).toContain('Not in your knowledge base');
      expect(container.querySelector('.role')?.textContent).toBe('Role: وزير الخارجية الأيرلندي');
      expect(text).toContain('1 other saved article');
      expect(text).toContain('أي اتفاق لا يضمن حرية التنقل سيهدد السلام');
      const footer = [...container.querySelectorAll('footer button')].map((b) => b.textContent);
      expect(footer).toEqual(['Statement history']);
      // The names prefilled, the type chosen from the actor's; no text <input> in the page.
      expect(fieldLabelled('Arabic name').textContent).toBe('سايمون كوفني');
      expect(fieldLabelled('English name (optional)').textContent).toBe('');
      expect(checkedType()).toBe('person');
      expect(container.querySelector('.add-type legend')?.textContent).toBe('Type');
      expect(container.querySelectorAll('input:not([type=radio]), select, textarea')).toHaveLength(0);
      expect(addButton()).toBeDefined();
    });

    it('speaks of a woman in the feminine, from the role the article gave her («وزيرة»)', () => {
      document.body.append(container);
      // The background gives her gender from that role (lib/analyze/page.ts).
      const bishop = { ...COVENEY, id: 'person:found-1k9x2q', name: 'جولي بيشوب', gender: 'f' as const, role: 'وزيرة الخارجية الأسترالية', forms: ['جولي بيشوب'] };
      show({ locale: 'ar', entity: bishop, data: coveneyData, onAdd: vi.fn() });
      expect(container.querySelector('.not-in-kb')?.textContent).toBe('ليست في قاعدة معرفتك');
      expect(container.querySelector('.add-intro')?.textContent).toBe('أضِفها إلى قاعدة معرفتك: يتعرّف عليها مرصد في كل صفحة، ويبقى سجل تصريحاتها المحفوظة معها.');
      expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toContain('أضِفها إلى مرصد');
    });

    it('adds it in one click with the names and type given, then says so', async () => {
      document.body.append(container);
      const onAdd = vi.fn(async (req: AddDiscoveredRequest): Promise<AddDiscoveredReply> => ({ id: 'person:user-x', name: req.name, type: req.type, statements: 1, articles: 1 }));
      show({ entity: COVENEY, data: coveneyData, onAdd });
      await type(fieldLabelled('English name (optional)'), 'Simon Coveney');
      // Chosen as an organisation, to see the choice sent.
      await act(async () => (container.querySelector('.add-type input[value=organization]') as HTMLInputElement).click());
      await act(async () => addButton()!.click());
      await waitFor(() => expect(container.querySelector('[data-testid=add-done]')?.textContent).toBe('Added to your knowledge base ✓: سايمون كوفني'));
      expect(onAdd).toHaveBeenCalledWith({
        discoveredId: COVENEY.id,
        type: 'organization',
        name: 'سايمون كوفني',
        nameEn: 'Simon Coveney',
        forms: ['سايمون كوفني', 'كوفني'],
      });
      expect(addButton()).toBeUndefined();
    });

    it('once added, says that the user’s own names are not highlighted in pages, when they are not', async () => {
      document.body.append(container);
      const onAdd = vi.fn(async (req: AddDiscoveredRequest): Promise<AddDiscoveredReply> => ({ id: 'person:user-x', name: req.name, type: req.type, statements: 1, articles: 1 }));
      show({ entity: COVENEY, data: coveneyData, onAdd, ownNotPainted: true });
      await act(async () => addButton()!.click());
      await waitFor(() => expect(container.querySelector('[data-testid=own-not-painted]')?.textContent).toBe(stringsFor('en').ownNotPainted));
      // Painted (the user chose so): nothing to say.
      show({ entity: { ...COVENEY, id: 'person:found-other' }, data: coveneyData, onAdd, ownNotPainted: false });
      await act(async () => addButton()!.click());
      await waitFor(() => expect(container.querySelector('[data-testid=add-done]')).not.toBeNull());
      expect(container.querySelector('[data-testid=own-not-painted]')).toBeNull();
    });

    it('checks the name before sending, and explains a full disk (nothing was changed) in Arabic', async () => {
      document.body.append(container);
      const onAdd = vi.fn(async (): Promise<AddDiscoveredReply> => {
        throw storageFullError();
      });
      show({ entity: COVENEY, data: coveneyData, onAdd, locale: 'ar' });
      const ar = stringsFor('ar');
      const button = () => [...container.querySelectorAll('button')].find((b) => b.textContent === 'أضِفه إلى مرصد')!;
      await type(fieldLabelled(ar.arabicName), 'Simon');
      await act(async () => button().click());
      expect(container.querySelector('[role=alert]')?.textContent).toBe(ar.nameNotArabic);
      // A letter alone («و») is no name: it said «too long».
      await type(fieldLabelled(ar.arabicName), 'و');
      await act(async () => button().click());
      expect(container.querySelector('[role=alert]')?.textContent).toBe(ar.nameShort);
      expect(onAdd).not.toHaveBeenCalled();
      await type(fieldLabelled(ar.arabicName), 'سايمون كوفني');
      // Enter in the field adds, as in a form.
      await act(async () => {
        fieldLabelled(ar.arabicName).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      });
      await waitFor(() => expect(container.querySelector('[role=alert]')?.textContent).toBe(ar.storageFull));
      expect(button().disabled).toBe(false);
    });
  });
});
