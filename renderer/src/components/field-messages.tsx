export interface FieldMessage {
  text: string;
  severity: 'error' | 'warning';
}

interface Props {
  id: string;
  messages: readonly FieldMessage[];
}

/** Validation messages under a field; inputs point at `id` with aria-describedby. */
export function FieldMessages({ id, messages }: Props) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-messages">
      {messages.map((m, i) => (
        <li key={i} className={m.severity === 'error' ? 'field-error' : 'field-warning'}>{m.text}</li>
      ))}
    </ul>
  );
}

export function hasError(messages: readonly FieldMessage[]): boolean {
  return messages.some((m) => m.severity === 'error');
}

/** aria-describedby for an input with an optional hint and optional messages. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
