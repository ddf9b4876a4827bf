/** Small controls shared by the tabs: a notice line, a file button, an inline confirmation. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useOptions } from './context';
import { errorCodeOf } from '../../lib/messages';

/** Error texts are complete sentences (see failure()). */
export interface NoticeDetail {
  /** Where: "Line 3", "Entry 2". */
  where: string;
  text: string;
  /** The language of `text` when it is not the interface's (the corpus importer reports in English). */
  lang?: string;
}

export type NoticeState = { kind: 'ok' | 'error' | 'busy'; text: string; details?: NoticeDetail[] } | null;

/** A status line for the result of an action: a polite message, or an error announced at once. */
export function Notice({ notice, onDismiss, children }: { notice: NoticeState; onDismiss?: () => void; children?: ComponentChildren }) {
  const { t } = useOptions();
  if (!notice) return null;
  return (
    <div class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>{notice.text}</p>
      {notice.details?.length ? (
        <ul class="problems">
          {notice.details.map((d, i) => (
            <li key={i}>
              {d.where}:{' '}
              <bdi lang={d.lang} dir={d.lang ? 'ltr' : undefined}>
                {d.text}
              </bdi>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
      {onDismiss && notice.kind !== 'busy' ? (
        <button type="button" class="link" onClick={onDismiss}>
          {t.dismiss}
        </button>
      ) : null}
    </div>
  );
}

/** A file picker that looks like a button: a real <input type=file> inside its label (keyboard and screen readers reach it). */
export function FileButton({ label, accept, disabled, onFile }: { label: string; accept: string; disabled?: boolean; onFile: (file: File) => void }) {
  return (
    <label class={`button file${disabled ? ' disabled' : ''}`}>
      <input
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <span>{label}</span>
    </label>
  );
}

/** The notice for a write that failed: the browser's own message, after a plain sentence. */
export function failure(
  t: { errorPrefix: string; unknownError: string; storageFull: string; tooLarge: string; interrupted: string },
  e: unknown,
): NoticeState {
  const code = errorCodeOf(e);
  if (code === 'storage-full') return { kind: 'error', text: t.storageFull };
  if (code === 'too-large') return { kind: 'error', text: t.tooLarge };
  if (code === 'interrupted') return { kind: 'error', text: t.interrupted };
  const msg = e instanceof Error && e.message ? e.message : typeof e === 'string' && e ? e : t.unknownError;
  return { kind: 'error', text: `${t.errorPrefix} ${msg}` };
}

/**
 * An inline confirmation ("Delete this? [Yes] [Cancel]") instead of a modal dialog: it appears in
 * place of the button that asked, takes the focus on Cancel (the safe choice), and Escape cancels.
 */
export function Confirm({ question, yes, busy, onYes, onNo }: { question: string; yes: string; busy?: boolean; onYes: () => void; onNo: () => void }) {
  const { t } = useOptions();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onNo();
      }}
    >
      <span>{question}</span>
      <button type="button" class="danger" disabled={busy} onClick={onYes}>
        {yes}
      </button>
      <button type="button" ref={cancel} onClick={onNo}>
        {t.cancel}
      </button>
    </div>
  );
}
