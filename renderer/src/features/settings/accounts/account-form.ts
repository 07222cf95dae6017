import type { z } from 'zod';
import {
  accountEndpointSchema, accountSecretSchemas, type AccountEndpoint, type AccountSummary, type AccountTarget,
} from '@shared/publish/accounts';

/*
 * The channel-account form as data: which fields each target has, turning typed values into the
 * endpoint and secret that accounts:save takes, and zod issues or main's `invalid-input` detail
 * into a message key per field. Pure, so the rules are unit-tested without a DOM.
 */

export type AccountFieldName =
  | 'adminApiUrl' | 'username' | 'password'
  | 'shopDomain' | 'accessToken'
  | 'baseUrl' | 'imageBaseUrl' | 'consumerKey' | 'consumerSecret' | 'wpUsername' | 'wpAppPassword'
  | 'url' | 'secret';

export interface AccountFieldSpec {
  name: AccountFieldName;
  /** Secrets are password inputs, empty on load, and never come back from main. */
  isSecret: boolean;
  /** `url` inputs get the URL keyboard and no autocorrect. */
  type: 'url' | 'text' | 'password';
  isOptional?: boolean;
}

export const ACCOUNT_FIELDS = {
  'own-mall': [
    { name: 'adminApiUrl', isSecret: false, type: 'url' },
    { name: 'username', isSecret: false, type: 'text' },
    { name: 'password', isSecret: true, type: 'password' },
  ],
  shopify: [
    { name: 'shopDomain', isSecret: false, type: 'text' },
    { name: 'accessToken', isSecret: true, type: 'password' },
  ],
  woocommerce: [
    { name: 'baseUrl', isSecret: false, type: 'url' },
    { name: 'imageBaseUrl', isSecret: false, type: 'url', isOptional: true },
    { name: 'consumerKey', isSecret: true, type: 'password' },
    { name: 'consumerSecret', isSecret: true, type: 'password' },
    // For uploading images to the media library (the REST keys above cannot); optional.
    { name: 'wpUsername', isSecret: false, type: 'text', isOptional: true },
    { name: 'wpAppPassword', isSecret: true, type: 'password', isOptional: true },
  ],
  webhook: [
    { name: 'url', isSecret: false, type: 'url' },
    { name: 'secret', isSecret: true, type: 'password' },
  ],
} as const satisfies Record<AccountTarget, readonly AccountFieldSpec[]>;

export type FormValues = Partial<Record<AccountFieldName, string>>;

/** What a field's inline message says; the UI translates `accounts.fieldErrors.<kind>`. */
export type FieldErrorKind = 'required' | 'url' | 'shopDomain' | 'tooShort' | 'tooLong' | 'invalid';
export interface FieldError {
  kind: FieldErrorKind;
  /** For tooShort / tooLong. */
  limit?: number;
}
export type FieldErrors = Partial<Record<AccountFieldName, FieldError>>;

export type FormCheck =
  | { ok: true; endpoint: AccountEndpoint; secret?: Record<string, string> }
  | { ok: false; errors: FieldErrors };

export function fieldsFor(target: AccountTarget): readonly AccountFieldSpec[] {
  return ACCOUNT_FIELDS[target];
}

function isFieldName(target: AccountTarget, name: string): name is AccountFieldName {
  return fieldsFor(target).some((f) => f.name === name);
}

/** The form's starting values: the saved endpoint, secrets always empty. */
export function initialValues(target: AccountTarget, summary: AccountSummary | undefined): FormValues {
  const values: FormValues = {};
  const endpoint: Record<string, unknown> = summary?.endpoint.target === target ? { ...summary.endpoint } : {};
  for (const field of fieldsFor(target)) {
    const saved = endpoint[field.name];
    values[field.name] = !field.isSecret && typeof saved === 'string' ? saved : '';
  }
  return values;
}

