import type { Listing } from '@shared/model/listing';
import { listingsRepo } from '../../db/repos/listings';
import { assetsRepo } from '../../db/repos/assets';
import { db } from '../../db/database';
import { api } from '../../lib/api';
import { applyInOpenEditor } from '../editor/open-editors';
import { attachRecipe, codeKey, codesIn, indexByCode, planIntake, type ImportResult, type IntakePlan } from './intake';

/*
 * The impure half of intake: import through the asset store, look codes up in the catalog, store
 * metadata, attach. A listing open in an editor is changed through that editor's history (undoable,
 * and its autosave stores it); any other listing is saved through the repo.
 */

export type ImportSource = { kind: 'paths'; paths: string[] } | { kind: 'bytes'; name: string; bytes: Uint8Array<ArrayBuffer> };

export type IntakeOutcome = { ok: true; plan: IntakePlan } | { ok: false };

async function importOne(source: ImportSource): Promise<ImportResult[] | null> {
  if (source.kind === 'paths') {
    if (source.paths.length === 0) return [];
    const r = await api.assets.importPaths({ paths: source.paths });
    return r.ok ? r.value.results : null;
  }
  const r = await api.assets.importBytes({ name: source.name, bytes: source.bytes });
  return r.ok ? [r.value] : null;
}

/** null when a call failed as a whole (each file's own failure is a result, not this). */
export async function importFiles(sources: readonly ImportSource[]): Promise<ImportResult[] | null> {
  const all: ImportResult[] = [];
  for (const source of sources) {
    const results = await importOne(source);
    if (!results) return null;
    all.push(...results);
  }
  return all;
}

async function listingsForCodes(codes: readonly string[]): Promise<Listing[]> {
  if (codes.length === 0) return [];
  return db.listings.where('spuCode').anyOfIgnoreCase([...codes]).toArray();
}

/** Plans and applies: metadata first (tiles need it), then each listing's images. */
export async function attachResults(results: readonly ImportResult[], target?: Listing): Promise<IntakePlan> {
  const byCode = indexByCode(await listingsForCodes(codesIn(results)));
  // The listing dropped on is the editor's working copy, fresher than what is stored.
  if (target && codeKey(target.spuCode) !== '') byCode.set(codeKey(target.spuCode), target);
  const plan = planIntake(results, byCode, target);
  await assetsRepo.putMany(plan.assets);
  for (const a of plan.attachments) {
    const recipe = attachRecipe(a.placements);
    if (applyInOpenEditor(a.listing.id, recipe)) continue;
    const stored = await listingsRepo.get(a.listing.id);
    if (!stored) continue;
    const next = recipe(stored);
    if (next !== stored) await listingsRepo.save(next);
  }
  return plan;
}

export async function importAndAttach(sources: readonly ImportSource[], target?: Listing): Promise<IntakeOutcome> {
  const results = await importFiles(sources);
  if (!results) return { ok: false };
  return { ok: true, plan: await attachResults(results, target) };
}
