import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildApi, type LocalMethods, type Transport } from '../../shared/ipc/api';

/*
 * The sandboxed bridge: builds window.api from the contract's names and nothing else. Page code
 * never gets ipcRenderer, a generic invoke, or the IpcRendererEvent (it leaks `sender`).
 * Bundled as CommonJS: a sandboxed renderer cannot load an ESM preload.
 */
const transport: Transport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe: (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

// A dropped File becomes its path on disk here, so main reads big photos itself instead of the page sending bytes.
const local: LocalMethods = {
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      // Not a File (a page passing anything else): no path, like a pasted image.
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('api', buildApi(transport, local));
