import type { backgroundToFrame, Handlers } from '../../lib/messages';

/** The editor frame's handler table for the background's broadcasts. */
export function editorFrameHandlers(onRefresh: () => void): Handlers<typeof backgroundToFrame, undefined> {
  return {
    editorRefresh: async () => {
      onRefresh();
      return {};
    },
  };
}
