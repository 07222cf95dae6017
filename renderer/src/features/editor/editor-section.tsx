import type { ReactNode } from 'react';
import { sectionDomId, type SectionId } from './field-id';

interface Props {
  section: SectionId;
  title: string;
  intro?: string;
  /** Controls at the right of the heading (e.g. "Remove size chart"). */
  actions?: ReactNode;
  children: ReactNode;
}

/** One part of the listing: a card labelled by its heading, the target of the section nav. */
export function EditorSection({ section, title, intro, actions, children }: Props) {
  const domId = sectionDomId(section);
  return (
    <section id={domId} className="card editor-section" aria-labelledby={`${domId}-title`} tabIndex={-1}>
      <header className="section-header">
        <h2 id={`${domId}-title`}>{title}</h2>
        {actions && <div className="section-actions">{actions}</div>}
      </header>
      {intro && <p className="section-intro">{intro}</p>}
      {children}
    </section>
  );
}
