import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  message: string;
  /** A path or code shown on its own line, in full. */
  detail?: string;
  isError?: boolean;
  onClose(): void;
}

/** One outcome in words (where a bundle went, why something did not work), until dismissed. */
export function MessageDialog({ title, message, detail, isError, onClose }: Props) {
  const { t } = useTranslation('transfer');
  return (
    <div className="dialog-backdrop">
      <div className="dialog transfer-dialog" role={isError ? 'alertdialog' : 'dialog'} aria-modal="true" aria-labelledby="transfer-message-title">
        <h2 id="transfer-message-title">{title}</h2>
        <p className={isError ? 'transfer-note error' : 'transfer-message'} role={isError ? undefined : 'status'}>{message}</p>
        {detail && <p className="transfer-path">{detail}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn primary" onClick={onClose} autoFocus>{t('actions.close')}</button>
        </div>
      </div>
    </div>
  );
}
