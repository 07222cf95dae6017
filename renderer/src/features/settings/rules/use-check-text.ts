import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleCheck } from '@shared/rules/channel-rule';
import { describeCheck, type CheckTextContext } from './rule-text';

/** A function turning a rule's check into its translated one-line description. */
export function useCheckText(): (check: RuleCheck, ctx: CheckTextContext) => string {
  const { t } = useTranslation(['settings', 'checklist']);
  return useCallback(
    (check, ctx) => {
      const text = describeCheck(check, ctx);
      const params: Record<string, string | number> = { ...text.params };
      if (text.unit) params.unit = t(`settings:rules.units.${text.unit}`);
      if (text.slot) params.slot = t(`checklist:slots.${text.slot}`);
      if (text.field) params.field = t(`checklist:fields.${text.field}`);
      return t(`settings:rules.checks.${text.key}`, params);
    },
    [t],
  );
}
