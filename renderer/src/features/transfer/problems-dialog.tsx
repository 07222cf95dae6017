import { useTranslation } from 'react-i18next';
import { bundleProblemDetail, bundleProblemMessage } from './messages';
import type { BundleProblemPayload } from './types';

interface Props {
  title: string;
  intro?: string;
  problems: readonly BundleProblemPayload[];
  onClose(): void;
}

/** What is wrong with a bundle, in words, with where (file, listing, image) underneath. */
export function ProblemsDialog({ title, intro, problems, onClose }: Props) {
  const { t } = useTranslation('transfer');
  return (
    <div className="dialog-backdrop">
      <div className="dialog transfer-dialog" role="alertdialog" aria-modal="true" aria-labelledby="transfer-problems-title">
        <h2 id="transfer-problems-title">{title}</h2>
        {intro && <p className="muted transfer-source">{intro}</p>}
        <ul className="transfer-problems">
          {problems.map((p, i) => {
            const message = bundleProblemMessage(t, p);
            const detail = bundleProblemDetail(t, p, message);
            return (
              <li key={i}>
                <span>{message}</span>
                {detail && <span className="transfer-detail">{detail}</span>}
              </li>
            );
          })}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="btn primary" onClick={onClose} autoFocus>{t('actions.close')}</button>
        </div>
      </div>
    </div>
  );
}
