import type { Listing } from '@shared/model/listing';
import type { EditFn } from './use-editor-history';
import type { MessagesFor } from './use-messages-for';

/** What every section gets: the working copy, a way to change it, and messages per field. */
export interface SectionProps {
  listing: Listing;
  edit: EditFn;
  messagesFor: MessagesFor;
}
