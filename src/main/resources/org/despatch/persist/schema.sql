-- Despatch schema. Internal tables (DSP_*) may change; the ARCHIVE_* views are the researchers' contract.
-- Statements are separated by lines holding only ";". ${TEXT} and ${CLOB} are filled in per database.

CREATE SEQUENCE IF NOT EXISTS DSP_ID_SEQ START WITH 50 INCREMENT BY 50
;
CREATE TABLE IF NOT EXISTS DSP_DOCUMENT (
    ID               BIGINT        NOT NULL PRIMARY KEY,
    SOURCE_PATH      VARCHAR(16384) NOT NULL,
    SOURCE_KEY       CHAR(64)      NOT NULL,
    SHA256           CHAR(64)      NOT NULL,
    SIZE_BYTES       BIGINT,
    STAGE            VARCHAR(16)   NOT NULL,
    STATUS           VARCHAR(16)   NOT NULL,
    ERROR            VARCHAR(1000),
    MEDIA_TYPE       VARCHAR(255),
    PARSER           VARCHAR(128),
    PARSE_MILLIS     BIGINT,
    TITLE            VARCHAR(1000),
    LANGUAGE         VARCHAR(16),
    CHAR_COUNT       INTEGER,
    CONTENT_HASH     CHAR(64),
    DUPLICATE_OF     BIGINT,
    CREDIT           VARCHAR(1000),
    LABEL            VARCHAR(16),
    MODEL_VERSION    VARCHAR(64),
    JOB_EXECUTION_ID BIGINT,
    INGESTED_AT      TIMESTAMP,
    CONSTRAINT DSP_DOCUMENT_SOURCE UNIQUE (SOURCE_KEY, SHA256)
)
;
-- added after the first release: databases created before get the columns here
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS DOCUMENT_DATE DATE
;
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS DATE_SOURCE VARCHAR(16)
;
CREATE INDEX IF NOT EXISTS DSP_DOCUMENT_DATE ON DSP_DOCUMENT (DOCUMENT_DATE)
;
CREATE INDEX IF NOT EXISTS DSP_DOCUMENT_STAGE ON DSP_DOCUMENT (STAGE, ID)
;
CREATE INDEX IF NOT EXISTS DSP_DOCUMENT_CONTENT ON DSP_DOCUMENT (CONTENT_HASH, ID)
;
CREATE INDEX IF NOT EXISTS DSP_DOCUMENT_JOB ON DSP_DOCUMENT (JOB_EXECUTION_ID)
;
-- embedded documents (issue 3): the document each was found in while extracting it
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS PARENT_ID BIGINT
;
CREATE INDEX IF NOT EXISTS DSP_DOCUMENT_PARENT ON DSP_DOCUMENT (PARENT_ID)
;
-- the file whose parse found an embedded document, at any depth: a deferred document is read through it
-- (not indexed with STAGE, which every step changes: the stage is filtered over one file's rows from the first
-- waiting one on)
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS ROOT_ID BIGINT
;
CREATE INDEX IF NOT EXISTS DSP_DOCUMENT_ROOT ON DSP_DOCUMENT (ROOT_ID, ID)
;
-- where in its root (an mbox) the message holding a document begins: a parse for the messages waiting there seeks
-- to the first of them instead of reading the mailbox from its start
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS MESSAGE_OFFSET BIGINT
;
CREATE TABLE IF NOT EXISTS DSP_DOCUMENT_TEXT (
    DOCUMENT_ID BIGINT NOT NULL PRIMARY KEY,
    CONTENT     ${CLOB}
)
;
CREATE TABLE IF NOT EXISTS DSP_SECTION (
    ID               BIGINT        NOT NULL PRIMARY KEY,
    DOCUMENT_ID      BIGINT        NOT NULL,
    ORDINAL          INTEGER       NOT NULL,
    HEADING          VARCHAR(1000),
    LABEL            VARCHAR(16),
    DIPLOMATIC_SCORE DOUBLE PRECISION,
    MILITARY_SCORE   DOUBLE PRECISION,
    EVIDENCE         VARCHAR(4000),
    MODEL_VERSION    VARCHAR(64),
    CONSTRAINT DSP_SECTION_POSITION UNIQUE (DOCUMENT_ID, ORDINAL)
)
;
CREATE TABLE IF NOT EXISTS DSP_PARAGRAPH (
    ID                BIGINT      NOT NULL PRIMARY KEY,
    DOCUMENT_ID       BIGINT      NOT NULL,
    SECTION_ID        BIGINT,
    ORDINAL           INTEGER     NOT NULL,
    KIND              VARCHAR(16) NOT NULL,
    TEXT              ${TEXT}     NOT NULL,
    TEXT_HASH         CHAR(64)    NOT NULL,
    REPEAT_OF_ORDINAL INTEGER     NOT NULL,
    DUPLICATE_OF      BIGINT,
    LABEL             VARCHAR(16),
    DIPLOMATIC_SCORE  DOUBLE PRECISION,
    MILITARY_SCORE    DOUBLE PRECISION,
    EVIDENCE          VARCHAR(4000),
    MODEL_VERSION     VARCHAR(64),
    CONSTRAINT DSP_PARAGRAPH_POSITION UNIQUE (DOCUMENT_ID, ORDINAL)
)
;
-- paragraph language (issue 3): the paragraph's own, where its text is long enough to tell
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS LANGUAGE VARCHAR(16)
;
CREATE INDEX IF NOT EXISTS DSP_PARAGRAPH_HASH ON DSP_PARAGRAPH (TEXT_HASH, DOCUMENT_ID, ORDINAL)
;
CREATE INDEX IF NOT EXISTS DSP_PARAGRAPH_SECTION ON DSP_PARAGRAPH (SECTION_ID)
;
-- near-duplicate clusters (added after the first release): see org.despatch.dedupe
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS CLUSTER_ID BIGINT
;
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS SIMILARITY DOUBLE PRECISION
;
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS DUPLICATE_KIND VARCHAR(16)
;
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS MATCH_ID BIGINT
;
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS MATCH_SIMILARITY DOUBLE PRECISION
;
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS CONTAINS_MATCH BOOLEAN
;
ALTER TABLE DSP_DOCUMENT ADD COLUMN IF NOT EXISTS DIFFERS VARCHAR(1000)
;
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS CLUSTER_ID BIGINT
;
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS SIMILARITY DOUBLE PRECISION
;
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS DUPLICATE_KIND VARCHAR(16)
;
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS MATCH_ID BIGINT
;
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS MATCH_SIMILARITY DOUBLE PRECISION
;
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS CONTAINS_MATCH BOOLEAN
;
ALTER TABLE DSP_PARAGRAPH ADD COLUMN IF NOT EXISTS DIFFERS VARCHAR(1000)
;
CREATE INDEX IF NOT EXISTS DSP_DOCUMENT_CLUSTER ON DSP_DOCUMENT (CLUSTER_ID)
;
CREATE INDEX IF NOT EXISTS DSP_PARAGRAPH_CLUSTER ON DSP_PARAGRAPH (CLUSTER_ID)
;
-- the LSH and opening keys of each paragraph (P) and document (D), one row per text with its place in the order of
-- arrival (KEY_VALUES: the keys, 8 bytes each, big-endian, the opening key last; SKETCH: one bit of each minimum
-- hash in 8-byte words, then the number of distinct shingles in 4 bytes; null for texts filed before sketches were
-- kept, without the count for texts filed before it was kept). The dedupe step builds an in-memory index from
-- them, so a later text is compared only with the earlier texts sharing its keys, never with the whole archive. One row per text, not per
-- key: a row per key and an index over them made the database rewrite an index page per key at every commit
CREATE TABLE IF NOT EXISTS DSP_DEDUPE_SIGNATURE (
    ITEM_TYPE  CHAR(1) NOT NULL,
    ITEM_ORDER BIGINT  NOT NULL,
    ITEM_ID    BIGINT  NOT NULL,
    KEY_VALUES ${BINARY} NOT NULL,
    SKETCH     ${BINARY},
    CONSTRAINT DSP_DEDUPE_SIGNATURE_PK PRIMARY KEY (ITEM_TYPE, ITEM_ORDER, ITEM_ID)
)
;
CREATE OR REPLACE VIEW ARCHIVE_DOCUMENT AS
SELECT d.ID AS document_id, d.SOURCE_PATH AS source_path, d.MEDIA_TYPE AS media_type, d.SHA256 AS sha256,
       d.STATUS AS status, d.ERROR AS error, d.TITLE AS title, d.LANGUAGE AS language, d.CHAR_COUNT AS char_count,
       d.DUPLICATE_OF AS duplicate_of, d.JOB_EXECUTION_ID AS job_execution_id, d.INGESTED_AT AS ingested_at,
       d.SIZE_BYTES AS size_bytes, d.PARSER AS parser, d.PARSE_MILLIS AS parse_millis, d.CREDIT AS credit,
       d.LABEL AS label, d.MODEL_VERSION AS model_version, d.STAGE AS stage,
       d.DOCUMENT_DATE AS document_date, d.DATE_SOURCE AS date_source,
       d.CLUSTER_ID AS cluster_id, d.SIMILARITY AS similarity, d.DUPLICATE_KIND AS duplicate_kind,
       d.MATCH_ID AS match_id, d.MATCH_SIMILARITY AS match_similarity, d.CONTAINS_MATCH AS contains_match,
       d.DIFFERS AS differs, d.PARENT_ID AS parent_id
