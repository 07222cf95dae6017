/*
 * Channel and event names as plain data. The preload and the harness bridge build window.api from
 * these lists, so they need not bundle zod; contract.ts checks at compile time that its maps have
 * exactly these keys.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'settings:get',
  'settings:update',
  'settings:repairs',
  'shell:openExternal',
  'assets:importPaths',
  'assets:importBytes',
  'assets:thumbnail',
  'renditions:render',
  'renditions:preview',
  'files:pick',
  'files:pickFolder',
  'accounts:list',
  'accounts:save',
  'accounts:remove',
  'exports:create',
  'accounts:test',
  'publish:push',
  // Launches (contract-launch.ts)
  'launches:export',
  'launches:saveReport',
  'launches:reveal',
  // Spreadsheets and bundles in and out (contract-transfer.ts)
  'sheets:preview',
  'sheets:import',
  'bundles:export',
  'bundles:open',
  // XLIFF files for translators (contract-translation.ts)
  'xliff:save',
  'xliff:open',
  // The size chart drawn for a channel (contract-size-chart.ts)
  'sizeCharts:draw',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = ['settings:changed', 'assets:watched', 'accounts:changed'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isChannelName(value: string): value is ChannelName {
  return (CHANNEL_NAMES as readonly string[]).includes(value);
}

export function isEventName(value: string): value is EventName {
  return (EVENT_NAMES as readonly string[]).includes(value);
}
