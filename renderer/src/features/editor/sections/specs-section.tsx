import { useTranslation } from 'react-i18next';
import { CellInput } from '../../../components/cell-input';
import { Icon } from '../../../components/icon';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import { focusSoon } from '../focus-field';
import { createSpec, moveItem, removeAt, updateSpec } from '../listing-edits';
import type { SectionProps } from '../section-props';

const SPEC_FIELDS = ['name', 'value', 'unit'] as const;

export function SpecsSection({ listing, edit, messagesFor }: SectionProps) {
  const { t } = useTranslation('editor');
  const { specs } = listing;
  const cellLabel = { name: 'specs.nameCell', value: 'specs.valueCell', unit: 'specs.unitCell' } as const;
  const placeholder = { name: t('specs.namePlaceholder'), value: t('specs.valuePlaceholder'), unit: undefined };

  function move(from: number, to: number): void {
    edit(null, (l) => ({ ...l, specs: moveItem(l.specs, from, to) }));
    // Keep the keyboard on the moved row so repeated presses keep moving it.
    focusSoon(`spec-${to < from ? 'up' : 'down'}-${to}`);
  }

  return (
    <EditorSection section="specs" title={t('specs.title')} intro={t('specs.intro')}>
      {specs.length === 0 ? (
        <p className="empty-state">{t('specs.empty')}</p>
      ) : (
        <table className="data-table spec-table">
          <thead>
            <tr>
              <th scope="col" className="col-spec-name">{t('specs.name')}</th>
              <th scope="col">{t('specs.value')}</th>
              <th scope="col" className="col-spec-unit">{t('specs.unit')}</th>
              <th scope="col" className="col-actions wide"><span className="sr-only">{t('skus.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {specs.map((spec, i) => (
              <tr key={spec.id}>
                {SPEC_FIELDS.map((f) => (
                  <td key={f}>
                    <CellInput
                      id={fieldId(['specs', i, f])}
                      ariaLabel={t(cellLabel[f], { row: i + 1 })}
                      value={spec[f]}
                      placeholder={i === 0 ? placeholder[f] : undefined}
                      messages={messagesFor(['specs', i, f])}
                      onChange={(v) => edit(fieldId(['specs', i, f]), updateSpec(i, { [f]: v }))}
                    />
                  </td>
                ))}
                <td className="col-actions wide">
                  <button type="button" id={`spec-up-${i}`} className="btn ghost icon-btn" aria-label={t('specs.moveUp', { row: i + 1 })} title={t('specs.moveUp', { row: i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    <Icon name="up" />
                  </button>
                  <button type="button" id={`spec-down-${i}`} className="btn ghost icon-btn" aria-label={t('specs.moveDown', { row: i + 1 })} title={t('specs.moveDown', { row: i + 1 })} disabled={i === specs.length - 1} onClick={() => move(i, i + 1)}>
                    <Icon name="down" />
                  </button>
                  <button type="button" className="btn ghost icon-btn" aria-label={t('specs.remove', { row: i + 1 })} title={t('specs.remove', { row: i + 1 })} onClick={() => edit(null, (l) => ({ ...l, specs: removeAt(l.specs, i) }))}>
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="section-footer">
        <button
          type="button"
          className="btn"
          onClick={() => {
            edit(null, (l) => ({ ...l, specs: [...l.specs, createSpec()] }));
            focusSoon(fieldId(['specs', specs.length, 'name']));
          }}
        >
          <Icon name="plus" />
          {t('specs.add')}
        </button>
      </div>
    </EditorSection>
  );
}
