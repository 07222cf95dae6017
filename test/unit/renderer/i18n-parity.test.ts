import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources';
import { VALIDATION_CODES } from '@shared/model/validate';
import { ERROR_CODES } from '@shared/ipc/result';
import { IMAGE_CHECK_CODES, IMAGE_ERROR_CODES } from '@shared/images/types';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: Tree, key: string): string | undefined {
  // Validation codes contain dots but are flat keys, so try the flat key first.
  const flat = tree[key];
  if (typeof flat === 'string') return flat;
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('UI languages', () => {
  const en = resources.en as unknown as Record<string, Tree>;
  const zh = resources['zh-CN'] as unknown as Record<string, Tree>;

  it('have the same namespaces', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  for (const ns of Object.keys(resources.en)) {
    it(`have the same keys and placeholders in "${ns}"`, () => {
      const enTree = en[ns] ?? {};
      const zhTree = zh[ns] ?? {};
      expect(keysOf(zhTree).sort()).toEqual(keysOf(enTree).sort());
      for (const key of keysOf(enTree)) {
        const e = lookup(enTree, key) ?? '';
        const z = lookup(zhTree, key) ?? '';
        expect(z.trim(), `${ns}:${key} is empty in zh-CN`).not.toBe('');
        expect(placeholders(z), `${ns}:${key} placeholders`).toEqual(placeholders(e));
      }
    });
  }

  it('translate every validation code and IPC error code', () => {
    for (const tree of [en, zh]) {
      for (const code of VALIDATION_CODES) expect(lookup(tree.validation ?? {}, code), code).toBeTruthy();
      for (const code of ERROR_CODES) expect(lookup(tree.errors ?? {}, code), code).toBeTruthy();
      for (const code of IMAGE_ERROR_CODES) expect(lookup(tree.images ?? {}, `errors.${code}`), code).toBeTruthy();
      for (const code of IMAGE_CHECK_CODES) expect(lookup(tree.images ?? {}, `checks.${code}`), code).toBeTruthy();
    }
  });
});
