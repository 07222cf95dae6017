import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ImageRef, Listing } from '@shared/model/listing';
import { assetsRepo, type StoredAsset } from '../../db/repos/assets';
import type { EditFn } from '../editor/use-editor-history';
import { DropZone } from './drop-zone';
import { changeRole, colourValues, groupKey, moveImage, refsIn, removeImage, replaceImage, type ImageRole } from './image-groups';
import { ImageTile, ROLE_CHOICES } from './image-tile';
import type { IntakePlan } from './intake';
import { IntakeReport } from './intake-report';
import { api } from '../../lib/api';
import { importAndAttach, importFiles, type ImportSource } from './run-intake';

interface Group {
  key: string;
  role: ImageRole;
  colour?: string;
  label: string;
  refs: ImageRef[];
}

export function useAssets(images: readonly ImageRef[]): ReadonlyMap<string, StoredAsset> {
  const hashes = useMemo(() => [...new Set(images.map((r) => r.assetId))].sort(), [images]);
  const list = useLiveQuery(() => assetsRepo.getMany(hashes), [hashes.join(',')]);
  return useMemo(() => new Map((list ?? []).map((a) => [a.hash, a])), [list]);
}

/** The listing's images by role, with intake, reordering, role changes, replace and remove. */
export function ImagePanel({ listing, edit }: { listing: Listing; edit: EditFn }) {
  const { t } = useTranslation('images');
  const assets = useAssets(listing.images);
  const [isBusy, setIsBusy] = useState(false);
  const [report, setReport] = useState<IntakePlan | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const [dragging, setDragging] = useState<ImageRef | null>(null);
  const colours = colourValues(listing);

  const onSources = useCallback(
    (sources: ImportSource[]) => {
      setIsBusy(true);
      setHasFailed(false);
      void importAndAttach(sources, listing)
        .then((outcome) => (outcome.ok ? setReport(outcome.plan) : setHasFailed(true)))
        .catch(() => setHasFailed(true))
        .finally(() => setIsBusy(false));
    },
    [listing],
  );

  async function replace(target: ImageRef): Promise<void> {
    const picked = await api.files.pick({});
    const path = picked.ok ? picked.value.paths[0] : undefined;
    if (!path) return;
    setIsBusy(true);
    try {
      const results = await importFiles([{ kind: 'paths', paths: [path] }]);
      const first = results?.[0];
      if (!results || !first) return setHasFailed(true);
      if (!first.ok) {
        // Reported like any other failed file; the image it was to replace stays.
        setReport({ attachments: [], unmatched: [], assets: [], failed: [{ name: first.name, error: first.error }] });
        return;
      }
      await assetsRepo.putMany([{ meta: first.meta, originalName: first.name }]);
      edit(null, (l) => ({ ...l, images: replaceImage(l.images, target, first.meta.hash) }));
    } finally {
      setIsBusy(false);
    }
  }

  const groups: Group[] = [
    ...ROLE_CHOICES.map((role) => ({ key: role, role, label: t(`roles.${role}`), refs: refsIn(listing.images, role) })),
    ...[...new Set([...colours, ...listing.images.filter((r) => r.role === 'variant').map((r) => r.variantValue ?? '')])].map((colour) => ({
      key: groupKey({ role: 'variant', variantValue: colour }),
      role: 'variant' as const,
      colour,
      label: t('roles.variantOf', { colour }),
      refs: refsIn(listing.images, 'variant', colour),
    })),
  ].filter((g) => g.refs.length > 0);

  function onRole(image: ImageRef, value: string): void {
    const [role, ...rest] = value.split(':');
    const next = (['main', 'gallery', 'portrait', 'white', 'detail', 'variant'] as const).find((r) => r === role);
    if (!next) return;
    edit(null, (l) => ({ ...l, images: changeRole(l.images, image, next, next === 'variant' ? rest.join(':') : undefined) }));
  }

  return (
    <div className="image-panel" data-testid="image-panel">
      <DropZone isBusy={isBusy} onSources={onSources} />
      {hasFailed && <p className="inline-notice error" role="alert">{t('drop.failed')}</p>}
      {report && <IntakeReport plan={report} title={t('report.title')} isExpanded onDismiss={() => setReport(null)} />}
      {groups.length === 0 && <p className="empty-state">{t('section.empty')}</p>}
      <div className="image-groups">
      {groups.map((g) => (
        <section key={g.key} className="image-group" aria-label={g.label}>
          <h3 className="image-group-title">
            {g.label}
            <span className="image-group-count">{g.refs.length}</span>
          </h3>
          <ul className="image-grid">
            {g.refs.map((image, i) => (
              <ImageTile
                key={`${image.assetId}:${image.order}`}
                image={image}
                asset={assets.get(image.assetId)}
                position={i}
                groupSize={g.refs.length}
                groupLabel={g.label}
                colours={colours}
                isDragging={dragging === image}
                onRole={(value) => onRole(image, value)}
                onMove={(to) => edit(null, (l) => ({ ...l, images: moveImage(l.images, image, to) }))}
                onReplace={() => void replace(image)}
                onRemove={() => edit(null, (l) => ({ ...l, images: removeImage(l.images, image) }))}
                onDragStart={() => setDragging(image)}
                onDragEnd={() => setDragging(null)}
                onDropOn={() => {
                  const from = dragging;
                  setDragging(null);
                  if (from && groupKey(from) === g.key) edit(null, (l) => ({ ...l, images: moveImage(l.images, from, i) }));
                }}
              />
            ))}
          </ul>
        </section>
      ))}
      </div>
    </div>
  );
}
