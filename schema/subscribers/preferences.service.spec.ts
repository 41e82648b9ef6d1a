import { MessageFormat } from '../common/enums';
import { AppError } from '../common/errors';
import { checkPreferences, LISTS_REFUSED, maskEmail } from './preferences.service';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError && err.extensions.code === 'BAD_USER_INPUT')
      return (err.extensions as { field?: string }).field;
    throw err;
  }
  return undefined;
};

describe('the preferences input', () => {
  it('masks an address to its first character and its domain', () => {
    expect(maskEmail('alice@example.com')).toBe('a***@example.com');
    expect(maskEmail('ü.x@bücher.example')).toBe('ü***@bücher.example');
    expect(maskEmail('broken')).toBe('***');
  });

  it('normalises what it keeps and leaves out what was not sent', () => {
    expect(
      checkPreferences({ name: '  Ana ', country: 'de', language: 'pt-BR', format: MessageFormat.HTML }),
    ).toEqual({
      name: 'Ana',
      country: 'DE',
      language: 'pt',
      format: MessageFormat.HTML,
      subscribeTo: [],
      unsubscribeFrom: [],
    });
    expect(checkPreferences({ name: '', country: '', language: '' })).toMatchObject({
      name: null,
      country: null,
      language: null,
    });
    expect(checkPreferences({})).toEqual({ subscribeTo: [], unsubscribeFrom: [] });
  });

  it.each([
    [{ name: 'a'.repeat(201) }, 'name'],
    [{ name: 'a\nb' }, 'name'],
    [{ name: '<i>' }, 'name'],
    [{ country: 'D\n' }, 'country'],
    [{ country: 'QQ' }, 'country'],
    [{ language: 'ja' }, 'language'],
    [{ language: 'de;x' }, 'language'],
    [{ format: null }, 'format'],
    [{ format: 'PDF' as MessageFormat }, 'format'],
    [{ subscribeTo: ['not-an-id'] }, 'subscribeTo'],
    [
      { unsubscribeFrom: Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000') },
      'unsubscribeFrom',
    ],
    [
      {
        subscribeTo: ['00000000-0000-4000-8000-000000000000'],
        unsubscribeFrom: ['00000000-0000-4000-8000-000000000000'],
      },
      'subscribeTo',
    ],
  ])('refuses %j naming the field', (input, field) => {
    expect(fieldOf(() => checkPreferences(input))).toBe(field);
  });

  it('gives one message for any list id it cannot take', () => {
    expect(() => checkPreferences({ subscribeTo: ["' OR 1=1"] })).toThrow(LISTS_REFUSED);
  });
});
