import { createHash, createHmac } from 'node:crypto';
import { toWebhookPayload, type WebhookImageInput } from '../../../shared/publish/webhook-payload';
import { DEFAULT_TIMEOUT_MS, requestJson } from './http';
import { checkSecureEndpoint } from './secure-endpoint';
import type { ConnectionInfo, Connector, PushOutcome, PushRequest, PushResult } from './types';
import { readPushImage } from './read-image';

/*
 * Webhook channel: POSTs the listing as the documented JSON (shared/publish/webhook-payload.ts,
 * resources/webhook-payload.md), signed with HMAC-SHA256 over the exact body bytes. The receiver
 * deduplicates by Idempotency-Key, so a retry after a timeout can never create a second product.
 */

export interface WebhookConfig {
  url: string;
  /** The shared HMAC secret; never logged, never part of an error message. */
  secret: string;
  fetchTimeoutMs?: number;
  /** Seconds since the epoch; injectable for tests. */
  now?: () => number;
}

export const SIGNATURE_HEADER = 'X-ShelfReady-Signature';
export const TIMESTAMP_HEADER = 'X-ShelfReady-Timestamp';

export function signWebhookBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

interface WebhookAnswer {
  id?: unknown;
  created?: unknown;
  variantIds?: unknown;
}

function readVariantIds(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function readReceiverErrors(body: unknown): { message?: string; fields?: { field: string; message: string }[] } {
  if (typeof body !== 'object' || body === null) return {};
  const { message, fields } = body as { message?: unknown; fields?: unknown };
  const list = Array.isArray(fields)
    ? fields.filter((f): f is { field: string; message: string } => typeof f?.field === 'string' && typeof f?.message === 'string')
    : [];
  return { ...(typeof message === 'string' ? { message } : {}), ...(list.length ? { fields: list } : {}) };
}

export function createWebhookConnector(config: WebhookConfig): Connector {
  const timeoutMs = config.fetchTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = config.now ?? (() => Math.floor(Date.now() / 1000));

  async function send(body: string, idempotencyKey: string, timestamp: number, signal?: AbortSignal) {
    const endpoint = checkSecureEndpoint(config.url, 'url');
    if (!endpoint.ok) return endpoint;
    return requestJson<WebhookAnswer | undefined>(
      {
        url: endpoint.url.href,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
          [SIGNATURE_HEADER]: signWebhookBody(config.secret, body),
          [TIMESTAMP_HEADER]: String(timestamp),
        },
        body,
        timeoutMs,
        signal,
      },
      readReceiverErrors,
    );
  }

  return {
    channel: 'webhook',

    /** There is no read endpoint on a webhook: "test connection" reaches it with a signed ping it must answer 2xx. */
    async testConnection(signal?: AbortSignal): Promise<PushOutcome<ConnectionInfo>> {
      const sentAt = now();
      const body = JSON.stringify({ schemaVersion: 1, ping: true, sentAt });
      const answer = await send(body, `ping-${sentAt}`, sentAt, signal);
      if (!answer.ok) return answer;
      return { ok: true, value: { shopName: new URL(config.url).host } };
    },

    async push(request: PushRequest, signal?: AbortSignal): Promise<PushOutcome<PushResult>> {
      const images: WebhookImageInput[] = [];
      for (const image of request.images) {
        const read = await readPushImage(image);
        if (!read.ok) return read;
        const bytes = read.value;
        images.push({
          assetId: image.assetId,
          role: image.role,
          order: image.order,
          ...(image.variantValue === undefined ? {} : { variantValue: image.variantValue }),
          fileName: image.fileName,
          mimeType: image.mimeType,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          byteLength: bytes.byteLength,
          dataBase64: bytes.toString('base64'),
        });
      }
      const sentAt = now();
      const payload = toWebhookPayload(request.listing, images, request.locales, { idempotencyKey: request.idempotencyKey, sentAt, ...(request.sizeChart ? { sizeChart: request.sizeChart } : {}) });
      if (!payload.ok) return payload;
      const answer = await send(JSON.stringify(payload.value), request.idempotencyKey, sentAt, signal);
      if (!answer.ok) return answer;
      const body = answer.value.body ?? {};
      const id = typeof body.id === 'string' || typeof body.id === 'number' ? String(body.id) : request.idempotencyKey;
      const created = typeof body.created === 'boolean' ? body.created : answer.value.status === 201;
      return { ok: true, value: { remoteId: id, created, variantIds: readVariantIds(body.variantIds) } };
    },
  };
}
