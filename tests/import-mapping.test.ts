import { detectMapping, mappingShape, normaliseHeader, type ImportMapping } from '../src/shapes/import-mapping';

/** The detected mapping as header → target, so expectations read like the export's header row. */
function detected(headers: string[], customFields: { key: string; label: string }[] = []) {
  const { mapping, unmapped } = detectMapping(headers, customFields);
  return {
    byHeader: Object.fromEntries(headers.map((h, i) => [h, mapping[i]])),
    unmapped: unmapped.map((i) => headers[i]),
    mapping,
  };
}

describe('detecting the mapping from other services’ export headers', () => {
  test('PartnerStack CSV export', () => {
    const result = detected(['Partner_first', 'Partner_last', 'Partner_email', 'partner_key', 'Partner_group', 'Partner_joined_date', 'Partner_clicks']);
    expect(result.byHeader).toEqual({
      Partner_first: 'firstName',
      Partner_last: 'lastName',
      Partner_email: 'email',
      partner_key: 'partnerKey',
      Partner_group: 'group',
      Partner_joined_date: 'joinedAt',
      Partner_clicks: null,
    });
    expect(result.unmapped).toEqual(['Partner_clicks']);
  });

  test('PartnerStack API field names', () => {
    expect(detected(['first_name', 'last_name', 'email', 'group_key', 'manager_email', 'joined_at', 'partner_key']).byHeader).toEqual({
      first_name: 'firstName',
      last_name: 'lastName',
      email: 'email',
      group_key: 'group',
      manager_email: 'managerEmail',
      joined_at: 'joinedAt',
      partner_key: 'partnerKey',
    });
  });

  test('Rewardful: the token is the partner key, the PayPal address is not the email', () => {
    const result = detected(['id', 'first_name', 'last_name', 'email', 'token', 'paypal_email', 'campaign', 'created_at', 'visitors', 'leads']);
    expect(result.byHeader).toEqual({
      id: 'externalId',
      first_name: 'firstName',
      last_name: 'lastName',
      email: 'email',
      token: 'partnerKey',
      paypal_email: null,
      campaign: 'group',
      created_at: 'joinedAt',
      visitors: null,
      leads: null,
    });
    expect(result.unmapped).toEqual(['paypal_email', 'visitors', 'leads']);
  });

  test('Rewardful with a program custom field for the PayPal address', () => {
    expect(detected(['email', 'paypal_email'], [{ key: 'paypal_email', label: 'PayPal email' }]).byHeader).toEqual({
      email: 'email',
      paypal_email: 'customField:paypal_email',
    });
  });

  test('FirstPromoter promoters export: the first id column is the external id, the second is left out', () => {
    const result = detected(['ID', 'Email', 'First Name', 'Last Name', 'Company Name', 'Ref ID', 'Campaign', 'Cust ID', 'Note', 'Created At', 'Clicks']);
    expect(result.byHeader).toEqual({
      ID: 'externalId',
      Email: 'email',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Company Name': 'company',
      'Ref ID': 'partnerKey',
      Campaign: 'group',
      'Cust ID': null,
      Note: 'notes',
      'Created At': 'joinedAt',
      Clicks: null,
    });
    expect(result.unmapped).toEqual(['Cust ID', 'Clicks']);
  });

  test('Tolt partners export, with a program custom field matched by label', () => {
    const result = detected(['Partner ID', 'First Name', 'Last Name', 'Email', 'Company Name', 'Referral Code', 'Program', 'Created At', 'Country'], [
      { key: 'country_code', label: 'Country' },
    ]);
    expect(result.byHeader).toEqual({
      'Partner ID': 'externalId',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Company Name': 'company',
      'Referral Code': 'partnerKey',
      Program: 'group',
      'Created At': 'joinedAt',
      Country: 'customField:country_code',
    });
    expect(result.unmapped).toEqual([]);
  });

  test('a target takes the column that names it most plainly, wherever it is: Tolt\'s group over its program', () => {
    expect(detected(['email', 'program', 'group', 'Affiliate ID', 'id']).byHeader).toEqual({ email: 'email', program: null, group: 'group', 'Affiliate ID': null, id: 'externalId' });
  });

  test('Tapfiliate affiliates export', () => {
    const result = detected(['Affiliate ID', 'Firstname', 'Lastname', 'Email', 'Company', 'Custom ID', 'Referral code', 'Date joined', 'Tags']);
    expect(result.byHeader).toEqual({
      'Affiliate ID': 'externalId',
      Firstname: 'firstName',
      Lastname: 'lastName',
      Email: 'email',
      Company: 'company',
      'Custom ID': null,
      'Referral code': 'partnerKey',
      'Date joined': 'joinedAt',
      Tags: 'notes',
    });
    expect(result.unmapped).toEqual(['Custom ID']);
  });

  test('impact.com partners export', () => {
    expect(detected(['Email Address', 'Company Name', 'Referral Code', 'Affiliate ID', 'Custom Id', 'Payout Group Name', 'First Name', 'Last Name']).byHeader).toEqual({
      'Email Address': 'email',
      'Company Name': 'company',
      'Referral Code': 'partnerKey',
      'Affiliate ID': 'externalId',
      'Custom Id': null,
      'Payout Group Name': 'group',
      'First Name': 'firstName',
      'Last Name': 'lastName',
    });
  });

  test('case, spaces, underscores, hyphens and a byte-order mark do not count', () => {
    const headers = ['\uFEFFE-Mail', ' FIRST NAME ', 'last_Name', 'Partner--KEY', 'program manager email', 'Access Level', 'external.id'];
    expect(detected(headers).byHeader).toEqual({
      '\uFEFFE-Mail': 'email',
      ' FIRST NAME ': 'firstName',
      last_Name: 'lastName',
      'Partner--KEY': 'partnerKey',
      'program manager email': 'managerEmail',
      'Access Level': 'accessLevel',
      'external.id': 'externalId',
    });
    expect(normaliseHeader(' Payout_Group-Name ')).toBe('payoutgroupname');
  });

  test('custom fields match by key or by label; a field is taken by its first column only', () => {
    const fields = [
      { key: 'tier', label: 'Partner tier' },
      { key: 'vat_id', label: 'VAT number' },
    ];
    const result = detected(['email', 'Partner Tier', 'VAT_ID', 'vat number', 'Email'], fields);
    expect(result.byHeader).toEqual({
      email: 'email',
      'Partner Tier': 'customField:tier',
      VAT_ID: 'customField:vat_id',
      'vat number': null,
      Email: null,
    });
    expect(result.unmapped).toEqual(['vat number', 'Email']);
    expect(result.mapping).toEqual({ 0: 'email', 1: 'customField:tier', 2: 'customField:vat_id', 3: null, 4: null });
  });

  test('empty headers and unknown ones are listed as unmapped, in column order', () => {
    expect(detected(['', 'Favourite colour', 'email', '  ']).unmapped).toEqual(['', 'Favourite colour', '  ']);
  });

  test('a Role column (a job title in exports) is not taken as the access level', () => {
    expect(detected(['Email', 'Role', 'Access level']).byHeader).toEqual({ Email: 'email', Role: null, 'Access level': 'accessLevel' });
  });
});

