import { createAccountHandlers } from './accounts';
import { createExportHandlers } from './exports';
import { createPublishHandlers } from './publish';
import { CHANNEL_NAMES } from '../../../shared/ipc/names';
import type { AppServices } from '../../services/app-services';
import { APP_ORIGIN } from '../security';
import { createAppHandlers } from './app';
import { createAssetHandlers } from './assets';
import { createFileHandlers } from './files';
import { handle, type Handlers, type IpcMainLike, type IpcRegistry } from './handle';
import { createRenditionHandlers } from './renditions';
import { createSettingsHandlers } from './settings';
import { createShellHandlers } from './shell';
import { createSizeChartHandlers } from './size-charts';
import { createLaunchHandlers } from './launches';
import { createTransferHandlers } from './transfer';
import { createTranslationHandlers } from './translation';

export interface RegistryOptions {
  /** Defaults to app://shelfready; dev passes the Vite server's origin, the harness its own. */
  trustedOrigin?: string;
}

export function createHandlers(services: AppServices): Handlers {
  return {
    ...createAppHandlers(services),
    ...createSettingsHandlers(services),
    ...createShellHandlers(services),
    ...createAssetHandlers(services),
    ...createRenditionHandlers(services),
    ...createFileHandlers(services),
    ...createAccountHandlers(services),
    ...createExportHandlers(services),
    ...createPublishHandlers(services),
    ...createLaunchHandlers(services),
    ...createTransferHandlers(services),
    ...createTranslationHandlers(services),
    ...createSizeChartHandlers(services),
  };
}

/** The registry both worlds dispatch to: registerIpc in Electron, the binding in the E2E harness. */
export function createRegistry(services: AppServices, { trustedOrigin = APP_ORIGIN }: RegistryOptions = {}): IpcRegistry {
  return { handlers: createHandlers(services), logger: services.logger.child({ area: 'ipc' }), trustedOrigin };
}

export function registerIpc(ipcMain: IpcMainLike, services: AppServices, options: RegistryOptions = {}): IpcRegistry {
  const registry = createRegistry(services, options);
  for (const channel of CHANNEL_NAMES) handle(ipcMain, registry, channel);
  return registry;
}
