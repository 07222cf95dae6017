import type { ChannelOutput } from '@shared/ipc/contract';

export type SheetPreview = Extract<ChannelOutput<'sheets:preview'>, { status: 'ready' }>;
export type SheetImported = Extract<ChannelOutput<'sheets:import'>, { status: 'done' }>;
export type OpenedBundle = Extract<ChannelOutput<'bundles:open'>, { status: 'ready' }>;
export type BundleProblemPayload = Extract<ChannelOutput<'bundles:open'>, { status: 'failed' }>['problems'][number];
export type RowErrorPayload = SheetImported['errors'][number];
