import { useTranslation } from 'react-i18next';
import type { OptionAxis } from '@shared/model/listing';
import { ChipInput } from '../../../components/chip-input';
import { Icon } from '../../../components/icon';
import { TextField } from '../../../components/text-field';
import type { FieldMessage } from '../../../components/field-messages';
import { fieldId } from '../field-id';

interface Props {
  axis: OptionAxis;
  index: number;
  suggestionsId: string;
  nameMessages: readonly FieldMessage[];
  valueMessages: readonly FieldMessage[];
  onName(name: string): void;
  onValues(values: string[]): void;
  onRemove(): void;
}

/** One option axis: its name (with Colour/Size suggestions) and its values as chips. */
export function OptionAxisRow({ axis, index, suggestionsId, nameMessages, valueMessages, onName, onValues, onRemove }: Props) {
  const { t } = useTranslation('editor');
  const n = index + 1;
  return (
    <div className="axis-row">
      <span className="axis-index" aria-hidden="true">{n}</span>
      <TextField
        id={fieldId(['options', index, 'name'])}
        className="axis-name"
        label={t('variants.optionName', { index: n })}
        value={axis.name}
        list={suggestionsId}
        messages={nameMessages}
        onChange={onName}
      />
      <div className="axis-values">
        <ChipInput
          id={fieldId(['options', index, 'values'])}
          label={t('variants.optionValues', { index: n })}
          values={axis.values}
          placeholder={t('variants.valuesPlaceholder')}
          messages={valueMessages}
          removeLabel={(value) => t('chips.remove', { value })}
          onChange={onValues}
        />
      </div>
      <button type="button" className="btn ghost icon-btn axis-remove" aria-label={t('variants.removeOption', { index: n })} title={t('variants.removeOption', { index: n })} onClick={onRemove}>
        <Icon name="trash" />
      </button>
    </div>
  );
}
