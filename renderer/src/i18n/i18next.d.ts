import 'i18next';
import type { resources } from './resources';

// English is the reference language: t() keys are type-checked against it, and the parity test
// (test/unit/renderer/i18n-parity.test.ts) makes sure zh-CN has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
