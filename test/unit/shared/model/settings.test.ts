import { describe, expect, it } from 'vitest';
import { uiLanguageFor } from '@shared/model/settings';

describe('uiLanguageFor', () => {
  it('follows Chinese OS locales to 简体中文 and everything else to English', () => {
    for (const l of ['zh-CN', 'zh-Hans-CN', 'zh_TW', 'zh']) expect(uiLanguageFor(l)).toBe('zh-CN');
    for (const l of ['en-US', 'en-GB', 'de-DE', 'ja', 'zhx']) expect(uiLanguageFor(l)).toBe('en');
  });
});