FROM DSP_DOCUMENT d
;
CREATE OR REPLACE VIEW ARCHIVE_SECTION AS
SELECT s.ID AS section_id, s.DOCUMENT_ID AS document_id, s.ORDINAL AS ordinal, s.HEADING AS heading,
       s.LABEL AS label, s.DIPLOMATIC_SCORE AS diplomatic_score, s.MILITARY_SCORE AS military_score,
       s.EVIDENCE AS evidence, s.MODEL_VERSION AS model_version,
       CASE WHEN d.DUPLICATE_OF IS NULL THEN NULL ELSE
           (SELECT o.ID FROM DSP_SECTION o WHERE o.DOCUMENT_ID = d.DUPLICATE_OF AND o.ORDINAL = s.ORDINAL)
       END AS duplicate_of
FROM DSP_SECTION s JOIN DSP_DOCUMENT d ON d.ID = s.DOCUMENT_ID
;
CREATE OR REPLACE VIEW ARCHIVE_PARAGRAPH AS
SELECT p.ID AS paragraph_id, p.DOCUMENT_ID AS document_id, p.SECTION_ID AS section_id, p.ORDINAL AS ordinal,
       p.TEXT AS text, p.LABEL AS label, p.DIPLOMATIC_SCORE AS diplomatic_score,
       p.MILITARY_SCORE AS military_score, p.EVIDENCE AS evidence, p.DUPLICATE_OF AS duplicate_of,
       p.KIND AS kind, COALESCE(p.LANGUAGE, d.LANGUAGE) AS language, p.MODEL_VERSION AS model_version, d.DOCUMENT_DATE AS document_date,
       p.CLUSTER_ID AS cluster_id, p.SIMILARITY AS similarity, p.DUPLICATE_KIND AS duplicate_kind,
       p.MATCH_ID AS match_id, p.MATCH_SIMILARITY AS match_similarity, p.CONTAINS_MATCH AS contains_match,
       p.DIFFERS AS differs
