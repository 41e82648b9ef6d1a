import { assessRisk, FEW_SUBJECTS } from './breach-risk';
import { BreachDataCategory as C, RiskLevel } from './breach.enums';

describe('breach risk rules', () => {
  const level = (categories: C[], encrypted = false, subjects = 1000) =>
    assessRisk(categories, encrypted, subjects).level;

  it('encrypted data is UNLIKELY whatever it holds', () => {
    expect(level([C.EMAIL_ADDRESS, C.PASSWORD_HASH, C.MESSAGE_CONTENT], true)).toBe(RiskLevel.UNLIKELY);
    expect(assessRisk([C.NAME], true, 5).reason).toMatch(/Art\. 34\(3\)\(a\)/);
  });

  it('password hashes or message content are HIGH', () => {
    expect(level([C.PASSWORD_HASH])).toBe(RiskLevel.HIGH);
    expect(level([C.EMAIL_ADDRESS, C.MESSAGE_CONTENT], false, 1)).toBe(RiskLevel.HIGH);
    expect(assessRisk([C.PASSWORD_HASH, C.MESSAGE_CONTENT], false, 1).reason).toMatch(
      /password hashes.*and message content/,
    );
  });

  it('addresses with names, IP addresses or consent records are RISK, however few', () => {
    for (const c of [C.NAME, C.IP_ADDRESS, C.CONSENT_RECORD])
      expect(level([C.EMAIL_ADDRESS, c], false, 1)).toBe(RiskLevel.RISK);
  });

  it('addresses alone are RISK above FEW_SUBJECTS people and UNLIKELY up to it', () => {
    expect(level([C.EMAIL_ADDRESS, C.COUNTRY, C.FORMAT_PREFERENCE], false, FEW_SUBJECTS + 1)).toBe(
      RiskLevel.RISK,
    );
    expect(level([C.EMAIL_ADDRESS], false, FEW_SUBJECTS)).toBe(RiskLevel.UNLIKELY);
    expect(assessRisk([C.EMAIL_ADDRESS], false, 1).reason).toMatch(/1 person /);
  });

  it('identifying data without addresses is RISK; country and format alone UNLIKELY', () => {
    expect(level([C.IP_ADDRESS], false, 1)).toBe(RiskLevel.RISK);
    expect(assessRisk([C.NAME, C.COUNTRY], false, 1).reason).toMatch(/^Names were exposed/);
    expect(level([C.COUNTRY, C.FORMAT_PREFERENCE])).toBe(RiskLevel.UNLIKELY);
  });
});
