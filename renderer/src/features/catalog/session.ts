/*
 * Where the user was in the list, kept for the session only so that coming back from the editor
 * lands on the same rows. Not app state worth a store slice, and never persisted.
 */
export const catalogSession = {
  scrollOffset: 0,
  lastOpenedId: null as string | null,
};
