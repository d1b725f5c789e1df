-- Fills an empty Parley database (schema already applied by `parley ingest`) with a synthetic
-- store for the query benchmark: 100,000 actors, 1,000,000 meetings, 300,000 statements,
-- 100,000 articles. Deterministic: every choice is a hash of the row number, no random().
--
-- Actor n is "Given Surname" (n <= 16,000) or "Given Surname-Surname"; every actor has its full
-- name and its last surname as aliases (so a bare surname is ambiguous, as in real data).
-- Participants are drawn with u*u skew: actor 1 is in ~7,000 meetings, actor 100,000 in ~10.
-- Run: sqlite3 big.sqlite < Scripts/bench-store.sql

PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA foreign_keys = OFF;
PRAGMA cache_size = -200000;

DELETE FROM mention; DELETE FROM statement; DELETE FROM meeting_participant; DELETE FROM meeting;
DELETE FROM article_actor; DELETE FROM actor_role; DELETE FROM actor_alias; DELETE FROM actor; DELETE FROM article;

BEGIN;

CREATE TEMP TABLE given (i INTEGER PRIMARY KEY, name TEXT);
INSERT INTO given (name) VALUES
 ('James'),('John'),('Robert'),('Michael'),('William'),('David'),('Richard'),('Thomas'),('Mark'),('Paul'),
 ('Peter'),('Anna'),('Maria'),('Elena'),('Sarah'),('Laura'),('Emma'),('Sophie'),('Olga'),('Irina'),
 ('Sergei'),('Dmitri'),('Ivan'),('Vladimir'),('Ahmed'),('Mohammed'),('Ali'),('Hassan'),('Omar'),('Fatima'),
 ('Leila'),('Carlos'),('Juan'),('Luis'),('Jose'),('Miguel'),('Ana'),('Isabel'),('Pedro'),('Hans'),
 ('Klaus'),('Angela'),('Ursula'),('Pierre'),('Jean'),('Marie'),('Claude'),('Giorgio'),('Marco'),('Luca'),
 ('Giulia'),('Kenji'),('Hiroshi'),('Yuki'),('Raj'),('Priya'),('Arjun'),('Sunil'),('Wei'),('Ming'),
 ('Kwame'),('Kofi'),('Ngozi'),('Jacob'),('Daniel'),('Rachel'),('Miriam'),('Noah'),('Olivia'),('Charlotte'),
 ('Lars'),('Ingrid'),('Mehmet'),('Mustafa'),('Reza'),('Nasser'),('Yasmin'),('Tomasz'),('Piotr'),('Andrei'),
 ('Javier'),('Diego'),('Ricardo'),('Fernando'),('Gabriel'),('Rafael'),('Nikolai'),('Pavel'),('Boris'),('Viktor'),
 ('Akira'),('Sanjay'),('Vikram'),('Helen'),('Susan'),('Catherine'),('Margaret'),('Antonio'),('Stefan'),('Karl');
