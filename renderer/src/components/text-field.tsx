import type { HTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldMessages, hasError, type FieldMessage } from './field-messages';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  messages?: readonly FieldMessage[];
  hint?: string;
  placeholder?: string;
  /** Textarea with this many rows instead of a one-line input. */
  rows?: number;
  /** Accessible name when the visible label alone is ambiguous (e.g. the same field per language). */
  ariaLabel?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  list?: string;
  maxLength?: number;
  className?: string;
  /** Shown at the right of the label, e.g. a character count. */
  meta?: string;
  /** Shown in the label row before `meta`, e.g. a translation's review mark. */
  adornment?: ReactNode;
}

/** A labelled input or textarea with its hint and validation messages underneath. */
export function TextField({ id, label, value, onChange, messages = [], hint, placeholder, rows, ariaLabel, inputMode, list, maxLength, className, meta, adornment }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const msgId = messages.length > 0 ? `${id}-msg` : undefined;
  const common = {
    id,
    value,
    placeholder,
    maxLength,
    'aria-label': ariaLabel,
    'aria-invalid': hasError(messages) || undefined,
    'aria-describedby': describedBy(msgId, hintId),
  };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>{label}</label>
        {adornment}
        {meta && <span className="field-meta">{meta}</span>}
      </div>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} list={list} onChange={(e) => onChange(e.target.value)} />
      )}
      {msgId && <FieldMessages id={msgId} messages={messages} />}
      {hint && <span id={hintId} className="field-hint">{hint}</span>}
    </div>
  );
}
