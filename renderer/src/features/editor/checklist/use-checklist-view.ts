import { useMemo, useState } from 'react';
import type { ChannelId } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import { useListingChecklist } from '../../checklist/use-listing-checklist';
import { summarize, type ChecklistView } from './checklist-view';

/** Evaluates the working copy for every channel on each change and remembers the channel in view. */
export function useChecklistViewValue(listing: Listing): ChecklistView {
  const checklist = useListingChecklist(listing);
  const [channel, selectChannel] = useState<ChannelId>('taobao');
  const summaries = useMemo(() => summarize(checklist), [checklist]);
  return useMemo<ChecklistView>(
    () => ({
      checklist,
      summaries,
      channel,
      selectChannel,
      meterOf: (c, locale) => summaries.find((s) => s.channel === c)?.results.find((r) => r.locale === locale)?.meter ?? checklist.evaluate(c, locale).meter,
    }),
    [checklist, summaries, channel],
  );
}
