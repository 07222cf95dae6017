import { create } from 'zustand';
import type { ChannelId } from '@shared/model/ids';
import type { ListingStatus } from '@shared/model/listing';
import type { Market } from '@shared/markets/market';
import type { GlossaryEntry } from '@shared/translation/glossary';
import type { RatesDraft } from '../features/settings/markets/rate-edits';
import { mergePlans, type IntakePlan } from '../features/images/intake';
import { hashFromRoute, routeFromHash, type Route } from './route';

/*
 * One bound store of UI/session slices. Domain data never lives here: it is read from Dexie with
 * live queries through the repos in src/db.
 */

export type CatalogSort = 'updated-desc' | 'code-asc' | 'title-asc' | 'status';

interface NavigationSlice {
  route: Route;
  navigate(route: Route): void;
}

interface CatalogViewSlice {
  search: string;
  statusFilter: ListingStatus | 'all' | 'active';
  tagFilter: string | null;
  /** "Ready for: <channel>"; null = any channel. */
  readyFilter: ChannelId | null;
  sort: CatalogSort;
  setSearch(search: string): void;
  setStatusFilter(status: CatalogViewSlice['statusFilter']): void;
  setTagFilter(tag: string | null): void;
  setReadyFilter(channel: ChannelId | null): void;
  setSort(sort: CatalogSort): void;
}

/** The last image import's report, shown app-wide (catalog drop, watched folder) until dismissed. */
export interface IntakeNotice {
  id: number;
  source: 'drop' | 'watched';
  plan: IntakePlan;
}

interface IntakeNoticeSlice {
  intakeNotice: IntakeNotice | null;
  showIntakeNotice(source: IntakeNotice['source'], plan: IntakePlan): void;
  dismissIntakeNotice(): void;
}

/**
 * Unsaved edits of the Settings → Markets cards (null = showing what is stored). Session state: they
 * survive a look at another page, so work typed there is not lost on the way, but not a restart.
 */
export interface SettingsDrafts {
  markets: Market[] | null;
  rates: RatesDraft | null;
  /** keys: React keys parallel to entries, as glossary rows have no id of their own. */
  glossary: { entries: GlossaryEntry[]; keys: string[] } | null;
}

interface SettingsDraftSlice {
  settingsDrafts: SettingsDrafts;
  setSettingsDraft<K extends keyof SettingsDrafts>(key: K, draft: SettingsDrafts[K]): void;
}

export type AppStore = NavigationSlice & CatalogViewSlice & IntakeNoticeSlice & SettingsDraftSlice;

let noticeId = 0;

export const useAppStore = create<AppStore>()((set) => ({
  route: routeFromHash(window.location.hash),
  navigate: (route) => {
    const hash = hashFromRoute(route);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    set({ route });
  },
  search: '',
  statusFilter: 'active',
  tagFilter: null,
  readyFilter: null,
  sort: 'updated-desc',
  setSearch: (search) => set({ search }),
  setStatusFilter: (statusFilter) => set({ statusFilter }),
  setTagFilter: (tagFilter) => set({ tagFilter }),
  setReadyFilter: (readyFilter) => set({ readyFilter }),
  setSort: (sort) => set({ sort }),
  intakeNotice: null,
  // Watched-folder files arrive a few at a time: while its report is open, it grows.
  showIntakeNotice: (source, plan) =>
    set(({ intakeNotice: current }) => ({
      intakeNotice: current?.source === 'watched' && source === 'watched'
        ? { ...current, plan: mergePlans(current.plan, plan) }
        : { id: (noticeId += 1), source, plan },
    })),
  dismissIntakeNotice: () => set({ intakeNotice: null }),
  settingsDrafts: { markets: null, rates: null, glossary: null },
  setSettingsDraft: (key, draft) => set(({ settingsDrafts }) => ({ settingsDrafts: { ...settingsDrafts, [key]: draft } })),
}));

window.addEventListener('popstate', () => useAppStore.setState({ route: routeFromHash(window.location.hash) }));
