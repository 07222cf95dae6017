import type { ValidationIssue } from '@shared/model/validate';
import { fieldId, SECTION_IDS, sectionOf, type SectionId } from './field-id';

export interface IssueCounts {
  errors: number;
  warnings: number;
}

/** Issues grouped the ways the editor shows them: under each field, per section, and in total. */
export interface IssueIndex {
  byField: ReadonlyMap<string, readonly ValidationIssue[]>;
  bySection: Readonly<Record<SectionId, IssueCounts>>;
  total: IssueCounts;
}

export function indexIssues(issues: readonly ValidationIssue[]): IssueIndex {
  const byField = new Map<string, ValidationIssue[]>();
  const bySection = Object.fromEntries(SECTION_IDS.map((s) => [s, { errors: 0, warnings: 0 }])) as Record<SectionId, IssueCounts>;
  const total = { errors: 0, warnings: 0 };
  for (const issue of issues) {
    const id = fieldId(issue.path);
    byField.set(id, [...(byField.get(id) ?? []), issue]);
    const counts = bySection[sectionOf(issue.path)];
    if (issue.severity === 'error') {
      counts.errors += 1;
      total.errors += 1;
    } else {
      counts.warnings += 1;
      total.warnings += 1;
    }
  }
  return { byField, bySection, total };
}
