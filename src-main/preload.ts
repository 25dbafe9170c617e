import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannelName, isEventName } from './api/contract/channel-names';

/**
 * The renderer's only door to the main side: invoke a contract channel by name, or listen to a
 * push event. Channel names are checked here and again by the registry.
 */
contextBridge.exposeInMainWorld('vcio', {
  invoke(channel: unknown, input: unknown) {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'There is no such channel.' } });
    }
    return ipcRenderer.invoke('vcio:invoke', channel, input);
  },
  on(event: unknown, listener: unknown) {
    if (!isEventName(event) || typeof listener !== 'function') throw new Error('Unknown event');
    const forward = (_event: IpcRendererEvent, payload: unknown) => (listener as (payload: unknown) => void)(payload);
    ipcRenderer.on(`vcio:event:${event}`, forward);
    return () => {
      ipcRenderer.removeListener(`vcio:event:${event}`, forward);
    };
  },
});
