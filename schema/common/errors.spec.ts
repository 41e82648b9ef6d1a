import { MailingList } from '../lists/mailing-list.entity';
import { WebLogSalt } from '../web-log/web-log-salt.entity';
import { isUniqueViolation, uniqueIndex } from './errors';

describe('uniqueIndex and isUniqueViolation', () => {
  const LIST_NAME = uniqueIndex(MailingList, 'ux_mailing_lists_tenant_name');
  const SALT_DAY = uniqueIndex(WebLogSalt, 'PRIMARY');

  it('reads the index from the entity declarations', () => {
    expect(LIST_NAME).toEqual({
      table: 'mailing_lists',
      name: 'ux_mailing_lists_tenant_name',
      columns: ['tenant_id', 'name'],
    });
    expect(SALT_DAY).toEqual({ table: 'web_log_salts', name: 'PRIMARY', columns: ['day'] });
    expect(() => uniqueIndex(MailingList, 'ux_no_such_index')).toThrow(/no unique index/);
  });

  it.each([
    [
      'MariaDB',
      { code: 'ER_DUP_ENTRY', message: "Duplicate entry 't-SAME-L' for key 'ux_mailing_lists_tenant_name'" },
      true,
    ],
    [
      'MySQL 8',
      {
        code: 'ER_DUP_ENTRY',
        message: "Duplicate entry 't-SAME-L' for key 'mailing_lists.ux_mailing_lists_tenant_name'",
      },
      true,
    ],
    [
      'MySQL through a driver error',
      {
        driverError: {
          code: 'ER_DUP_ENTRY',
          message: "Duplicate entry 'x' for key 'ux_mailing_lists_tenant_name'",
        },
      },
      true,
    ],
    [
      'MySQL, another index',
      { code: 'ER_DUP_ENTRY', message: "Duplicate entry 'x' for key 'ux_tenants_slug'" },
      false,
    ],
    [
      'MySQL, another table with the same index name',
      { code: 'ER_DUP_ENTRY', message: "Duplicate entry 'x' for key 'tenants.ux_mailing_lists_tenant_name'" },
      false,
    ],
    [
      'MySQL, the primary key',
      { code: 'ER_DUP_ENTRY', message: "Duplicate entry 'x' for key 'PRIMARY'" },
      false,
    ],
    [
      'SQLite',
      {
        code: 'SQLITE_CONSTRAINT_UNIQUE',
        message: 'UNIQUE constraint failed: mailing_lists.tenant_id, mailing_lists.name',
      },
      true,
    ],
    [
      'SQLite, the columns in another order',
      {
        code: 'SQLITE_CONSTRAINT_UNIQUE',
        message: 'UNIQUE constraint failed: mailing_lists.name, mailing_lists.tenant_id',
      },
      true,
    ],
    [
      'SQLite, only one of the columns',
      { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: mailing_lists.name' },
      false,
    ],
    [
      'SQLite, another table',
      { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: lists.tenant_id, lists.name' },
      false,
    ],
    [
      'SQLite, another constraint',
      {
        code: 'SQLITE_CONSTRAINT_NOTNULL',
        message: 'NOT NULL constraint failed: mailing_lists.tenant_id, mailing_lists.name',
      },
      false,
    ],
  ])('tells the list-name index from a %s error: %j', (_engine, err, expected) => {
    expect(isUniqueViolation(err, LIST_NAME)).toBe(expected);
  });

  it('recognises a duplicate primary key on SQLite by its column', () => {
    const err = {
      code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
      message: 'UNIQUE constraint failed: web_log_salts.day',
    };
    expect(isUniqueViolation(err, SALT_DAY)).toBe(true);
    expect(isUniqueViolation(err, LIST_NAME)).toBe(false);
  });

  it('does not take an error of another kind for a duplicate', () => {
    for (const err of [new Error('Duplicate entry'), null, undefined, 'UNIQUE constraint failed', {}])
      expect(isUniqueViolation(err, LIST_NAME)).toBe(false);
  });
});
