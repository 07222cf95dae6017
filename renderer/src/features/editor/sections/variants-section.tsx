import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_OPTION_AXES } from '@shared/model/listing';
import { cartesian } from '@shared/model/variants';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Icon } from '../../../components/icon';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import { focusSoon } from '../focus-field';
import { createAxis, describeSku, removeAt, updateAxis } from '../listing-edits';
import type { SectionProps } from '../section-props';
import { hasTypedData, isMatrixStale, planSkus, type SkuPlan } from '../variant-plan';
import { OptionAxisRow } from './option-axis-row';

const SUGGESTIONS_ID = 'option-name-suggestions';

export function VariantsSection({ listing, edit, messagesFor }: SectionProps) {
  const { t } = useTranslation('editor');
  const { t: tc } = useTranslation('common');
  const [pendingPlan, setPendingPlan] = useState<SkuPlan | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const { options, skus, spuCode } = listing;
  const combinations = useMemo(() => (options.some((a) => a.values.length > 0) ? cartesian(options).length : 0), [options]);
  const isStale = useMemo(() => isMatrixStale(options, skus), [options, skus]);

  function apply(plan: SkuPlan): void {
    setPendingPlan(null);
    edit(null, (l) => ({ ...l, skus: planSkus(l.spuCode, l.options, l.skus).next }));
    setResult(t('variants.generated', { added: plan.added, kept: plan.kept, removed: plan.removed.length }));
  }

  function generate(): void {
    const plan = planSkus(spuCode, options, skus);
    // Dropping rows someone typed prices into deserves a question; empty rows just go.
    if (plan.removed.some(hasTypedData)) setPendingPlan(plan);
    else apply(plan);
  }

  function addAxis(): void {
    edit(null, (l) => (l.options.length >= MAX_OPTION_AXES ? l : { ...l, options: [...l.options, createAxis()] }));
    focusSoon(fieldId(['options', options.length, 'name']));
  }

  const typedRemoved = pendingPlan?.removed.filter(hasTypedData) ?? [];
  return (
    <EditorSection section="variants" title={t('variants.title')} intro={t('variants.intro')}>
      <datalist id={SUGGESTIONS_ID}>
        <option value={t('variants.suggestColour')} />
        <option value={t('variants.suggestSize')} />
        <option value={t('variants.suggestStyle')} />
      </datalist>
      <div className="axis-list">
        {options.map((axis, i) => (
          <OptionAxisRow
            key={axis.id}
            axis={axis}
            index={i}
            suggestionsId={SUGGESTIONS_ID}
            nameMessages={messagesFor(['options', i, 'name'])}
            valueMessages={messagesFor(['options', i, 'values'])}
            onName={(name) => edit(fieldId(['options', i, 'name']), updateAxis(i, { name }))}
            onValues={(values) => edit(null, updateAxis(i, { values }))}
            onRemove={() => edit(null, (l) => ({ ...l, options: removeAt(l.options, i) }))}
          />
        ))}
      </div>
      <div className="section-footer">
        <button type="button" className="btn" disabled={options.length >= MAX_OPTION_AXES} title={options.length >= MAX_OPTION_AXES ? t('variants.maxOptions') : undefined} onClick={addAxis}>
          <Icon name="plus" />
          {t('variants.addOption')}
        </button>
        <span className="spacer" />
        {combinations > 0 && <span className="muted">{t('variants.combinations', { count: combinations })}</span>}
        <button type="button" className={isStale || skus.length === 0 ? 'btn primary' : 'btn'} onClick={generate}>
          {t('variants.generate')}
        </button>
      </div>
      {isStale && (
        <p className="inline-notice warning">
          <Icon name="alert" size={14} />
          {t('variants.stale')}
        </p>
      )}
      <p className="generate-result" role="status">{result}</p>
      {pendingPlan && (
        <ConfirmDialog
          title={t('variants.confirmTitle')}
          body={t('variants.confirmBody', { count: typedRemoved.length, list: typedRemoved.slice(0, 5).map((s) => describeSku(s, skus.indexOf(s))).join(', ') })}
          confirmLabel={t('variants.confirmAction')}
          cancelLabel={tc('actions.cancel')}
          isDanger
          onConfirm={() => apply(pendingPlan)}
          onCancel={() => setPendingPlan(null)}
        />
      )}
    </EditorSection>
  );
}
