import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_IDS, COPY_LOCALES, type ChannelId, type CopyLocale } from '@shared/model/ids';
import { launchesRepo } from '../../db/repos/launches';
import { useAppStore } from '../../store';
import { todayIso } from '../checklist/as-of';
import { useSummaries } from '../catalog/use-summaries';

type Scope = { kind: 'all' } | { kind: 'tag'; tag: string };

/** Name, go-live day, channels, languages and which listings; creates a draft and opens it. */
export function NewLaunchForm() {
  const { t } = useTranslation('launch');
  const { t: tCommon } = useTranslation('common');
  const navigate = useAppStore((s) => s.navigate);
  const summaries = useSummaries();
  const all = useMemo(() => (summaries.status === 'ready' ? summaries.summaries.filter((s) => s.status !== 'archived') : []), [summaries]);
  const tags = useMemo(() => [...new Set(all.flatMap((s) => s.tags))].sort(), [all]);
  const [name, setName] = useState('');
  const [goLiveDate, setGoLiveDate] = useState(todayIso());
  const [channels, setChannels] = useState<ChannelId[]>(['taobao', 'amazon', 'shopify']);
  const [locales, setLocales] = useState<CopyLocale[]>(['zh-CN', 'en-US']);
  const [scope, setScope] = useState<Scope>({ kind: 'all' });
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = scope.kind === 'all' ? all : all.filter((s) => s.tags.includes(scope.tag));

  const toggle = <T,>(list: T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const missing = !name.trim() ? 'needName' : channels.length === 0 ? 'needChannel' : locales.length === 0 ? 'needLocale' : chosen.length === 0 ? 'needListings' : null;
    if (missing) {
      setProblem(t(`new.${missing}`));
      return;
    }
    const launch = await launchesRepo.create({ name: name.trim(), goLiveDate, channels, locales, listingIds: chosen.map((s) => s.id) });
    navigate({ name: 'launch', launchId: launch.id });
  }

  return (
    <form className="card new-launch" onSubmit={(e) => void submit(e)} aria-labelledby="new-launch-title" noValidate>
      <h2 id="new-launch-title">{t('new.title')}</h2>
      <div className="new-launch-row">
        <label className="field">
          <span className="field-label">{t('new.name')}</span>
          <input value={name} placeholder={t('new.namePlaceholder')} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('new.goLive')}</span>
          <input type="date" value={goLiveDate} required onChange={(e) => setGoLiveDate(e.target.value || todayIso())} />
        </label>
        <label className="field">
          <span className="field-label">{t('new.listings')}</span>
          <select
            value={scope.kind === 'all' ? '' : scope.tag}
            onChange={(e) => setScope(e.target.value ? { kind: 'tag', tag: e.target.value } : { kind: 'all' })}
          >
            <option value="">{t('new.scopeAll', { count: all.length })}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {t('new.scopeTag', { tag, count: all.filter((s) => s.tags.includes(tag)).length })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="chip-set">
        <legend className="field-label">{t('new.channels')}</legend>
        {CHANNEL_IDS.map((c) => (
          <label key={c} className="chip-check">
            <input type="checkbox" checked={channels.includes(c)} onChange={() => setChannels(toggle(channels, c))} />
            {tCommon(`channels.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="chip-set">
        <legend className="field-label">{t('new.locales')}</legend>
        {COPY_LOCALES.map((l) => (
          <label key={l} className="chip-check">
            <input type="checkbox" checked={locales.includes(l)} onChange={() => setLocales(toggle(locales, l))} />
            {l}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="btn primary">
        {t('new.create')}
      </button>
    </form>
  );
}
