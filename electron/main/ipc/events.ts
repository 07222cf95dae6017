import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import type { AppServices } from '../../services/app-services';

export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

type EventSources = { [E in EventName]: (services: AppServices, send: (payload: EventPayload<E>) => void) => () => void };

/** Where each main → renderer event comes from; an event added to the contract without a source fails to compile. */
const sources: EventSources = {
  'settings:changed': (services, send) => services.settings.onChange(send),
  'assets:watched': (services, send) => services.watchedFolder.onImported((results) => send({ results })),
  'accounts:changed': (services, send) => services.accounts.onChange((accounts) => send({ accounts })),
};

/**
 * Wires service notifications to `emit`: webContents.send to every window in the app, page.evaluate
 * in the E2E harness. Returns a function that disconnects everything.
 */
export function connectEvents(services: AppServices, emit: EmitEvent): () => void {
  const connect = <E extends EventName>(event: E) => sources[event](services, (payload) => emit(event, payload));
  const disconnects = (Object.keys(sources) as EventName[]).map(connect);
  return () => {
    for (const disconnect of disconnects) disconnect();
  };
}
