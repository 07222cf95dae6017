import { useTranslation } from 'react-i18next';
import { ChipInput } from '../../../components/chip-input';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import type { SectionProps } from '../section-props';

export function TagsSection({ listing, edit, messagesFor }: SectionProps) {
  const { t } = useTranslation('editor');
  return (
    <EditorSection section="tags" title={t('tags.title')}>
      <ChipInput
        id={fieldId(['tags'])}
        label={t('tags.label')}
        isLabelHidden
        hint={t('tags.hint')}
        placeholder={t('tags.placeholder')}
        values={listing.tags}
        messages={messagesFor(['tags'])}
        removeLabel={(value) => t('chips.remove', { value })}
        onChange={(tags) => edit(null, (l) => ({ ...l, tags }))}
      />
    </EditorSection>
  );
}