FROM DSP_PARAGRAPH p JOIN DSP_DOCUMENT d ON d.ID = p.DOCUMENT_ID
;
CREATE OR REPLACE VIEW ARCHIVE_DUPLICATE_CLUSTER AS
SELECT c.item_type, c.cluster_id,
       CASE WHEN c.contained > 0 THEN 'CONTAINED' WHEN c.near > 0 THEN 'NEAR' ELSE 'EXACT' END AS kind,
       c.size, c.cluster_id AS canonical_id, c.min_similarity, c.first_seen, c.last_seen, c.first_date, c.last_date
FROM (
    SELECT 'DOCUMENT' AS item_type, d.CLUSTER_ID AS cluster_id, COUNT(*) AS size,
           SUM(CASE WHEN d.DUPLICATE_KIND = 'CONTAINED' AND d.ID <> d.CLUSTER_ID THEN 1 ELSE 0 END) AS contained,
           SUM(CASE WHEN d.DUPLICATE_KIND = 'NEAR' AND d.ID <> d.CLUSTER_ID THEN 1 ELSE 0 END) AS near,
           MIN(d.SIMILARITY) AS min_similarity, MIN(d.INGESTED_AT) AS first_seen, MAX(d.INGESTED_AT) AS last_seen,
           MIN(d.DOCUMENT_DATE) AS first_date, MAX(d.DOCUMENT_DATE) AS last_date
    FROM DSP_DOCUMENT d WHERE d.CLUSTER_ID IS NOT NULL GROUP BY d.CLUSTER_ID HAVING COUNT(*) > 1
    UNION ALL
    SELECT 'PARAGRAPH', p.CLUSTER_ID, COUNT(*),
           SUM(CASE WHEN p.DUPLICATE_KIND = 'CONTAINED' AND p.ID <> p.CLUSTER_ID THEN 1 ELSE 0 END),
           SUM(CASE WHEN p.DUPLICATE_KIND = 'NEAR' AND p.ID <> p.CLUSTER_ID THEN 1 ELSE 0 END),
           MIN(p.SIMILARITY), MIN(d.INGESTED_AT), MAX(d.INGESTED_AT), MIN(d.DOCUMENT_DATE), MAX(d.DOCUMENT_DATE)
    FROM DSP_PARAGRAPH p JOIN DSP_DOCUMENT d ON d.ID = p.DOCUMENT_ID
    WHERE p.CLUSTER_ID IS NOT NULL GROUP BY p.CLUSTER_ID HAVING COUNT(*) > 1
) c
;
