-- The pipeline's private warehouse. Rows of the ingest tables belong to a
-- fetch-date partition (partition_date): re-running a day replaces that day's rows.
-- No primary keys on partitioned tables: DuckDB checks keys eagerly, which breaks
-- delete-then-insert of the same keys in one transaction; uniqueness is a blocking
-- expectation on the published tables instead.

CREATE TABLE raw_pages (
    partition_date  DATE NOT NULL,
    source          VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    final_url       VARCHAR,
    status          INTEGER,
    content_type    VARCHAR,
    http_charset    VARCHAR,
    content         BLOB,
    content_sha256  VARCHAR NOT NULL,
    fetched_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE fetch_log (
    partition_date  DATE NOT NULL,
    source          VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    outcome         VARCHAR NOT NULL,   -- fetched | error
    reason          VARCHAR,
    logged_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE quarantine (
    partition_date  DATE NOT NULL,
    source          VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    content_sha256  VARCHAR,
    stage           VARCHAR NOT NULL,   -- parse | extract
    reason          VARCHAR NOT NULL,
    quarantined_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE articles (
    partition_date      DATE NOT NULL,
    article_id          VARCHAR NOT NULL,
    url                 VARCHAR,
    canonical_url       VARCHAR,
    source              VARCHAR NOT NULL,
    publisher           VARCHAR,
    title               VARCHAR,
    authors             VARCHAR[],
    published_at        TIMESTAMPTZ,
    published_at_source VARCHAR,
    updated_at          TIMESTAMPTZ,
    dateline            VARCHAR,
    wire_agency         VARCHAR,
    language            VARCHAR,
    section             VARCHAR,
    body                VARCHAR NOT NULL,
    word_count          INTEGER NOT NULL,
    content_sha256      VARCHAR NOT NULL,
    fetched_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE paragraphs (
    partition_date  DATE NOT NULL,
    article_id      VARCHAR NOT NULL,
    paragraph_index INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,
    level           INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL
);

CREATE TABLE commitments (
    partition_date    DATE NOT NULL,
    commitment_id     VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    actor             VARCHAR,
    counterparty      VARCHAR,
    category          VARCHAR NOT NULL,
    action            VARCHAR NOT NULL,
    subject           VARCHAR,
    products          VARCHAR[],
    value_from        DOUBLE,
    value_to          DOUBLE,
    change            DOUBLE,
    amount            DOUBLE,
    unit              VARCHAR,
    duration_days     INTEGER,
    start_date        DATE,
    end_date          DATE,
    status            VARCHAR,
    conditional       BOOLEAN NOT NULL,
    confidence        DOUBLE NOT NULL,
    mentions          INTEGER NOT NULL,
    evidence          VARCHAR NOT NULL,
    paragraph_index   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE statements (
    partition_date    DATE NOT NULL,
    statement_id      VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    speaker           VARCHAR,
    speaker_actor_id  VARCHAR,
    speaker_country   VARCHAR,
    speaker_type      VARCHAR,
    speaker_role      VARCHAR,
    speaker_org       VARCHAR,
    quote             VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,
    verb              VARCHAR,
    addressee         VARCHAR,
    confidence        DOUBLE NOT NULL,
    paragraph_index   INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL
);

-- Reconciled across all partitions: rebuilt whole on every run.
CREATE TABLE actors (
    actor_id  VARCHAR NOT NULL,
    name      VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    country   VARCHAR,
    role      VARCHAR,
    aliases   VARCHAR[]
);

CREATE TABLE deals (
    deal_id           VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    parties           VARCHAR[] NOT NULL,
    announced_on      DATE,
    location          VARCHAR,
    status            VARCHAR,
    article_count     INTEGER NOT NULL,
    commitment_count  INTEGER NOT NULL,
    first_reported_at TIMESTAMPTZ
);

-- Syndicated copies: an article whose body repeats an earlier one's.
CREATE TABLE article_duplicates (
    article_id   VARCHAR NOT NULL,
    duplicate_of VARCHAR NOT NULL,
    similarity   DOUBLE NOT NULL
);

CREATE TABLE deal_commitments (
    commitment_id VARCHAR NOT NULL,
    deal_id       VARCHAR NOT NULL
);

CREATE TABLE releases (
    version     VARCHAR NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    path        VARCHAR NOT NULL,
    row_counts  VARCHAR NOT NULL     -- JSON object: table -> rows
);
