import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldPath } from '@shared/model/validate';
import type { FieldMessage } from '../../components/field-messages';
import { fieldId } from './field-id';
import type { IssueIndex } from './issue-index';

export type MessagesFor = (path: FieldPath) => FieldMessage[];

/** The translated validation messages to show under the input for a path. */
export function useMessagesFor(index: IssueIndex): MessagesFor {
  const { t } = useTranslation('validation');
  return useCallback(
    (path) => (index.byField.get(fieldId(path)) ?? []).map((issue) => ({ text: t(issue.code, issue.params), severity: issue.severity })),
    [index, t],
  );
}
