import { createLogger, type Logger } from '../../../electron/services/logger';

export interface CapturedLogger {
  logger: Logger;
  lines: string[];
}

/** A real logger whose stderr lines are kept for assertions instead of printed. */
export async function createCapturedLogger(): Promise<CapturedLogger> {
  const lines: string[] = [];
  const logger = await createLogger({ level: 'debug', stderr: { write: (line: string) => lines.push(line) } });
  return { logger, lines };
}
