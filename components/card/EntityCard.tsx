/**
 * The hover card: who or what this is, what the corpus knows of it, and what can be done. A
 * discovered actor's card says that the knowledge base lacks the name, gives its role, and offers
 * to add it.
 */
import type { CardEntity } from '../../lib/card-channel';
import { lineColorOf } from '../../lib/highlight/highlighter';
import type { AddDiscoveredReply, AddDiscoveredRequest, CorpusCard } from '../../lib/messages';
import { linkableUrl } from '../../lib/corpus/urls';
import { statementLink } from '../../lib/text-fragment';
import { AddToMarsad } from '../discovered/AddToMarsad';
import { themeRules } from '../theme';
import { entityWords, formatDate, stringsFor, typeName, verbShown, type Locale } from '../../lib/i18n/strings';

export type { CardEntity };

export interface EntityCardProps {
  locale: Locale;
  entity: CardEntity;
  color: string;
  /** undefined while loading. */
  data: CorpusCard | undefined;
  error?: string;
  onOpenHistory(): void;
  onHide(): void;
  onNotThis(): void;
  onClose(): void;
  /** Adds a discovered actor to the knowledge base (the `addDiscovered` message). */
  onAdd?(req: AddDiscoveredRequest): Promise<AddDiscoveredReply>;
  /** The user's own names are not painted in pages (the `paintOwnEntities` setting is off). */
  ownNotPainted?: boolean;
  /** The page covers the card or draws it altered: its controls do nothing, and it says so. */
  obscured?: boolean;
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function EntityCard(p: EntityCardProps) {
  const t = stringsFor(p.locale);
  const d = p.data;
  const found = p.entity.discovered === true;
  const words = entityWords(p.locale, { type: p.entity.type, gender: p.entity.gender });
  return (
    <div class="card" role="dialog" aria-label={p.entity.name} lang={p.locale} dir={p.locale === 'ar' ? 'rtl' : 'ltr'} tabIndex={-1}>
      <header>
        <span
          class={`swatch${found ? ' found' : ''}`}
          style={found ? { borderColor: lineColorOf(p.color) } : { background: p.color }}
          aria-hidden="true"
        />
        <div class="names">
          <strong class="name" lang="ar" dir="rtl">
            {p.entity.name}
          </strong>
          <span class="en" lang="en" dir="ltr">
            {p.entity.nameEn}
          </span>
        </div>
        <span class="type">{typeName(p.locale, p.entity.type)}</span>
        <button type="button" class="close" onClick={p.onClose} aria-label={t.close} title={t.close}>
          ×
        </button>
      </header>
      {/* The card has a fixed size (what it holds must not show in its size): this part scrolls, the header and the buttons stay. */}
      <div class="body">
      {p.obscured ? (
        <p class="obscured" role="alert">
          {t.cardObscured}
        </p>
      ) : null}
      {found ? (
        <div class="found-note">
          <p class="not-in-kb" title={t.notInKbHelp}>
            {words.notInKb}
          </p>
          {p.entity.role ? (
            <p class="role">
              {t.role}:{' '}
              <bdi lang="ar" dir="rtl">
                {p.entity.role}
              </bdi>
            </p>
          ) : null}
        </div>
      ) : null}
      {p.error ? <p class="error">{p.error}</p> : null}
      {!d && !p.error ? <p class="muted">{t.loading}</p> : null}
      {d ? (
        <>
          {/* The page being read is left out of all of it (lib/corpus/queries.ts): the card speaks of the others. */}
          <section>
            <h3>{words.otherSavedArticles(d.articleCount)}</h3>
            {d.articles.length === 0 ? <p class="muted">{words.noOtherSavedArticle}</p> : null}
            <ul>
              {d.articles.map((a) => (
                <li key={a.id}>
                  {/* Page text in its own direction, whatever the interface's. */}
                  <a class="title" href={linkableUrl(a.url)} target="_blank" rel="noopener noreferrer" dir="auto">
                    {clip(a.title || a.url, 90)}
                  </a>
                  <span class="meta">
                    {a.site ? <bdi>{a.site}</bdi> : null}
                    {a.site && a.publishedAt ? ' · ' : ''}
                    <bdi>{formatDate(p.locale, a.publishedAt)}</bdi>
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {d.statements.length ? (
            <section>
              <h3>{words.latestStatementsElsewhere}</h3>
              <ul>
                {d.statements.map((s) => (
                  <li key={s.id}>
                    {/* One paragraph in the statement's direction (dir="auto" reads the statement: the verb is isolated). */}
                    <p class="said" dir="auto">
                      <bdi class="verb" title={s.verb === verbShown(p.locale, s.verb) ? undefined : t.headlineHelp}>
                        {verbShown(p.locale, s.verb)}
                      </bdi>{' '}
                      <a href={statementLink(s.article.url, s)} target="_blank" rel="noopener noreferrer" title={t.openArticle}>
                        {clip(s.text, 140)}
                      </a>
                    </p>
                    <span class="meta">
                      {s.article.site ? <bdi>{s.article.site}</bdi> : null}
                      {s.article.site ? ' · ' : ''}
                      <bdi>{formatDate(p.locale, s.publishedAt)}</bdi>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {found && p.onAdd ? (
        <section class="add-section">
          <AddToMarsad
            key={p.entity.id}
            locale={p.locale}
            actor={{ id: p.entity.id, name: p.entity.name, type: p.entity.type, forms: p.entity.forms, role: p.entity.role }}
            onAdd={p.onAdd}
            inPage
            ownNotPainted={p.ownNotPainted}
          />
        </section>
      ) : null}
      </div>
      <footer>
        <button type="button" onClick={p.onOpenHistory}>
          {t.history}
        </button>
        {/* Hiding and excluding are edits of the knowledge base, which a discovered actor is not in. */}
        {found ? null : (
          <>
            <button type="button" onClick={p.onHide}>
              {t.hideEntity}
            </button>
            <button type="button" onClick={p.onNotThis} title={`«${p.entity.mentionText}» ≠ ${p.entity.name}`}>
              {t.notThis}: «{clip(p.entity.mentionText, 24)}»
            </button>
          </>
        )}
      </footer>
    </div>
  );
}

/**
 * The card's style, in its frame (an extension page: the page's styles never reach it). The frame
 * has a fixed size, which the card fills: its header and its buttons stay, what lies between
 * scrolls. The theme's colours are declared on the card itself.
 */
export const CARD_CSS =
  themeRules('.card') +
  `
html, body { margin: 0; height: 100%; overflow: hidden; background: transparent; color-scheme: light dark; }
.card {
  box-sizing: border-box; width: 100vw; height: 100vh; display: flex; flex-direction: column; overflow: hidden;
  background: var(--marsad-bg); color: var(--marsad-fg); border: 1px solid var(--marsad-field); border-radius: 10px;
  font: 14px/1.55 system-ui, 'Noto Sans Arabic', Tahoma, sans-serif;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--marsad-accent); outline-offset: -3px; }
header { display: flex; align-items: center; gap: 8px; flex: none; padding: 10px 12px 0; }
.body { flex: 1 1 auto; min-height: 0; overflow: auto; overscroll-behavior: contain; padding: 0 12px 8px; }
.swatch { width: 12px; height: 12px; border-radius: 3px; flex: none; border: 1px solid rgba(0,0,0,.25); }
.names { display: flex; flex-direction: column; flex: 1; min-width: 0; }
.name { font-size: 16px; }
.en, .type, .meta, .muted, .role, .add-intro { color: var(--marsad-muted); font-size: 12px; }
.role { font-size: 13px; }
.type { background: var(--marsad-surface); border-radius: 4px; padding: 0 6px; }
.close { border: none; background: none; font-size: 18px; cursor: pointer; color: var(--marsad-fg); padding: 0 4px; }
h3 { font-size: 13px; margin: 10px 0 4px; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 4px 0; }
li .meta, li a.title, .said { display: block; }
.said { margin: 0; }
a { color: var(--marsad-accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.verb { font-weight: 600; }
.error, .add-error { color: var(--marsad-danger); }
.obscured { margin: 8px 0 0; padding: 4px 8px; border-radius: 6px; font-size: 13px; color: var(--marsad-error-fg); background: var(--marsad-error-bg); }
.swatch.found { background: transparent; border: 2px dotted; }
.found-note p { margin: 6px 0 0; }
.not-in-kb { font-weight: 600; color: var(--marsad-found-fg); background: var(--marsad-found-bg); border-radius: 4px; padding: 2px 6px; display: inline-block; }
.add-section { margin-top: 10px; border-top: 1px solid var(--marsad-border); padding-top: 8px; }
.add-intro { margin: 0 0 6px; }
.add-fields { display: grid; grid-template-columns: auto 1fr; gap: 4px 8px; align-items: center; font-size: 12px; }
.add-fields input, .add-fields .field { font: inherit; font-size: 13px; padding: 2px 6px; border: 1px solid var(--marsad-field); border-radius: 5px; background: var(--marsad-bg); color: var(--marsad-fg); min-width: 0; min-height: 1.5em; white-space: pre; overflow: hidden; cursor: text; }
.add-fields input:focus-visible, .add-fields .field:focus-visible, .add-type input:focus-visible { outline: 2px solid var(--marsad-accent); outline-offset: 1px; }
.add-type { border: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; }
.add-type legend { padding: 0; margin-bottom: 2px; }
.add-type label { display: inline-flex; align-items: center; gap: 3px; cursor: pointer; }
.add-error, .add-done { margin: 6px 0 0; font-size: 13px; }
.add-done { color: var(--marsad-ok-fg); font-weight: 600; }
.add-note { margin: 4px 0 0; }
button.add { margin-top: 8px; background: var(--marsad-accent); border-color: var(--marsad-accent); color: var(--marsad-accent-fg); }
footer { display: flex; flex-wrap: wrap; gap: 6px; flex: none; border-top: 1px solid var(--marsad-border); padding: 8px 12px 10px; }
button { font: inherit; font-size: 12px; padding: 3px 8px; border: 1px solid var(--marsad-border); border-radius: 6px; background: var(--marsad-surface); color: var(--marsad-fg); cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 2px solid var(--marsad-accent); outline-offset: 1px; }
`;
