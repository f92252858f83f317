"""The database schema as numbered migrations; ``PRAGMA user_version`` records how many have run.

Append a new step to change the schema; never edit a step that has shipped.
"""

from __future__ import annotations

_SCHEMA_1 = [
    """CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        url TEXT,
        published TEXT,
        outlet TEXT,
        origin TEXT,
        text TEXT NOT NULL,
        extraction TEXT NOT NULL,
        stored_at TEXT NOT NULL
    )""",
    """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT,
        canonical TEXT,
        country TEXT,
        sector TEXT,
        role TEXT,
        "start" INTEGER,
        "end" INTEGER,
        mentions INTEGER NOT NULL,
        spans TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE attributions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        "start" INTEGER,
        "end" INTEGER,
        stance TEXT,
        form TEXT,
        parent INTEGER,
        source_text TEXT,
        source_kind TEXT,
        source_count INTEGER,
        source_entity INTEGER,
        source_country TEXT,
        source_sector TEXT,
        source_role TEXT,
        source_anonymity TEXT,
        source_spans TEXT NOT NULL,
        cue_text TEXT,
        cue_spans TEXT NOT NULL,
        content_text TEXT,
        content_spans TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        "start" INTEGER,
        "end" INTEGER,
        type TEXT NOT NULL,
        status TEXT,
        mode TEXT,
        context TEXT NOT NULL,
        trigger_text TEXT,
        trigger_spans TEXT NOT NULL,
        sentence_start INTEGER,
        sentence_end INTEGER,
        actor TEXT NOT NULL,
        actor_code TEXT NOT NULL,
        actor_sector TEXT NOT NULL,
        recipient TEXT NOT NULL,
        recipient_code TEXT NOT NULL,
        recipient_sector TEXT NOT NULL,
        location TEXT,
        location_country TEXT,
        location_lat REAL,
        location_lon REAL,
        location_geonameid INTEGER,
        date TEXT,
        attributions TEXT NOT NULL,
        size TEXT NOT NULL,
        confidence REAL,
        PRIMARY KEY (article_id, idx)
    )""",
    """CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        "start" INTEGER,
        "end" INTEGER,
        text TEXT NOT NULL,
        value REAL,
        unit TEXT,
        si_value REAL,
        si_unit TEXT,
        approximate INTEGER NOT NULL,
        bound TEXT,
        range_low REAL,
        range_high REAL,
        counted TEXT,
        flags TEXT NOT NULL,
        note TEXT,
        spans TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
    "CREATE INDEX entities_canonical ON entities(canonical)",
    "CREATE INDEX entities_country ON entities(country)",
    "CREATE INDEX events_type ON events(type)",
    "CREATE INDEX attributions_source_kind ON attributions(source_kind)",
]

_COPY_GROUPS = [
    """CREATE TABLE copy_groups (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        group_id TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX copy_groups_group ON copy_groups(group_id)",
]

# A cache of sentence embeddings, keyed by a hash of the model and the text (see evidence.encoder).
_TEXT_VECTORS = ["CREATE TABLE text_vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)"]

# Claims maintained at ingest: each article's claim items (with their embedding), the keys that block
# candidate pairs, the claims with their statement and its embedding, and links between claims.
_CLAIMS = [
    """CREATE TABLE claim_items (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        claim_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        stance TEXT NOT NULL,
        source TEXT,
        source_key TEXT,
        source_kind TEXT,
        via TEXT,
        type TEXT,
        published TEXT,
        "start" INTEGER,
        "end" INTEGER,
        text TEXT NOT NULL,
        item TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (article_id, idx)
    )""",
    "CREATE INDEX claim_items_claim ON claim_items(claim_id)",
    "CREATE INDEX claim_items_source ON claim_items(source_key)",
    """CREATE TABLE claim_keys (
        key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        PRIMARY KEY (key, article_id, idx),
        FOREIGN KEY (article_id, idx) REFERENCES claim_items(article_id, idx) ON DELETE CASCADE
    ) WITHOUT ROWID""",
    "CREATE INDEX claim_keys_item ON claim_keys(article_id, idx)",
    """CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        statement TEXT NOT NULL,
        type TEXT,
        actor TEXT NOT NULL,
        recipient TEXT NOT NULL,
        date TEXT,
        item_count INTEGER NOT NULL,
        article_count INTEGER NOT NULL,
        first_reported TEXT,
        vector BLOB NOT NULL
    )""",
    """CREATE TABLE claim_links (
        claim_id TEXT NOT NULL,
        other_id TEXT NOT NULL,
        relation TEXT NOT NULL,
        PRIMARY KEY (claim_id, other_id, relation)
    )""",
    """CREATE TABLE grouped_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        items INTEGER NOT NULL
    )""",
]

# Readable views for SQL and Datasette (``dossier datasette-metadata``), and the claims' grades: a grade
# weighs every claim's sources across reports, so it is written when asked for (``EvidenceBase.grade``),
# not at each ingest; ``graded_at`` says when.
_READABLE = [
    """CREATE TABLE claim_grades (
        claim_id TEXT PRIMARY KEY,
        grade INTEGER NOT NULL,
        grade_label TEXT NOT NULL,
        standing TEXT NOT NULL,
        contradicted INTEGER NOT NULL,
        assertion_sources INTEGER NOT NULL,
        denial_sources INTEGER NOT NULL,
        independent_assertions INTEGER NOT NULL,
        independent_denials INTEGER NOT NULL,
        graded_at TEXT NOT NULL
    )""",
    """CREATE VIEW claim_list AS SELECT
        c.id AS claim_id, c.statement, c.type AS event_type,
        replace(c.actor, ';', ', ') AS actors, replace(c.recipient, ';', ', ') AS recipients,
        c.date AS event_date, c.first_reported, c.article_count AS reports, c.item_count AS items,
        (SELECT count(*) FROM claim_items AS i WHERE i.claim_id = c.id AND i.stance = 'assert') AS asserts,
        (SELECT count(*) FROM claim_items AS i WHERE i.claim_id = c.id AND i.stance = 'deny') AS denies,
        (SELECT count(*) FROM claim_items AS i WHERE i.claim_id = c.id AND i.stance = 'decline') AS declines,
        g.assertion_sources, g.denial_sources, g.independent_assertions, g.independent_denials,
        g.contradicted, g.grade, g.grade_label, g.standing, g.graded_at
    FROM claims AS c LEFT JOIN claim_grades AS g ON g.claim_id = c.id""",
    """CREATE VIEW claim_evidence AS SELECT
        i.claim_id, c.statement, i.stance, coalesce(i.source, a.outlet) AS source, i.source_kind, i.via,
        i.text AS quote, i.article_id, a.title AS article_title, a.outlet, i.published,
        i."start", i."end", CASE WHEN cp.position > 0 THEN cp.group_id END AS copy_of
    FROM claim_items AS i JOIN claims AS c ON c.id = i.claim_id JOIN articles AS a ON a.id = i.article_id
        LEFT JOIN copy_groups AS cp ON cp.article_id = i.article_id""",
    """CREATE VIEW attribution_list AS SELECT
        t.article_id, a.title AS article_title, a.outlet, a.published, t.idx, t.source_text AS source,
        t.source_kind, t.source_anonymity AS anonymity, t.source_country, t.source_sector, t.source_role,
        t.stance, t.form, t.cue_text AS cue, t.content_text AS quote, t."start", t."end"
    FROM attributions AS t JOIN articles AS a ON a.id = t.article_id""",
    """CREATE VIEW event_list AS SELECT
        e.article_id, a.title AS article_title, a.outlet, a.published, e.idx, e.type AS event_type,
        e.status, e.mode, e.trigger_text AS trigger, e.actor, e.actor_code, e.actor_sector, e.recipient,
        e.recipient_code, e.recipient_sector, e.location, e.location_country,
        e.location_lat AS latitude, e.location_lon AS longitude, e.date AS event_date, e.size, e.confidence,
        substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
    FROM events AS e JOIN articles AS a ON a.id = e.article_id""",
]

# Derived data to bring up to date, marked in the transaction that made it stale, so that a process
# killed before it could catch up leaves the mark for the next run: ('copies', '') when the copy groups
# are to be found again, ('claim', id) for a claim that lost items to a re-extraction. A database from an
# older dossier has its copies found again once.
_UPKEEP = [
    "CREATE TABLE upkeep (task TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (task, key)) WITHOUT ROWID",
    "INSERT INTO upkeep (task, key) SELECT 'copies', '' WHERE EXISTS (SELECT 1 FROM articles)",
]

MIGRATIONS: list[list[str]] = [_SCHEMA_1, _COPY_GROUPS, _TEXT_VECTORS, _CLAIMS, _READABLE, _UPKEEP]
SCHEMA_VERSION = len(MIGRATIONS)
