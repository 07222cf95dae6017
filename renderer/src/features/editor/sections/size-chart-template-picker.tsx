import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartFromTemplate, labelLocaleFor, TEMPLATE_IDS, templateIdForCategory, type TemplateId } from '@shared/size-chart';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Icon } from '../../../components/icon';
import type { EditFn } from '../use-editor-history';

interface Props {
  categoryPath: readonly string[];
  hasChart: boolean;
  isBlank: boolean;
  edit: EditFn;
}

/** Template choice (the category's own preselected) and "Start from template", which asks before replacing typed values. */
export function SizeChartTemplatePicker({ categoryPath, hasChart, isBlank, edit }: Props) {
  const { t, i18n } = useTranslation('sizechart');
  const { t: tc } = useTranslation('common');
  const suggested = templateIdForCategory(categoryPath);
  const [choice, setChoice] = useState<TemplateId>(suggested ?? 'tops');
  const [isConfirming, setConfirming] = useState(false);
  const name = t(`template.names.${choice}`);

  function apply(): void {
    setConfirming(false);
    // Names in the UI language: the merchandiser types the rest of the chart in it.
    const chart = chartFromTemplate(choice, labelLocaleFor(i18n.language));
    edit(null, (l) => ({ ...l, sizeChart: chart }));
  }

  return (
    <div className="size-chart-template">
      <label className="sr-only" htmlFor="size-chart-template">{t('template.label')}</label>
      <select
        id="size-chart-template"
        className="add-select"
        value={choice}
        onChange={(e) => {
          const id = TEMPLATE_IDS.find((x) => x === e.target.value);
          if (id) setChoice(id);
        }}
      >
        {TEMPLATE_IDS.map((id) => (
          <option key={id} value={id}>
            {id === suggested ? t('template.suggestedName', { name: t(`template.names.${id}`) }) : t(`template.names.${id}`)}
          </option>
        ))}
      </select>
      <button type="button" className={hasChart ? 'btn' : 'btn primary'} onClick={() => (hasChart && !isBlank ? setConfirming(true) : apply())}>
        <Icon name="plus" />
        {t('template.start')}
      </button>
      {isConfirming && (
        <ConfirmDialog
          title={t('template.replaceTitle')}
          body={t('template.replaceBody', { template: name })}
          confirmLabel={t('template.replace')}
          cancelLabel={tc('actions.cancel')}
          isDanger
          onConfirm={apply}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
