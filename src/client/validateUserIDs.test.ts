import fc from 'fast-check';
import { FollowError, FollowErrorCode } from './errors';
import { isValidUserID, validateUserID, validateUserIDList } from './validateUserIDs';

function refusal(run: () => unknown): FollowError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FollowError);
    expect((error as FollowError).code).toBe(FollowErrorCode.InvalidUserID);
    return error as FollowError;
  }
  throw new Error('expected a refusal');
}

/** Strings the kit accepts as user IDs (ASCII letters, digits, `_`, `-`, `@`, CJK). */
const validUserID = fc
  .string({
    unit: fc.constantFrom(...'abcXYZ019_-@.用户名'.split('')),
    minLength: 1,
    maxLength: 10,
  })
  .filter((id) => new TextEncoder().encode(id).length <= 32);

describe('validateUserID', () => {
  it('accepts plain IDs up to 32 UTF-8 bytes', () => {
    expect(validateUserID('u2')).toBe('u2');
    expect(validateUserID('a'.repeat(32))).toBe('a'.repeat(32));
    // 10 CJK characters are 30 bytes; an emoji pair is 4 bytes.
    expect(validateUserID('用'.repeat(10))).toBe('用'.repeat(10));
    expect(validateUserID('u😀')).toBe('u😀');
  });

  it.each([
    ['', 'it is empty'],
    [' u2', 'leading or trailing whitespace'],
    ['u2\n', 'leading or trailing whitespace'],
    ['u\u00002', 'control character'],
    ['u\u007f2', 'control character'],
    ['u\u00852', 'control character'],
    ['a'.repeat(33), '33 UTF-8 bytes long, more than 32'],
    ['用'.repeat(11), '33 UTF-8 bytes long, more than 32'],
    ['u\ud800', 'unpaired surrogate'],
  ])('refuses %j (%s), naming the ID', (userID, why) => {
    const error = refusal(() => validateUserID(userID));
    expect(error.message).toContain(JSON.stringify(userID));
    expect(error.message).toContain(why);
    expect(error.userID).toBe(userID);
  });

  it.each([[undefined], [null], [42], [{}], [['u2']]])('refuses the non-string %j', (userID) => {
    expect(refusal(() => validateUserID(userID)).message).toMatch(/not a string/);
  });

  it('agrees with isValidUserID', () => {
    fc.assert(
      fc.property(fc.oneof(validUserID, fc.string(), fc.anything()), (value) => {
        let valid = true;
        try {
          validateUserID(value);
        } catch {
          valid = false;
        }
        expect(isValidUserID(value)).toBe(valid);
      }),
    );
  });
});

describe('validateUserIDList', () => {
  it('refuses what is not a non-empty array', () => {
    expect(refusal(() => validateUserIDList('u2')).message).toMatch(/must be an array, got string/);
    expect(refusal(() => validateUserIDList(undefined)).message).toMatch(/got undefined/);
    expect(refusal(() => validateUserIDList([])).message).toMatch(/empty/);
  });

  it('names the first bad ID, its index and why', () => {
    const error = refusal(() => validateUserIDList(['u1', 'u2 ', '']));
    expect(error.message).toBe(
      'Invalid user ID "u2 " at index 1: it has leading or trailing whitespace.',
    );
    expect(error.userID).toBe('u2 ');
    expect(refusal(() => validateUserIDList(['u1', 7])).message).toBe(
      'Invalid user ID 7 at index 1: it is number, not a string.',
    );
  });

  it('drops duplicates, keeping the first occurrence of each in order', () => {
    expect(validateUserIDList(['u3', 'u1', 'u3', 'u2', 'u1'])).toEqual(['u3', 'u1', 'u2']);
    fc.assert(
      fc.property(fc.array(validUserID, { minLength: 1 }), (ids) => {
        const unique = validateUserIDList(ids);
        expect(unique).toEqual(ids.filter((id, i) => ids.indexOf(id) === i));
      }),
    );
  });
});
