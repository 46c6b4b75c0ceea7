import { linksInCell, parseLink } from '../../src/core/evidence/links';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';

describe('parseLink finds the Drive ID in every shape people paste', () => {
  it.each([
    [`https://drive.google.com/file/d/${ID}/view`, 'drive-file', ID],
    [`https://drive.google.com/file/u/1/d/${ID}/view?usp=sharing`, 'drive-file', ID],
    [`https://drive.google.com/open?id=${ID}`, 'drive-file', ID],
    [`https://drive.google.com/uc?id=${ID}&export=download`, 'drive-file', ID],
    [`https://docs.google.com/document/d/${ID}/edit`, 'drive-file', ID],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, 'drive-file', ID],
    [`https://docs.google.com/presentation/d/${ID}/edit?usp=sharing`, 'drive-file', ID],
    [`https://docs.google.com/drawings/d/${ID}/edit`, 'drive-file', ID],
    [`https://docs.google.com/forms/d/${ID}/edit`, 'drive-file', ID],
    [`https://docs.google.com/document/u/0/d/${ID}/edit`, 'drive-file', ID],
    [`https://drive.google.com/drive/folders/${ID}`, 'drive-folder', ID],
    [`https://drive.google.com/drive/u/2/folders/${ID}?usp=sharing`, 'drive-folder', ID],
    [`drive.google.com/file/d/${ID}/view`, 'drive-file', ID],
    [`HTTPS://DRIVE.GOOGLE.COM/file/d/${ID}/view`, 'drive-file', ID],
    [ID, 'drive-file', ID],
  ])('%s', (text, kind, id) => {
    expect(parseLink(text)).toMatchObject({ kind, id });
  });

  it('keeps the resource key that old shared links need', () => {
    expect(
      parseLink(`https://drive.google.com/file/d/${ID}/view?usp=sharing&resourcekey=0-AbC_dE`),
    ).toMatchObject({ id: ID, resourceKey: '0-AbC_dE' });
    expect(
      parseLink(`https://drive.google.com/drive/folders/${ID}?resourcekey=0-xyz`),
    ).toMatchObject({ kind: 'drive-folder', resourceKey: '0-xyz' });
  });

  it.each([
    [
      'https://docs.google.com/forms/d/e/1FAIpQLSfAbCdEfGhIjKlMnOpQrStUv/viewform',
      'published-form',
    ],
    ['https://drive.google.com/drive/my-drive', 'drive-no-id'],
    ['https://docs.google.com/', 'drive-no-id'],
    ['https://jdih.kendarikota.go.id/perwali/12', 'other-site'],
    ['http://www.kendarikota.go.id', 'other-site'],
    ['https://drive.google.com.evil.example/file/d/x', 'other-site'],
    ['lihat map arsip', 'not-a-link'],
    ['ftp://arsip.example/a.pdf', 'not-a-link'],
    ['I05', 'not-a-link'],
    ['https://', 'not-a-link'],
  ])('%s is %s', (text, kind) => {
    expect(parseLink(text).kind).toBe(kind);
  });

  it('accepts other hosts when the settings allow them', () => {
    expect(
      parseLink('https://jdih.kendarikota.go.id/x', ['drive.google.com', 'jdih.kendarikota.go.id'])
        .kind,
    ).toBe('drive-no-id');
  });
});

describe('linksInCell reads every link of a cell', () => {
  const a = `https://drive.google.com/file/d/${ID}/view`;
  const b = `https://docs.google.com/document/d/${ID.replace('1', '2')}/edit`;
  it.each([
    ['one per line, blank lines and spaces around', `  ${a}  \n\n ${b}\n`, [a, b]],
    ['several on one line, comma or semicolon between', `${a}, ${b};`, [a, b]],
    ['a link inside a sentence', `Perwali: ${a} (lihat hal. 3).`, [a]],
    ['the same link twice', `${a}\n${a}`, [a]],
    [
      'text that is not a link stays, to be reported',
      `lihat lampiran\n${a}`,
      ['lihat lampiran', a],
    ],
    ['an empty cell', '', []],
    ['a number', 42, []],
  ])('%s', (_, value, expected) => {
    expect(linksInCell(value)).toEqual(expected);
  });

  it('reads HYPERLINK formulas (either separator) and rich-text links', () => {
    expect(linksInCell('', `=HYPERLINK("${a}";"Perwali")`)).toEqual([a]);
    expect(linksInCell('', `=HYPERLINK("${a}", "Perwali")`)).toEqual([a]);
    expect(linksInCell('Perwali 12/2023', '', [b])).toEqual([b]);
  });
});
