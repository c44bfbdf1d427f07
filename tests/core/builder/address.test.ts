import { describe, expect, it } from 'vitest';
import { findField, locate, locateField, sameAddress } from '../../../core/builder/address.ts';
import { libraryForm } from './helpers.ts';

describe('addresses', () => {
  const nintei = libraryForm('childcare/jidou-teate-nintei');
  const at = findField(nintei, 'children')!;

  it('findField finds top-level fields and fields inside a group', () => {
    expect(at).toMatchObject({ page: expect.any(Number), index: expect.any(Number) });
    expect(findField(nintei, 'relationshipOther', 'children')).toEqual({ ...at, child: 3 });
    expect(findField(nintei, 'relationshipOther')).toBeUndefined();
    expect(findField(nintei, 'nope', 'children')).toBeUndefined();
  });

  it('locate gives the element, its group and its siblings', () => {
    const inner = locate(nintei, { ...at, child: 0 });
    expect(inner.group?.field).toBe('children');
    expect(inner.position).toBe(0);
    expect(inner.siblings).toBe(inner.group?.elements);
  });

  it('refuses pages, indices and children that do not exist', () => {
    expect(() => locate(nintei, { page: 99, index: 0 })).toThrow(expect.objectContaining({ code: 'noSuchPage' }));
    expect(() => locate(nintei, { page: 0, index: -1 })).toThrow(expect.objectContaining({ code: 'noSuchElement' }));
    expect(() => locate(nintei, { ...at, child: 99 })).toThrow(expect.objectContaining({ code: 'noSuchElement' }));
    expect(() => locate(nintei, { page: 0, index: 0.5 })).toThrow(expect.objectContaining({ code: 'noSuchElement' }));
  });

  it('locateField refuses content elements; sameAddress compares', () => {
    const risai = libraryForm('disaster/risai-shomei');
    expect(() => locateField(risai, { page: 0, index: 0 })).toThrow(expect.objectContaining({ code: 'notAField' }));
    expect(sameAddress({ page: 1, index: 2 }, { page: 1, index: 2, child: undefined })).toBe(true);
    expect(sameAddress({ page: 1, index: 2 }, { page: 1, index: 2, child: 0 })).toBe(false);
  });
});
