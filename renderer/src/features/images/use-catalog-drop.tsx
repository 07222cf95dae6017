import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { importAndAttach, type ImportSource } from './run-intake';
import { useFileDrop } from './use-file-drop';
import './images.css';

/** Files or folders dropped anywhere on the catalog are attached to listings by their names. */
export function useCatalogDrop() {
  const { t } = useTranslation('images');
  const show = useAppStore((s) => s.showIntakeNotice);
  const [isBusy, setIsBusy] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const onSources = useCallback(
    (sources: ImportSource[]) => {
      setIsBusy(true);
      setHasFailed(false);
      void importAndAttach(sources)
        .then((outcome) => (outcome.ok ? show('drop', outcome.plan) : setHasFailed(true)))
        .catch(() => setHasFailed(true))
        .finally(() => setIsBusy(false));
    },
    [show],
  );
  const { isActive, handlers } = useFileDrop(onSources);
  let hint = null;
  if (isActive) hint = <p className="catalog-drop-hint">{t('drop.catalogHint')}</p>;
  else if (isBusy) hint = <p className="catalog-drop-hint" role="status">{t('drop.importingOne')}</p>;
  else if (hasFailed) hint = <p className="catalog-drop-hint error" role="alert">{t('drop.failed')}</p>;
  return { isActive, handlers, hint };
}
