import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  accountEndpointSchema, accountSecretSchemas, type AccountEndpoint, type AccountSecret, type AccountTarget,
} from '../../shared/publish/accounts';
import type { ChannelAccountsService } from '../services/channel-accounts';
import { InputError } from './io';

/*
 * `push --account FILE`: one JSON object {target, endpoint fields…, secret fields…}, checked with
 * the same schemas the app's account form uses. The secret stays in this process's memory: it is
 * handed to the connector through an accounts service that holds this one account and saves
 * nothing (the app's service would encrypt it to disk, which a one-off command does not need).
 */

export interface AccountFile {
  endpoint: AccountEndpoint;
  secret: unknown;
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): { field: string; reason: string } {
  const issue = error.issues[0];
  return { field: issue?.path.map(String).join('.') || '(root)', reason: issue?.message ?? 'invalid' };
}

export async function readAccountFile(path: string): Promise<AccountFile> {
  const file = resolve(path);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not JSON' : error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new InputError('errors.accountUnreadable', { path: file, reason });
  }
  const endpoint = accountEndpointSchema.safeParse(raw);
  if (!endpoint.success) throw new InputError('errors.accountInvalid', { path: file, ...firstIssue(endpoint.error) });
  const secret = accountSecretSchemas[endpoint.data.target].safeParse(raw);
  if (!secret.success) throw new InputError('errors.accountInvalid', { path: file, ...firstIssue(secret.error) });
  return { endpoint: endpoint.data, secret: secret.data };
}

/** An accounts service holding exactly the account from the file; read-only. */
export function singleAccountService(account: AccountFile): ChannelAccountsService {
  const summary = { endpoint: account.endpoint, hasSecret: true, updatedAt: 0 };
  return {
    list: () => [summary],
    save: async () => ({ ok: false, error: 'invalid-input', detail: 'read-only' }),
    remove: async () => undefined,
    onChange: () => () => undefined,
    credentials<T extends AccountTarget>(target: T) {
      if (account.endpoint.target !== target) return undefined;
      return {
        endpoint: account.endpoint as Extract<AccountEndpoint, { target: T }>,
        secret: accountSecretSchemas[target].parse(account.secret) as AccountSecret<T>,
      };
    },
  };
}