/** The endpoint object as typed; an empty optional field is left out rather than sent as ''. */
export function toEndpointInput(target: AccountTarget, values: FormValues): Record<string, string> {
  const endpoint: Record<string, string> = { target };
  for (const field of fieldsFor(target)) {
    if (field.isSecret) continue;
    const value = (values[field.name] ?? '').trim();
    if (field.isOptional === true && value === '') continue;
    endpoint[field.name] = value;
  }
  return endpoint;
}

/**
 * The secret to send, or undefined to keep the stored one. With a saved secret only the parts
 * typed are sent and main lays them over the saved ones (adding an application password keeps the
 * WooCommerce keys); without one, every required part is sent so an empty one is reported.
 */
export function toSecretInput(target: AccountTarget, values: FormValues, hasSecret: boolean): Record<string, string> | undefined {
  const secretFields = fieldsFor(target).filter((f) => f.isSecret);
  const isEmpty = secretFields.every((f) => (values[f.name] ?? '') === '');
  if (isEmpty && hasSecret) return undefined;
  if (hasSecret) return Object.fromEntries(secretFields.filter((f) => (values[f.name] ?? '') !== '').map((f) => [f.name, values[f.name] ?? '']));
  // An optional part left empty is left out (not sent as ''), so the secret is saved without it.
  const parts = secretFields.filter((f) => !(f.isOptional === true && (values[f.name] ?? '') === ''));
  return Object.fromEntries(parts.map((f) => [f.name, values[f.name] ?? '']));
}

function toFieldError(name: AccountFieldName, issue: z.core.$ZodIssue, value: string): FieldError {
  switch (issue.code) {
    case 'too_small':
      return value.trim() === '' ? { kind: 'required' } : { kind: 'tooShort', limit: Number(issue.minimum) };
    case 'too_big':
      return { kind: 'tooLong', limit: Number(issue.maximum) };
    case 'invalid_type':
      return { kind: 'required' };
    case 'invalid_format':
      if (value.trim() === '') return { kind: 'required' };
      return name === 'shopDomain' ? { kind: 'shopDomain' } : { kind: 'url' };
    default:
      return value.trim() === '' ? { kind: 'required' } : { kind: 'invalid' };
  }
}

function collect(target: AccountTarget, issues: readonly z.core.$ZodIssue[], values: FormValues, into: FieldErrors): void {
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    if (!isFieldName(target, name) || into[name] !== undefined) continue;
    into[name] = toFieldError(name, issue, values[name] ?? '');
  }
}

/** Checks the form with the same schemas main uses, so a mistake is shown before anything is sent. */
export function checkAccountForm(target: AccountTarget, values: FormValues, hasSecret: boolean): FormCheck {
  const errors: FieldErrors = {};
  const endpoint = accountEndpointSchema.safeParse(toEndpointInput(target, values));
  if (!endpoint.success) collect(target, endpoint.error.issues, values, errors);
  const secret = toSecretInput(target, values, hasSecret);
  if (secret !== undefined) {
    // A saved secret fills the parts left empty (in main), so only what was typed is checked here.
    const parsed = (hasSecret ? accountSecretSchemas[target].partial() : accountSecretSchemas[target]).safeParse(secret);
    if (!parsed.success) collect(target, parsed.error.issues, values, errors);
  }
  // An application password is useless without the WordPress user it belongs to.
  if (target === 'woocommerce' && secret?.wpAppPassword !== undefined && (values.wpUsername ?? '').trim() === '') errors.wpUsername ??= { kind: 'required' };
  if (!endpoint.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, endpoint: endpoint.data, ...(secret === undefined ? {} : { secret }) };
}

/**
 * The field main's `invalid-input` names: the service's detail is a path ("url", "consumerKey"),
 * the IPC check's is "path: message" pairs ("endpoint.url: Invalid URL; …"). Undefined when the
 * detail names no field of this form.
 */
export function fieldFromDetail(target: AccountTarget, detail: string | undefined): AccountFieldName | undefined {
  if (detail === undefined) return undefined;
  for (const part of detail.split(';')) {
    const path = (part.split(':')[0] ?? '').trim();
    const last = path.split('.').pop() ?? '';
    if (isFieldName(target, last)) return last;
  }
  return undefined;
}
