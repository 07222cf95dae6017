import { describe, expect, it } from 'vitest';
import { createEmptyCopy, createListing, validateListing } from '@shared/model';

describe('validateListing paths and params used by the editor', () => {
  it('gives the option number to option.name.required (its message shows it)', () => {
    const l = createListing(0, { options: [{ id: 'a', name: 'Colour', values: ['Red'] }, { id: 'b', name: ' ', values: ['S'] }] });
    const issue = validateListing(l).find((i) => i.code === 'option.name.required');
    expect(issue?.path).toEqual(['options', 1, 'name']);
    expect(issue?.params).toEqual({ index: 2 });
  });

  it('points title.required at a locale the listing carries', () => {
    const l = createListing(0, { copy: { 'ja-JP': createEmptyCopy() } });
    expect(validateListing(l).find((i) => i.code === 'title.required')?.path).toEqual(['copy', 'ja-JP', 'title']);
  });
});
