import { useTranslation } from 'react-i18next';
import type { ReviewState } from '@shared/translation/review';

interface Props {
  state: ReviewState | undefined;
  /** Names the field and language for screen readers: "Title (English)". */
  fieldName: string;
  onReviewed(): void;
}

/**
 * Beside a translated field that needs a look: why (the source changed since it was reviewed, or
 * nobody reviewed it) and the button that says "checked against the current source".
 */
export function ReviewMark({ state, fieldName, onReviewed }: Props) {
  const { t } = useTranslation('translation');
  if (!state) return null;
  return (
    <span className={`review-mark ${state}`}>
      <span className="review-mark-label" title={t(`mark.${state}Hint`)}>{t(`mark.${state}`)}</span>
      <button type="button" className="btn small review-mark-btn" aria-label={t('mark.reviewedFor', { field: fieldName })} onClick={onReviewed}>
        {t('mark.reviewed')}
      </button>
    </span>
  );
}