CREATE TEMP TABLE surname (i INTEGER PRIMARY KEY, name TEXT);
INSERT INTO surname (name) VALUES
 ('Li'),('Wang'),('Zhang'),('Chen'),('Liu'),('Ivanov'),('Petrov'),('Smirnov'),('Volkov'),('Sokolov'),
 ('Mueller'),('Schmidt'),('Schneider'),('Fischer'),('Weber'),('Martin'),('Bernard'),('Dubois'),('Laurent'),('Lefebvre'),
 ('Rossi'),('Russo'),('Ferrari'),('Esposito'),('Bianchi'),('Garcia'),('Rodriguez'),('Martinez'),('Lopez'),('Gonzalez'),
 ('Perez'),('Sanchez'),('Silva'),('Santos'),('Oliveira'),('Souza'),('Costa'),('Pereira'),('Smith'),('Johnson'),
 ('Williams'),('Brown'),('Jones'),('Miller'),('Davis'),('Wilson'),('Anderson'),('Taylor'),('Moore'),('Jackson'),
 ('Harris'),('Clark'),('Lewis'),('Walker'),('Hall'),('Allen'),('Young'),('King'),('Wright'),('Scott'),
 ('Green'),('Baker'),('Adams'),('Nelson'),('Carter'),('Mitchell'),('Roberts'),('Turner'),('Phillips'),('Campbell'),
 ('Parker'),('Evans'),('Edwards'),('Collins'),('Stewart'),('Morris'),('Tanaka'),('Suzuki'),('Takahashi'),('Watanabe'),
 ('Yamamoto'),('Nakamura'),('Kobayashi'),('Sato'),('Kato'),('Yoshida'),('Sharma'),('Gupta'),('Singh'),('Kumar'),
 ('Patel'),('Reddy'),('Rao'),('Iyer'),('Nair'),('Mehta'),('Khan'),('Hussain'),('Rahman'),('Haddad'),
 ('Nasr'),('Saleh'),('Mansour'),('Farouk'),('Yilmaz'),('Kaya'),('Demir'),('Celik'),('Sahin'),('Kowalski'),
 ('Nowak'),('Wisniewski'),('Horvat'),('Kovac'),('Novak'),('Popescu'),('Ionescu'),('Papadopoulos'),('Nielsen'),('Hansen'),
 ('Larsen'),('Andersen'),('Johansson'),('Lindqvist'),('Virtanen'),('Korhonen'),('Okafor'),('Adeyemi'),('Mensah'),('Owusu'),
 ('Mwangi'),('Otieno'),('Tesfaye'),('Haile'),('Nguyen'),('Tran'),('Pham'),('Hoang'),('Santoso'),('Wijaya'),
 ('Ahmadi'),('Hosseini'),('Karimi'),('Rezaei'),('Cohen'),('Levi'),('Mizrahi'),('Friedman'),('Kuznetsov'),('Morozov'),
 ('Lebedev'),('Novikov'),('Fedorov'),('Bondarenko'),('Shevchenko'),('Kovalenko'),('Tkachenko'),('Mendoza'),('Castillo'),('Vargas');
CREATE TEMP TABLE place (i INTEGER PRIMARY KEY, name TEXT);
INSERT INTO place (name) VALUES ('Geneva'),('Vienna'),('Beijing'),('Moscow'),('Washington'),('Paris'),('Berlin'),
 ('New York'),('Brussels'),('Tokyo'),('New Delhi'),('Ankara'),('Doha'),('Singapore'),('Helsinki'),('Cairo');
CREATE TEMP TABLE country (i INTEGER PRIMARY KEY, code TEXT);
INSERT INTO country (code) VALUES ('USA'),('CHN'),('RUS'),('FRA'),('DEU'),('GBR'),('JPN'),('IND'),('BRA'),('TUR'),
 ('IRN'),('ISR'),('EGY'),('SAU'),('QAT'),('PAK'),('IDN'),('AUS'),('CAN'),('MEX'),('ZAF'),('NGA'),('UKR'),('POL');

-- 100,000 actors.
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000),
named AS (
    SELECT x, (SELECT name FROM given WHERE i = 1 + x % 100) || ' '
              || (SELECT name FROM surname WHERE i = 1 + (x / 100) % 160)
              || CASE WHEN x > 16000 THEN '-' || (SELECT name FROM surname WHERE i = 1 + (x / 16000) % 160) ELSE '' END
              AS name
    FROM n)
INSERT INTO actor (id, name, normalized_name, kind, country)
SELECT x, name, lower(replace(name, '-', ' ')), 'person', (SELECT code FROM country WHERE i = 1 + x % 24) FROM named;

