import type { HTMLAttributes } from 'react';
import { describedBy, FieldMessages, hasError, type FieldMessage } from './field-messages';

interface Props {
  id: string;
  /** Tables have no per-cell label, so every cell names itself, e.g. "Price, SKU DR-RED-S". */
  ariaLabel: string;
  value: string;
  onChange(value: string): void;
  messages?: readonly FieldMessage[];
  isNumeric?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  /**
   * Where messages are shown: under the input, or (false) by the caller elsewhere with the id
   * `${id}-msg`, e.g. in a full-width row under a dense table row where a cell is too narrow.
   */
  isMessageInCell?: boolean;
}

/** An input that fills a table cell, with its validation messages below it in the same cell. */
export function CellInput({ id, ariaLabel, value, onChange, messages = [], isNumeric, inputMode, placeholder, isMessageInCell = true }: Props) {
  const msgId = messages.length > 0 ? `${id}-msg` : undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        className={isNumeric ? 'cell-input numeric' : 'cell-input'}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode ?? (isNumeric ? 'decimal' : undefined)}
        aria-label={ariaLabel}
        aria-invalid={hasError(messages) || undefined}
        aria-describedby={describedBy(msgId)}
        onChange={(e) => onChange(e.target.value)}
      />
      {msgId && isMessageInCell && <FieldMessages id={msgId} messages={messages} />}
    </>
  );
}
