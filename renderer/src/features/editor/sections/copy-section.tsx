import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { copyLocales } from '@shared/model/factory';
import { COPY_LOCALES, type CopyLocale } from '@shared/model/ids';
import { ChipInput } from '../../../components/chip-input';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Icon } from '../../../components/icon';
import { TextField } from '../../../components/text-field';
import { EditorSection } from '../editor-section';
import { fieldId } from '../field-id';
import { TitleMeters } from '../checklist/title-meters';
import { addCopyLocale, hasCopyText, removeCopyLocale, setTitleOverride, updateCopy } from '../listing-edits';
import type { SectionProps } from '../section-props';
import { CopyBullets } from './copy-bullets';
import { TitleOverrides } from './title-overrides';
import { useTranslationReview } from '../../translation/use-review';
import { XliffDialog } from '../../translation/xliff-dialog';
import { editorScope } from '../../translation/xliff-scopes';

/*
 * One column per market language. The grid is filled field by field (all titles, then all
 * subtitles…) so the same field lines up across languages even when one has more bullets.
 */
export function CopySection({ listing, edit, messagesFor }: SectionProps) {
  const { t } = useTranslation('editor');
  const { t: tc } = useTranslation('common');
  const { t: tt } = useTranslation('translation');
  const review = useTranslationReview(listing, edit);
  const [removing, setRemoving] = useState<CopyLocale | null>(null);
  const [isXliffOpen, setXliffOpen] = useState(false);
  const locales = copyLocales(listing);
  const available = COPY_LOCALES.filter((l) => !listing.copy[l]);
  const nameOf = (l: CopyLocale) => tc(`locales.${l}`);
  const fieldIn = (field: string, l: CopyLocale) => t('copy.fieldIn', { field, locale: nameOf(l) });

  function remove(locale: CopyLocale): void {
    const copy = listing.copy[locale];
    if (copy && hasCopyText(copy)) setRemoving(locale);
    else edit(null, removeCopyLocale(locale));
  }

  const addLocale = available.length > 0 && (
    <select
      id={fieldId(['copy'])}
      className="add-select"
      aria-label={t('copy.addLocale')}
      value=""
      onChange={(e) => {
        const locale = COPY_LOCALES.find((l) => l === e.target.value);
        if (locale) edit(null, addCopyLocale(locale));
      }}
    >
      <option value="">{t('copy.addLocalePlaceholder')}</option>
      {available.map((l) => (
        <option key={l} value={l}>{nameOf(l)}</option>
      ))}
    </select>
  );

  const cells = (render: (l: CopyLocale) => ReactNode, kind: string) =>
    locales.map((l) => (
      <div key={`${kind}-${l}`} className={`copy-cell copy-${kind}`}>{render(l)}</div>
    ));

  const actions = (
    <div className="copy-actions">
      {review.source && (
        <button type="button" className="btn small" onClick={() => setXliffOpen(true)}>{tt('button')}</button>
      )}
      {addLocale}
    </div>
  );

  return (
    <EditorSection section="copy" title={t('copy.title')} intro={t('copy.intro')} actions={actions}>
      {locales.length === 0 ? (
        <p className="empty-state">{t('copy.noLocales')}</p>
      ) : (
        <div className="copy-scroll">
          <div className="copy-grid" style={{ '--copy-cols': locales.length } as CSSProperties}>
            {locales.map((l) => (
              <div key={`head-${l}`} className="copy-col-head" id={fieldId(['copy', l])} tabIndex={-1}>
                <h3>{nameOf(l)}</h3>
                <span className="locale-code">{l}</span>
                {l === review.source && locales.length > 1 && <span className="source-badge" title={tt('head.sourceHint')}>{tt('head.source')}</span>}
                {review.states(l).size > 0 && (
                  <>
                    <span className="review-count">{tt('head.toReview', { count: review.states(l).size })}</span>
                    <button type="button" className="btn small review-all" onClick={() => review.reviewAll(l)} aria-label={tt('head.reviewAllFor', { locale: nameOf(l) })}>
                      {tt('head.reviewAll')}
                    </button>
                  </>
                )}
                <button type="button" className="btn ghost icon-btn remove-locale" aria-label={t('copy.removeLocale', { locale: nameOf(l) })} title={t('copy.removeLocale', { locale: nameOf(l) })} onClick={() => remove(l)}>
                  <Icon name="close" size={14} />
                </button>
              </div>
            ))}
            {cells((l) => {
              const copy = listing.copy[l];
              const id = fieldId(['copy', l, 'title']);
              return (
                copy && (
                  <>
                    <TextField id={id} label={t('copy.titleField')} ariaLabel={fieldIn(t('copy.titleField'), l)} meta={t('copy.chars', { count: [...copy.title].length })} adornment={review.markFor(l, 'title', fieldIn(t('copy.titleField'), l))} value={copy.title} messages={messagesFor(['copy', l, 'title'])} onChange={(title) => review.editIn(l)(id, updateCopy(l, { title }))} />
                    <TitleMeters locale={l} copy={copy} />
                  </>
                )
              );
            }, 'title')}
            {cells((l) => {
              const id = fieldId(['copy', l, 'subtitle']);
              return <TextField id={id} label={t('copy.subtitle')} ariaLabel={fieldIn(t('copy.subtitle'), l)} adornment={review.markFor(l, 'subtitle', fieldIn(t('copy.subtitle'), l))} value={listing.copy[l]?.subtitle ?? ''} messages={messagesFor(['copy', l, 'subtitle'])} onChange={(subtitle) => review.editIn(l)(id, updateCopy(l, { subtitle }))} />;
            }, 'subtitle')}
            {cells((l) => (
              <CopyBullets locale={l} localeName={nameOf(l)} bullets={listing.copy[l]?.bullets ?? []} markFor={(key, name) => review.markFor(l, key, name)} onChange={(bullets, key) => review.editIn(l)(key, updateCopy(l, { bullets }))} />
            ), 'bullets')}
            {cells((l) => {
              const id = fieldId(['copy', l, 'description']);
              return <TextField id={id} rows={7} label={t('copy.description')} ariaLabel={fieldIn(t('copy.description'), l)} adornment={review.markFor(l, 'description', fieldIn(t('copy.description'), l))} value={listing.copy[l]?.description ?? ''} messages={messagesFor(['copy', l, 'description'])} onChange={(description) => review.editIn(l)(id, updateCopy(l, { description }))} />;
            }, 'description')}
            {cells((l) => (
              <ChipInput
                id={fieldId(['copy', l, 'primaryKeywords'])}
                label={t('copy.primaryKeywords')}
                ariaLabel={fieldIn(t('copy.primaryKeywords'), l)}
                placeholder={t('copy.keywordsPlaceholder')}
                hint={t('copy.primaryKeywordsHint')}
                values={listing.copy[l]?.primaryKeywords ?? []}
                removeLabel={(value) => t('chips.remove', { value })}
                onChange={(primaryKeywords) => edit(null, updateCopy(l, { primaryKeywords }))}
              />
            ), 'primaryKeywords')}
            {cells((l) => (
              <ChipInput
                id={fieldId(['copy', l, 'keywords'])}
                label={t('copy.keywords')}
                ariaLabel={fieldIn(t('copy.keywords'), l)}
                placeholder={t('copy.keywordsPlaceholder')}
                hint={t('copy.keywordsHint')}
                values={listing.copy[l]?.keywords ?? []}
                removeLabel={(value) => t('chips.remove', { value })}
                onChange={(keywords) => edit(null, updateCopy(l, { keywords }))}
              />
            ), 'keywords')}
            {cells((l) => {
              const copy = listing.copy[l];
              return copy && <TitleOverrides locale={l} localeName={nameOf(l)} copy={copy} markFor={(key, name) => review.markFor(l, key, name)} onChange={(channel, title, key) => review.editIn(l)(key, setTitleOverride(l, channel, title))} />;
            }, 'overrides')}
          </div>
        </div>
      )}
      {isXliffOpen && review.source && <XliffDialog scope={editorScope(listing, review.source, edit)} onClose={() => setXliffOpen(false)} />}
      {removing && (
        <ConfirmDialog
          title={t('copy.removeTitle', { locale: nameOf(removing) })}
          body={t('copy.removeBody')}
          confirmLabel={t('copy.removeLocale', { locale: nameOf(removing) })}
          cancelLabel={tc('actions.cancel')}
          isDanger
          onConfirm={() => {
            edit(null, removeCopyLocale(removing));
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </EditorSection>
  );
}
