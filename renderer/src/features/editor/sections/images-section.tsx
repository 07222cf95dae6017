import { useTranslation } from 'react-i18next';
import { ChannelPreview } from '../../images/channel-preview';
import { ImagePanel } from '../../images/image-panel';
import { EditorSection } from '../editor-section';
import type { SectionProps } from '../section-props';
import '../../images/images.css';

export function ImagesSection({ listing, edit }: SectionProps) {
  const { t } = useTranslation('images');
  return (
    <EditorSection section="images" title={t('section.title')} intro={t('section.intro')}>
      <ImagePanel listing={listing} edit={edit} />
      {listing.images.length > 0 && <ChannelPreview listing={listing} />}
    </EditorSection>
  );
}
