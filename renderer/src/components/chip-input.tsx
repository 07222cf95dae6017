import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { addChips, endsWithSeparator, splitChipText } from './chip-text';
import { describedBy, FieldMessages, hasError, type FieldMessage } from './field-messages';

interface Props {
  id: string;
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
  /** Accessible name of each chip's remove button, e.g. "Remove 红色". */
  removeLabel(value: string): string;
  placeholder?: string;
  hint?: string;
  messages?: readonly FieldMessage[];
  /** For cells and columns where a heading already shows what the field is. */
  isLabelHidden?: boolean;
  ariaLabel?: string;
}

/**
 * Values as removable chips: type and press Enter or a comma (full-width too), or paste a list.
 * Text still being typed becomes a chip when the field loses focus, so it is never silently dropped.
 */
export function ChipInput({ id, label, values, onChange, removeLabel, placeholder, hint, messages = [], isLabelHidden, ariaLabel }: Props) {
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = hint ? `${id}-hint` : undefined;
  const msgId = messages.length > 0 ? `${id}-msg` : undefined;

  function commit(text: string): void {
    const next = addChips(values, splitChipText(text));
    if (next.length !== values.length) onChange(next);
    setDraft('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      if (draft.trim()) commit(draft);
    } else if (e.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>): void {
    const text = e.clipboardData.getData('text');
    // Single-line inputs would swallow the new lines of a pasted column, so split it here.
    if (splitChipText(text).length > 1) {
      e.preventDefault();
      commit(draft + text);
    }
  }

  return (
    <div className="field">
      <label className={isLabelHidden ? 'sr-only' : 'field-label'} htmlFor={id}>{label}</label>
      {/* The box looks like one input, so a click anywhere in it should type into it. */}
      <div className="chip-input" aria-invalid={hasError(messages) || undefined} onClick={(e) => e.target === e.currentTarget && inputRef.current?.focus()}>
        {values.length > 0 && (
          <ul className="chip-list">
            {values.map((v, i) => (
              <li key={`${i}-${v}`} className="chip">
                <span className="chip-text">{v}</span>
                <button type="button" className="chip-remove" aria-label={removeLabel(v)} title={removeLabel(v)} onClick={() => onChange(values.filter((_, j) => j !== i))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={inputRef}
          id={id}
          type="text"
          value={draft}
          placeholder={placeholder}
          aria-label={ariaLabel}
          aria-invalid={hasError(messages) || undefined}
          aria-describedby={describedBy(msgId, hintId)}
          onChange={(e) => (endsWithSeparator(e.target.value) ? commit(e.target.value) : setDraft(e.target.value))}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => draft.trim() && commit(draft)}
        />
      </div>
      {msgId && <FieldMessages id={msgId} messages={messages} />}
      {hint && <span id={hintId} className="field-hint">{hint}</span>}
    </div>
  );
}