describe('checking an edited mapping', () => {
  const shape = mappingShape({ customFieldKeys: ['tier'], columnCount: 4 });
  const messages = (mapping: unknown) => {
    const result = shape.safeParse(mapping);
    return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };

  test('a mapping with email once, known targets and ignored columns passes', () => {
    const mapping: ImportMapping = { 0: 'email', 1: 'customField:tier', 2: null, 3: 'firstName' };
    expect(shape.parse(mapping)).toEqual({ '0': 'email', '1': 'customField:tier', '2': null, '3': 'firstName' });
  });

  test('email must be mapped', () => {
    expect(messages({ 0: 'firstName', 1: null })).toEqual([{ path: '', message: 'Choose the column that holds the partners’ email addresses.' }]);
  });

  test('email, like every target, comes from one column only', () => {
    expect(messages({ 0: 'email', 1: 'email', 2: 'group', 3: 'group' })).toEqual([
      { path: '1', message: 'Another column is already imported as email; import each field from one column.' },
      { path: '3', message: 'Another column is already imported as group; import each field from one column.' },
    ]);
  });

  test('custom fields must be the program’s', () => {
    expect(messages({ 0: 'email', 1: 'customField:unknown' })).toEqual([{ path: '1', message: '"unknown" is not a custom field of this program.' }]);
  });

  test('an unknown target, a column the file lacks, or a key that is no index are refused', () => {
    expect(messages({ 0: 'email', 1: 'favouriteColour' })).toEqual([{ path: '1', message: 'Choose a field to import this column into, or ignore it.' }]);
    expect(messages({ 0: 'email', 7: 'firstName' })).toEqual([{ path: '7', message: 'The file has no column 8.' }]);
    expect(shape.safeParse({ 0: 'email', first: 'firstName' }).success).toBe(false);
  });
});
