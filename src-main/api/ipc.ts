import type { IpcMain, WebFrameMain } from 'electron';
import type { EventName } from './contract/channel-names';
import type { EventPayload } from './contract';
import type { Registry } from './registry';

export const INVOKE_CHANNEL = 'vcio:invoke';
export const eventChannel = (event: EventName) => `vcio:event:${event}`;

/**
 * Serves the registry over Electron IPC. Every message's sender frame is checked: only the app's
 * own top-level page may call; anything else gets a refusal and reaches no handler.
 */
export function serveRegistryOverIpc(ipcMain: IpcMain, registry: Registry, isTrustedFrame: (frame: WebFrameMain | null) => boolean): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Requests are only accepted from the app itself.' } };
    }
    return registry.invoke(channel, input);
  });
}

export function pushEvent<E extends EventName>(send: (channel: string, payload: unknown) => void, event: E, payload: EventPayload<E>): void {
  send(eventChannel(event), payload);
}
