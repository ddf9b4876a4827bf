/**
 * "Add to Marsad" for a discovered actor: the names prefilled (Arabic; English optional), the type
 * chosen from the actor's, one click to add. The same form in the hover card, the popup and the
 * options page; the background does the rest (the `addDiscovered` message).
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isStorageFull } from '../../lib/corpus/errors';
import { ENTITY_TYPES, type EntityType } from '../../lib/knowledge/types';
import type { AddDiscoveredReply, AddDiscoveredRequest } from '../../lib/messages';
import { validateDraft, type FieldError } from '../../lib/knowledge/catalogue';
import { genderOf } from '../../lib/knowledge/gender';
import { entityWords, stringsFor, typeName, type Locale, type Strings } from '../../lib/i18n/strings';

export interface DiscoveredActor {
  id: string;
  name: string;
  type: EntityType;
  /** The forms the page or the corpus wrote it in. */
  forms?: string[];
  /** The title or role an article gave it (the words agree with it: «وزيرة» is a woman). */
  role?: string | null;
}

export interface AddToMarsadProps {
  locale: Locale;
  actor: DiscoveredActor;
  /** Sends the request to the background (rejects with its error). */
  onAdd(req: AddDiscoveredRequest): Promise<AddDiscoveredReply>;
  /** After it was added. */
  onAdded?(reply: AddDiscoveredReply): void;
  /** The form is in a web page (the hover card), not in an extension page. */
  inPage?: boolean;
  /** The user's own names are not painted in pages (the `paintOwnEntities` setting is off): said once it is added. */
  ownNotPainted?: boolean;
}

function problem(t: Strings, e: FieldError): string {
  if (e.code === 'required') return t.nameRequired;
  if (e.code === 'notArabic') return t.nameNotArabic;
  if (e.code === 'stopword') return t.nameStopword;
  if (e.code === 'short') return t.nameShort;
  return t.nameTooLong;
}

/** Can this document edit an element as plain text (contenteditable="plaintext-only")? */
function plainTextEditing(doc: Document): boolean {
  try {
    const probe = doc.createElement('span');
    probe.contentEditable = 'plaintext-only';
    return probe.contentEditable === 'plaintext-only';
  } catch {
    return false;
  }
}

interface FieldProps {
  id: string;
  label: string;
  lang: 'ar' | 'en';
  value: string;
  onChange(value: string): void;
  onEnter(): void;
  /** A plain-text editable element instead of an <input> (see NameField). */
  plain: boolean;
}

/**
 * A one-line text field. In a web page it is a plain-text editable element with the textbox role
 * rather than an <input>: Chromium's autofill sends a signature of every web page's input fields to
 * Google's servers, and Marsad's card must cause no request. Extension pages have no autofill.
 */
function NameField({ id, label, lang, value, onChange, onEnter, plain }: FieldProps) {
  const ref = useRef<HTMLSpanElement>(null);
  // The editable element is written once: afterwards its text is the user's (Preact never re-renders it).
  useLayoutEffect(() => {
    if (plain && ref.current) ref.current.textContent = value;
  }, []);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (!plain)
    return (
      <>
        <label for={id}>{label}</label>
        <input id={id} lang={lang} dir={dir} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
      </>
    );
  return (
    <>
      <span class="label" id={`${id}-label`} onClick={() => ref.current?.focus()}>
        {label}
      </span>
      <span
        id={id}
        ref={ref}
        class="field"
        role="textbox"
        aria-labelledby={`${id}-label`}
        aria-multiline="false"
        contentEditable="plaintext-only"
        tabIndex={0}
        lang={lang}
        dir={dir}
        onInput={(e) => onChange(e.currentTarget.textContent ?? '')}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          onEnter();
        }}
      />
    </>
  );
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; text: string } | { kind: 'done'; reply: AddDiscoveredReply };

export function AddToMarsad({ locale, actor, onAdd, onAdded, inPage = false, ownNotPainted = false }: AddToMarsadProps) {
  const t = stringsFor(locale);
  const uid = useId();
  const [plain] = useState(() => inPage && plainTextEditing(document));
  const [name, setName] = useState(actor.name);
  const [nameEn, setNameEn] = useState('');
  const [type, setType] = useState<EntityType>(actor.type);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The words agree with the type chosen (and, for a person, the role the article gave).
  const wordsFor = (ty: EntityType) => entityWords(locale, { type: ty, gender: genderOf({ type: ty, role: actor.role }) });
  const words = wordsFor(type);

  if (status.kind === 'done') {
    return (
      <div role="status" data-testid="add-done">
        <p class="add-done">
          {wordsFor(status.reply.type).addedToMarsad}: <bdi lang="ar">{status.reply.name}</bdi>
        </p>
        {ownNotPainted ? (
          <p class="muted add-note" data-testid="own-not-painted">
            {t.ownNotPainted}
          </p>
        ) : null}
      </div>
    );
  }

  const submit = async () => {
    if (status.kind === 'busy') return;
    const v = validateDraft({ type, name, nameEn, aliases: '' });
    const wrong = v.errors[0];
    if (wrong) {
      setStatus({ kind: 'error', text: wrong.field === 'nameEn' ? t.nameTooLong : problem(t, wrong) });
      return;
    }
    setStatus({ kind: 'busy' });
    try {
      const forms = [...new Set([actor.name, ...(actor.forms ?? [])])];
      const reply = await onAdd({ discoveredId: actor.id, type, name: v.name, nameEn: v.nameEn, forms });
      setStatus({ kind: 'done', reply });
      onAdded?.(reply);
    } catch (err) {
      setStatus({ kind: 'error', text: isStorageFull(err) ? t.storageFull : `${t.failed}: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  return (
    <form
      class="add-actor"
      noValidate
      aria-label={words.addToMarsad}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p class="add-intro">{words.addIntro}</p>
      <div class="add-fields">
        <NameField id={`${uid}-name`} label={t.arabicName} lang="ar" value={name} onChange={setName} onEnter={() => void submit()} plain={plain} />
        <NameField id={`${uid}-en`} label={t.englishName} lang="en" value={nameEn} onChange={setNameEn} onEnter={() => void submit()} plain={plain} />
      </div>
      <fieldset class="add-type">
        <legend>{t.entityType}</legend>
        {ENTITY_TYPES.map((ty) => (
          <label key={ty}>
            <input type="radio" name={`${uid}-type`} value={ty} checked={type === ty} onChange={() => setType(ty)} />
            {typeName(locale, ty)}
          </label>
        ))}
      </fieldset>
      {status.kind === 'error' ? (
        <p class="add-error" role="alert">
          {status.text}
        </p>
      ) : null}
      <button type="submit" class="primary add" disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? t.adding : words.addToMarsad}
      </button>
    </form>
  );
}
