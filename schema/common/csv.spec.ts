import { csvCell, csvLine } from './csv';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['  =1+1', `"'  =1+1"`],
    ['\u00a0=1+1', `"'\u00a0=1+1"`],
    ['\uff1d1+1', `"'\uff1d1+1"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
  ])('neutralises %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('leaves ordinary text, numbers, booleans and dates alone', () => {
    expect(csvCell('Anna "the" Smith')).toBe('"Anna ""the"" Smith"');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-12-02T10:00:00Z'))).toBe('"2026-12-02T10:00:00.000Z"');
  });

  it('neutralises every cell of a line', () => {
    expect(csvLine(['=a', 'b', '+c'])).toBe(`"'=a","b","'+c"\r\n`);
  });
});
