--
-- The scalar validators crmdb.is_valid_email(), crmdb.is_valid_phone() and
-- crmdb.is_valid_currency(): good and bad values, edge cases, properties.
--
CREATE EXTENSION crmdb;

-- IMMUTABLE, STRICT, PARALLEL SAFE, executable by PUBLIC.
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute
FROM pg_proc p
WHERE p.pronamespace = 'crmdb'::regnamespace
  AND p.proname LIKE 'is\_valid\_%'
ORDER BY 1;

-- NULL in, NULL out (STRICT).
SELECT crmdb.is_valid_email(NULL) IS NULL AS email_null,
       crmdb.is_valid_phone(NULL) IS NULL AS phone_null,
       crmdb.is_valid_currency(NULL) IS NULL AS currency_null;

--
-- E-mail addresses
--
CREATE TEMP TABLE emails (note text, address text);
INSERT INTO emails VALUES
    ('plain', 'an.nguyen@example.vn'),
    ('subdomains', 'contact@mail.minhphat.com.vn'),
    ('atext specials', 'o''brien+loans!#$%&*/=?^_`{|}~-x@bank.com'),
    ('digits and hyphens', 'user-1@bank-2.vn'),
    ('upper case', 'AN.NGUYEN@EXAMPLE.VN'),
    ('IDN A-label', 'nguyen@xn--bcher-kva.example'),
    ('IDN A-label TLD', 'info@example.xn--p1ai'),
    ('IDN upper-case A-label', 'info@XN--BCHER-KVA.example'),
    ('64-octet local part', repeat('a', 64) || '@example.com'),
    ('65-octet local part', repeat('a', 65) || '@example.com'),
    ('63-octet label', 'a@' || repeat('b', 63) || '.com'),
    ('64-octet label', 'a@' || repeat('b', 64) || '.com'),
    ('254 octets in all', repeat('a', 64) || '@' || repeat('b', 63) || '.' || repeat('c', 63) || '.' || repeat('d', 58) || '.vn'),
    ('255 octets in all', repeat('a', 64) || '@' || repeat('b', 63) || '.' || repeat('c', 63) || '.' || repeat('d', 59) || '.vn'),
    ('empty', ''),
    ('no @', 'an.nguyen.example.vn'),
    ('two @', 'an@nguyen@example.vn'),
    ('empty local part', '@example.vn'),
    ('empty domain', 'an@'),
    ('leading dot in local part', '.an@example.vn'),
    ('trailing dot in local part', 'an.@example.vn'),
    ('double dot in local part', 'an..nguyen@example.vn'),
    ('leading dot in domain', 'an@.example.vn'),
    ('trailing dot in domain', 'an@example.vn.'),
    ('double dot in domain', 'an@example..vn'),
    ('no dot in domain', 'an@localhost'),
    ('label starts with hyphen', 'an@-example.vn'),
    ('label ends with hyphen', 'an@example-.vn'),
    ('reserved ??-- label', 'an@ab--cd.vn'),
    ('bare xn-- label', 'an@xn--.vn'),
    ('underscore in domain', 'an@ex_ample.vn'),
    ('numeric TLD', 'an@example.123'),
    ('domain literal', 'an@[192.0.2.1]'),
    ('quoted local part', '"an nguyen"@example.vn'),
    ('space', 'an nguyen@example.vn'),
    ('comma', 'an,nguyen@example.vn'),
    ('non-ASCII local part', 'nguyễn@example.vn'),
    ('non-ASCII domain', 'an@bücher.example');
SELECT note, octet_length(address) AS octets, crmdb.is_valid_email(address) AS valid
FROM emails ORDER BY valid DESC, note COLLATE "C";

--
-- Phone numbers: an optional leading +, then 8 to 15 digits, once spaces,
-- dots, dashes and parentheses are gone.
--
CREATE TEMP TABLE phones (note text, number text);
INSERT INTO phones VALUES
    ('mobile', '0901234567'),
    ('international', '+84901234567'),
    ('spaces', '+84 90 123 4567'),
    ('dots and dashes', '090.123-4567'),
    ('parentheses', '(028) 3822 1234'),
    ('plus inside parentheses', '(+84) 28 3822 1234'),
    ('8 digits', '38221234'),
    ('15 digits', '+123456789012345'),
    ('7 digits', '3822123'),
    ('16 digits', '+1234567890123456'),
    ('7 digits and separators', '(38) 22-123'),
    ('empty', ''),
    ('only a plus', '+'),
    ('two plus signs', '++84901234567'),
    ('plus after digits', '84+901234567'),
    ('letters', '0901-CALL-NOW'),
    ('extension', '0901234567 ext 12'),
    ('slash', '0901/234567'),
    ('tab', E'0901\t234567'),
    ('full-width digits', '０９０１２３４５６７');
SELECT note, number, crmdb.is_valid_phone(number) AS valid
FROM phones ORDER BY valid DESC, note COLLATE "C";

--
-- Currencies: active ISO 4217 codes, upper case.
--
SELECT code, crmdb.is_valid_currency(code) AS valid
FROM unnest(ARRAY[
    'VND', 'USD', 'EUR', 'JPY', 'XAU', 'CHE',  -- active
    'AED', 'ZWG',                              -- first and last of the list
    'SLE', 'VED', 'XCG', 'XAD',                -- recent additions
    'vnd', 'Usd',                              -- not upper case
    'HRK', 'ZWL', 'ANG', 'VEF', 'DEM',         -- withdrawn
    'XTS', 'XXX',                              -- testing, no currency
    'US', 'USDT', '', 'V N', '704'             -- not codes
]) AS code
ORDER BY valid DESC, code COLLATE "C";

--
-- Usable in CHECK constraints.
--
CREATE TEMP TABLE contacts (
    email text CONSTRAINT contacts_email_check CHECK (crmdb.is_valid_email(email)),
    phone text CONSTRAINT contacts_phone_check CHECK (crmdb.is_valid_phone(phone)),
    currency text CONSTRAINT contacts_currency_check CHECK (crmdb.is_valid_currency(currency))
);
INSERT INTO contacts VALUES ('an@example.vn', '0901234567', 'VND');
INSERT INTO contacts VALUES ('an@example', '0901234567', 'VND');
INSERT INTO contacts VALUES ('an@example.vn', '0901', 'VND');
INSERT INTO contacts VALUES ('an@example.vn', '0901234567', 'vnd');
SELECT * FROM contacts;

-- Leave the database as we found it, for the next test.
DROP TABLE contacts;
DROP EXTENSION crmdb;
DROP SCHEMA crmdb;
