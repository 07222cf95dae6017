import { useState } from 'react';
import { formatCategoryPath, parseCategoryPath } from '@shared/model/category';
import { TextField } from '../../../components/text-field';
import type { FieldMessage } from '../../../components/field-messages';

interface Props {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
  path: readonly string[];
  messages: readonly FieldMessage[];
  onChange(path: string[]): void;
}

function isSamePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The category as one line of text over a string[] model. The text is kept as typed ("女装 > "
 * mid-word) and only replaced when the path changes from elsewhere (undo), or the cursor would jump.
 */
export function CategoryField({ id, label, hint, placeholder, path, messages, onChange }: Props) {
  const [text, setText] = useState(() => formatCategoryPath(path));
  const [shownPath, setShownPath] = useState(path);
  if (path !== shownPath) {
    setShownPath(path);
    if (!isSamePath(parseCategoryPath(text), path)) setText(formatCategoryPath(path));
  }

  function change(next: string): void {
    setText(next);
    const parsed = parseCategoryPath(next);
    if (!isSamePath(parsed, path)) onChange(parsed);
  }

  return <TextField id={id} label={label} hint={hint} placeholder={placeholder} value={text} messages={messages} onChange={change} />;
}