INSERT INTO actor_alias (actor_id, normalized, alias) SELECT id, normalized_name, name FROM actor;
INSERT OR IGNORE INTO actor_alias (actor_id, normalized, alias)
SELECT id, lower(replace(substr(name, instr(name, ' ') + 1), '-', ' ')), substr(name, instr(name, ' ') + 1) FROM actor;
INSERT INTO actor_role (actor_id, title, country, first_seen, last_seen)
SELECT id, CASE id % 4 WHEN 0 THEN 'Foreign Minister' WHEN 1 THEN 'Ambassador' WHEN 2 THEN 'President' ELSE 'spokesman' END,
       country, '2015-01-01', '2024-12-31' FROM actor;

-- 100,000 short articles, then the full-text index rebuilt from them (the store, not a trigger, feeds it).
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000)
INSERT INTO article (id, origin, title, published, content_hash, text, ingested_at)
SELECT x, 'synthetic/' || x || '.txt', 'Synthetic article ' || x,
       date('2015-01-01', '+' || ((x * 2654435761) % 3650) || ' days'), printf('%064x', x),
       'Synthetic article ' || x || ' about diplomatic meetings and statements.', '2025-01-01T00:00:00Z'
FROM n;
INSERT INTO article_search (article_search) VALUES ('rebuild');

-- 1,000,000 meetings over ten years.
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000)
INSERT INTO meeting (id, kind, status, date, date_precision, location)
SELECT x,
       CASE (x * 40503) % 7 WHEN 0 THEN 'talks' WHEN 1 THEN 'visit' WHEN 2 THEN 'call' WHEN 3 THEN 'summit' ELSE 'meeting' END,
       CASE (x * 2246822519) % 20 WHEN 0 THEN 'planned' WHEN 1 THEN 'cancelled' WHEN 2 THEN 'postponed' ELSE 'occurred' END,
       date('2015-01-01', '+' || ((x * 2654435761) % 3652) || ' days'), 'day',
       (SELECT name FROM place WHERE i = 1 + (x * 3266489917) % 16)
FROM n;

-- Two to four participants each, skewed towards low actor ids; the participant row repeats the date.
WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 3),
draws AS (
    SELECT m.id AS meeting_id, m.date AS date, k.j AS j,
           (((m.id * 2654435761) + (k.j + 1) * 2246822519 * (m.id % 65521 + 1)) % 4294967296) / 4294967296.0 AS u
    FROM meeting m, k
    WHERE k.j < 2 + (m.id % 5 = 0) + (m.id % 17 = 0))
INSERT OR IGNORE INTO meeting_participant (meeting_id, actor_id, role, date)
SELECT meeting_id, 1 + CAST(100000 * u * u AS INTEGER), 'participant', date FROM draws;

-- 300,000 statements.
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000)
INSERT INTO statement (id, act, speaker_id, target_id, quote, date, date_precision)
SELECT x, CASE x % 4 WHEN 0 THEN 'say' WHEN 1 THEN 'accuse' WHEN 2 THEN 'warn' ELSE 'praise' END,
       1 + CAST(100000 * (((x * 2654435761) % 4294967296) / 4294967296.0) * (((x * 2654435761) % 4294967296) / 4294967296.0) AS INTEGER),
       CASE WHEN x % 3 = 0 THEN 1 + (x * 40503) % 100000 END,
       CASE WHEN x % 2 = 0 THEN 'We had a frank and constructive exchange of views' END,
       date('2015-01-01', '+' || ((x * 2246822519) % 3652) || ' days'), 'day'
FROM n;

-- One mention per meeting and statement, spread over the articles.
INSERT INTO mention (article_id, meeting_id, statement_id, sentence, start, end)
SELECT 1 + id % 100000, id, NULL, 'Synthetic sentence reporting meeting ' || id || '.', 0, 40 FROM meeting;
INSERT INTO mention (article_id, meeting_id, statement_id, sentence, start, end)
SELECT 1 + id % 100000, NULL, id, 'Synthetic sentence reporting statement ' || id || '.', 0, 40 FROM statement;
INSERT OR IGNORE INTO article_actor (article_id, actor_id)
SELECT 1 + p.meeting_id % 100000, p.actor_id FROM meeting_participant p;

COMMIT;
