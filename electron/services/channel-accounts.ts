import { join } from 'node:path';
import { z } from 'zod';
import {
  accountEndpointSchema, accountSecretSchemas, type AccountEndpoint, type AccountSecret, type AccountSummary, type AccountTarget,
} from '../../shared/publish/accounts';
import { createSerialQueue, readJsonFile, writeJsonFileAtomic } from './json-file';
import type { Logger } from './logger';

/*
 * Channel accounts on disk (accounts.json in the app's data folder): endpoints in clear, secrets
 * only as safeStorage ciphertext (base64). Electron's safeStorage is injected as a SecretBox so
 * the service stays plain Node and tests can use a stand-in. When the OS offers no encryption
 * (e.g. Linux without a keyring), saving a secret is refused rather than stored in clear.
 */

/** The part of Electron's safeStorage this service uses. */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(cipher: Buffer): string;
}

export const ACCOUNTS_FILE = 'accounts.json';

const storedSchema = z.object({
  accounts: z.array(z.object({ endpoint: accountEndpointSchema, secret: z.string().nullable(), updatedAt: z.number() })),
});
type Stored = z.infer<typeof storedSchema>;

export type SaveAccountError = 'secure-storage-unavailable' | 'invalid-input';

export interface ChannelAccountsService {
  list(): AccountSummary[];
  /**
   * Saves the endpoint. A given secret is laid over the stored one part by part (typing only a
   * WooCommerce application password keeps the saved keys); an omitted one is kept.
   */
  save(endpoint: AccountEndpoint, secret?: unknown): Promise<{ ok: true; value: AccountSummary } | { ok: false; error: SaveAccountError; detail?: string }>;
  remove(target: AccountTarget): Promise<void>;
  /** Endpoint and decrypted secret, for building a connector in main; never sent to the renderer. */
  credentials<T extends AccountTarget>(target: T): { endpoint: Extract<AccountEndpoint, { target: T }>; secret: AccountSecret<T> } | undefined;
  /** Called with the new summaries after every save or remove. */
  onChange(listener: (accounts: AccountSummary[]) => void): () => void;
}

export async function createChannelAccountsService({ dataDir, box, logger, now = Date.now }: {
  dataDir: string;
  box: SecretBox;
  logger: Logger;
  now?: () => number;
}): Promise<ChannelAccountsService> {
  const filePath = join(dataDir, ACCOUNTS_FILE);
  let stored: Stored = await readJsonFile(filePath, storedSchema, { accounts: [] }, logger);
  const serial = createSerialQueue();
  const listeners = new Set<(accounts: AccountSummary[]) => void>();
  const notify = () => {
    const accounts = stored.accounts.map(summary);
    for (const listener of listeners) {
      try {
        listener(accounts);
      } catch (error) {
        logger.error('accounts listener failed', { error });
      }
    }
  };

  const summary = (a: Stored['accounts'][number]): AccountSummary => ({ endpoint: a.endpoint, hasSecret: a.secret !== null, updatedAt: a.updatedAt });

  /** The stored secret's parts, or none when there is none or it can no longer be decrypted. */
  function storedParts(cipher: string | null): Record<string, unknown> {
    if (!cipher) return {};
    try {
      const plain: unknown = JSON.parse(box.decryptString(Buffer.from(cipher, 'base64')));
      return typeof plain === 'object' && plain !== null ? { ...plain } : {};
    } catch (error) {
      // Unreadable (a new keyring): the typed parts must then be complete on their own.
      logger.warn('stored secret unreadable while saving', { error: error instanceof Error ? error.name : 'unknown' });
      return {};
    }
  }

  return {
    list: () => stored.accounts.map(summary),

    save(endpointInput, secretInput) {
      return serial(async () => {
        const endpoint = accountEndpointSchema.safeParse(endpointInput);
        if (!endpoint.success) return { ok: false, error: 'invalid-input', detail: endpoint.error.issues[0]?.path.join('.') } as const;
        const target = endpoint.data.target;
        const previous = stored.accounts.find((a) => a.endpoint.target === target);
        let secret = previous?.secret ?? null;
        if (secretInput !== undefined) {
          const stored = previous && previous.endpoint.target === target ? storedParts(previous.secret) : {};
          const typed = typeof secretInput === 'object' && secretInput !== null ? secretInput : {};
          const parsed = accountSecretSchemas[target].safeParse({ ...stored, ...typed });
          if (!parsed.success) return { ok: false, error: 'invalid-input', detail: parsed.error.issues[0]?.path.join('.') } as const;
          if (!box.isEncryptionAvailable()) return { ok: false, error: 'secure-storage-unavailable' } as const;
          secret = box.encryptString(JSON.stringify(parsed.data)).toString('base64');
        }
        const account = { endpoint: endpoint.data, secret, updatedAt: now() };
        const next: Stored = { accounts: [...stored.accounts.filter((a) => a.endpoint.target !== target), account] };
        await writeJsonFileAtomic(filePath, next);
        stored = next;
        notify();
        return { ok: true, value: summary(account) } as const;
      });
    },

    remove(target) {
      return serial(async () => {
        const next: Stored = { accounts: stored.accounts.filter((a) => a.endpoint.target !== target) };
        await writeJsonFileAtomic(filePath, next);
        stored = next;
        notify();
      });
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    credentials<T extends AccountTarget>(target: T) {
      const account = stored.accounts.find((a) => a.endpoint.target === target);
      if (!account?.secret) return undefined;
      try {
        const plain: unknown = JSON.parse(box.decryptString(Buffer.from(account.secret, 'base64')));
        const secret = accountSecretSchemas[target].parse(plain) as AccountSecret<T>;
        return { endpoint: account.endpoint as Extract<AccountEndpoint, { target: T }>, secret };
      } catch (error) {
        // A keyring change makes old ciphertext unreadable: the user must enter the secret again.
        logger.warn('account secret unreadable', { target, error: error instanceof Error ? error.name : 'unknown' });
        return undefined;
      }
    },
  };
}
