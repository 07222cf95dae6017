import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, sectionDomId, type SectionId } from './field-id';
import type { IssueCounts } from './issue-index';

interface Props {
  counts: Readonly<Record<SectionId, IssueCounts>>;
}

/**
 * Jumps between sections of the long editor page and marks the one in view. Buttons, not links:
 * the location hash is the app's route, so "#sec-skus" would navigate away.
 */
export function SectionNav({ counts }: Props) {
  const { t } = useTranslation('editor');
  const [active, setActive] = useState<SectionId>('basics');

  useEffect(() => {
    const visible = new Map<string, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) visible.set(e.target.id, e.isIntersecting ? e.intersectionRatio : 0);
        // The topmost section that shows a meaningful part of itself wins.
        const first = SECTION_IDS.find((s) => (visible.get(sectionDomId(s)) ?? 0) > 0.15);
        if (first) setActive(first);
      },
      { threshold: [0, 0.15, 0.5, 1], rootMargin: '-96px 0px -35% 0px' },
    );
    for (const s of SECTION_IDS) {
      const el = document.getElementById(sectionDomId(s));
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, []);

  function go(section: SectionId): void {
    const el = document.getElementById(sectionDomId(section));
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
    setActive(section);
  }

  return (
    <nav className="section-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTION_IDS.map((s) => {
          const c = counts[s];
          return (
            <li key={s}>
              <button type="button" className={s === active ? 'section-link active' : 'section-link'} aria-current={s === active ? 'location' : undefined} onClick={() => go(s)}>
                <span className="section-link-text">{t(`nav.${s}`)}</span>
                {c.errors > 0 && <span className="nav-count error" title={t('nav.errorCount', { count: c.errors })}>{c.errors}</span>}
                {c.errors === 0 && c.warnings > 0 && <span className="nav-count warning" title={t('nav.warningCount', { count: c.warnings })}>{c.warnings}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
