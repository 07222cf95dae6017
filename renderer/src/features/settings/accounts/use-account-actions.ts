import { useState } from 'react';
import type { AccountSummary, AccountTarget } from '@shared/publish/accounts';
import type { ErrorCode } from '@shared/ipc/result';
import type { PushErrorKind } from '@shared/publish/push-error';
import { api } from '../../../lib/api';
import { checkAccountForm, fieldFromDetail, initialValues, type FieldErrors, type FormValues } from './account-form';

/** The last thing Save, Test or Remove did, for the status line under the panel's buttons. */
export type AccountStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; action: 'save' | 'test' | 'remove' }
  | { kind: 'saved' }
  | { kind: 'removed' }
  | { kind: 'save-failed'; code: ErrorCode }
  | { kind: 'connected'; shopName: string }
  | { kind: 'test-failed'; errorKind: PushErrorKind; message: string }
  | { kind: 'app-error'; code: ErrorCode };

/** Form state and the three actions of one channel's account panel. */
export function useAccountActions(target: AccountTarget, summary: AccountSummary | undefined, onChange: (next: AccountSummary | null) => void) {
  const [values, setValues] = useState<FormValues>(() => initialValues(target, summary));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<AccountStatus>({ kind: 'idle' });
  const hasSecret = summary?.hasSecret ?? false;

  function edit(name: keyof FormValues, value: string): void {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
    if (status.kind !== 'busy') setStatus({ kind: 'idle' });
  }

  async function save(): Promise<void> {
    const check = checkAccountForm(target, values, hasSecret);
    if (!check.ok) {
      setErrors(check.errors);
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'busy', action: 'save' });
    const r = await api.accounts.save({ endpoint: check.endpoint, ...(check.secret === undefined ? {} : { secret: check.secret }) });
    if (!r.ok) {
      const field = r.error.code === 'invalid-input' ? fieldFromDetail(target, r.error.detail) : undefined;
      if (field !== undefined) setErrors({ [field]: { kind: 'invalid' } });
      setStatus({ kind: 'save-failed', code: r.error.code });
      return;
    }
    // The typed secret is not kept anywhere once main has it: the inputs go back to empty.
    setValues(initialValues(target, r.value));
    setErrors({});
    onChange(r.value);
    setStatus({ kind: 'saved' });
  }

  async function test(): Promise<void> {
    setStatus({ kind: 'busy', action: 'test' });
    const r = await api.accounts.test({ target });
    if (!r.ok) return setStatus({ kind: 'app-error', code: r.error.code });
    setStatus(r.value.ok ? { kind: 'connected', shopName: r.value.shopName } : { kind: 'test-failed', errorKind: r.value.error.kind, message: r.value.error.message });
  }

  async function remove(): Promise<void> {
    setStatus({ kind: 'busy', action: 'remove' });
    const r = await api.accounts.remove({ target });
    if (!r.ok) return setStatus({ kind: 'app-error', code: r.error.code });
    setValues(initialValues(target, undefined));
    setErrors({});
    onChange(null);
    setStatus({ kind: 'removed' });
  }

  return { values, errors, status, hasSecret, edit, save, test, remove };
}
