import type { ColumnMapping } from '@shared/import/mapping';
import { COPY_FIELDS, LISTING_FIELDS, SKU_FIELDS, type ColumnTarget } from '@shared/import/template';
import { COPY_LOCALES } from '@shared/model/ids';
import { assertNever } from '@shared/ipc/result';

/*
 * A column's target as one <select> value and back. Specs and options carry a name: kept from the
 * current target when it already is one, else read from the header ("spec.材质" → 材质).
 */

export function encodeTarget(target: ColumnTarget): string {
  switch (target.kind) {
    case 'ignore':
      return 'ignore';
    case 'listing':
    case 'sku':
      return `${target.kind}:${target.field}`;
    case 'copy':
      return `copy:${target.field}:${target.locale}`;
    case 'spec':
    case 'option':
      return target.kind;
    default:
      return assertNever(target);
  }
}

function nameFromHeader(column: ColumnMapping): string {
  const dot = column.header.indexOf('.');
  const name = (dot < 0 ? column.header : column.header.slice(dot + 1)).trim();
  return name === '' ? String(column.index + 1) : name.slice(0, 100);
}

export function decodeTarget(value: string, column: ColumnMapping): ColumnTarget {
  const [kind, field, locale] = value.split(':');
  const current = column.target;
  if (kind === 'listing') return { kind, field: LISTING_FIELDS.find((f) => f === field) ?? 'spu' };
  if (kind === 'sku') return { kind, field: SKU_FIELDS.find((f) => f === field) ?? 'code' };
  if (kind === 'copy') return { kind, field: COPY_FIELDS.find((f) => f === field) ?? 'title', locale: locale ?? 'zh-CN' };
  if (kind === 'spec') return current.kind === 'spec' ? current : { kind, name: nameFromHeader(column), unit: '' };
  if (kind === 'option') return current.kind === 'option' ? current : { kind, axis: nameFromHeader(column) };
  return { kind: 'ignore' };
}

/** Locales offered for copy columns: ours, plus an unsupported one the column already names. */
export function copyLocalesFor(target: ColumnTarget): string[] {
  const locales: string[] = [...COPY_LOCALES];
  if (target.kind === 'copy' && !locales.includes(target.locale)) locales.push(target.locale);
  return locales;
}

export function isSpuMapped(columns: readonly ColumnMapping[]): boolean {
  return columns.some((c) => c.target.kind === 'listing' && c.target.field === 'spu');
}
