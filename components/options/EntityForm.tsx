/** The form for an entity of the user's own (adding one, or editing all its fields), with inline validation. */
import { useId, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../lib/knowledge/types';
import { useOptions } from './context';
import { validateDraft, type EntityDraft, type FieldError } from '../../lib/knowledge/catalogue';
import { fieldErrorText } from '../../lib/i18n/options';

export interface ValidEntity {
  type: EntityType;
  name: string;
  nameEn: string;
  aliases: string[];
}

/** A list of field errors, each tied to its field by id. */
export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <ul class="field-errors" id={id}>
      {errors.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}

export function EntityForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: EntityDraft;
  submitLabel: string;
  /** Resolves when saved; a rejection is shown by the caller. */
  onSubmit: (e: ValidEntity) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useOptions();
  const uid = useId();
  const [draft, setDraft] = useState<EntityDraft>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const aliasesRef = useRef<HTMLTextAreaElement>(null);

  const set = (k: keyof EntityDraft) => (e: Event) => setDraft((d) => ({ ...d, [k]: (e.currentTarget as HTMLInputElement).value }));
  const of = (field: FieldError['field']) => errors.filter((e) => e.field === field).map((e) => fieldErrorText(t, e));

  const submit = async (e: Event) => {
    e.preventDefault();
    const v = validateDraft(draft);
    setErrors(v.errors);
    if (v.errors.length) {
      (v.errors[0]!.field === 'aliases' ? aliasesRef.current : nameRef.current)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ type: draft.type, name: v.name, nameEn: v.nameEn, aliases: v.aliases });
    } finally {
      setBusy(false);
    }
  };

  const nameErrors = of('name');
  const enErrors = of('nameEn');
  const aliasErrors = of('aliases');
  return (
    <form class="entity-form" onSubmit={submit} noValidate>
      {errors.length ? (
        <p class="form-error" role="alert">
          {t.formErrorsTitle} {errors.map((e) => fieldErrorText(t, e)).join(' ')}
        </p>
      ) : null}
      <fieldset class="type-choice">
        <legend>{t.formType}</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} class="inline">
            <input type="radio" name={`${uid}-type`} value={type} checked={draft.type === type} onChange={() => setDraft((d) => ({ ...d, type }))} />
            {t.type(type)}
          </label>
        ))}
      </fieldset>
      <label for={`${uid}-name`}>{t.formName}</label>
      <input
        id={`${uid}-name`}
        ref={nameRef}
        lang="ar"
        dir="rtl"
        value={draft.name}
        onInput={set('name')}
        required
        aria-invalid={nameErrors.length ? true : undefined}
        aria-describedby={nameErrors.length ? `${uid}-name-err` : undefined}
      />
      <FieldErrors id={`${uid}-name-err`} errors={nameErrors} />
      <label for={`${uid}-en`}>{t.formNameEn}</label>
      <input
        id={`${uid}-en`}
        lang="en"
        dir="ltr"
        value={draft.nameEn}
        onInput={set('nameEn')}
        aria-invalid={enErrors.length ? true : undefined}
        aria-describedby={enErrors.length ? `${uid}-en-err` : undefined}
      />
      <FieldErrors id={`${uid}-en-err`} errors={enErrors} />
      <label for={`${uid}-aliases`}>{t.formAliases}</label>
      <textarea
        id={`${uid}-aliases`}
        ref={aliasesRef}
        lang="ar"
        dir="rtl"
        rows={4}
        value={draft.aliases}
        onInput={set('aliases')}
        aria-invalid={aliasErrors.length ? true : undefined}
        aria-describedby={`${uid}-aliases-hint${aliasErrors.length ? ` ${uid}-aliases-err` : ''}`}
      />
      <p class="hint" id={`${uid}-aliases-hint`}>
        {t.formAliasesHint}
      </p>
      <FieldErrors id={`${uid}-aliases-err`} errors={aliasErrors} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
