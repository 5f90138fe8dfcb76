-- user.sqlite at user_version 10

-- index actions_undoes
CREATE UNIQUE INDEX actions_undoes ON actions(undoes) WHERE undoes IS NOT NULL;

-- index annotation_tags_tag
CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);

-- index annotations_conflict
CREATE INDEX annotations_conflict ON annotations(conflict_of) WHERE conflict_of IS NOT NULL;

-- index annotations_doc
CREATE INDEX annotations_doc ON annotations(doc_id, e_id);

-- index annotations_updated
CREATE INDEX annotations_updated ON annotations(updated);

-- index changes_action
CREATE INDEX changes_action ON changes(action_id);

-- index changes_annotation
CREATE INDEX changes_annotation ON changes(annotation_id);

-- index imported_nodes_order
CREATE UNIQUE INDEX imported_nodes_order ON imported_nodes(doc_id, ord);

-- table actions
CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        summary TEXT NOT NULL,
        undoes INTEGER REFERENCES actions(id)
      ) STRICT;

-- table anchor_checks
CREATE TABLE anchor_checks (
        annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        doc_hash TEXT NOT NULL
      ) STRICT;

-- table annotation_tags
CREATE TABLE annotation_tags (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id)
      ) STRICT, WITHOUT ROWID;

-- table annotations
CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        doc_hash TEXT NOT NULL,
        e_id TEXT NOT NULL,
        pos_start INTEGER,
        pos_end INTEGER,
        quote_exact TEXT,
        quote_prefix TEXT,
        quote_suffix TEXT,
        note TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL,
        author TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        deleted TEXT,
        anchor TEXT NOT NULL DEFAULT 'anchored', conflict_of TEXT, search_text TEXT NOT NULL DEFAULT '', tags_json TEXT NOT NULL DEFAULT '[]', versions TEXT NOT NULL DEFAULT '{}', conflict_local INTEGER NOT NULL DEFAULT 0 CHECK (conflict_local IN (0, 1)), continues_json TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(continues_json) AND json_type(continues_json) = 'array'),
        CHECK ((pos_start IS NULL) = (pos_end IS NULL) AND (pos_start IS NULL) = (quote_exact IS NULL)),
        CHECK (pos_start IS NULL OR (pos_start >= 0 AND pos_end > pos_start)),
        CHECK (length(note) <= 100000),
        CHECK (color IN ('yellow','green','blue','pink','orange','purple','red','grey')),
        CHECK (anchor IN ('anchored','moved','fuzzy','orphaned'))
      ) STRICT;

-- table changes
CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES actions(id),
        annotation_id TEXT NOT NULL,
        before TEXT,
        after TEXT
      ) STRICT;

-- table imported_documents
CREATE TABLE imported_documents (
        doc_id TEXT PRIMARY KEY,
        ord INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        short_title TEXT NOT NULL,
        number TEXT,
        issuer TEXT,
        signer TEXT,
        author TEXT,
        issued TEXT,
        effective TEXT,
        published TEXT,
        language TEXT NOT NULL CHECK (language IN ('en','vi')),
        status TEXT NOT NULL,
        about TEXT,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        paired_with TEXT,
        format TEXT NOT NULL CHECK (format IN ('txt','docx','pdf','html')),
        file_sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

-- table imported_nodes
CREATE TABLE imported_nodes (
        doc_id TEXT NOT NULL REFERENCES imported_documents(doc_id) ON DELETE CASCADE,
        e_id TEXT NOT NULL,
        parent_e_id TEXT,
        kind TEXT NOT NULL,
        num TEXT,
        heading TEXT,
        text TEXT NOT NULL,
        ord INTEGER NOT NULL,
        depth INTEGER NOT NULL,
        cells_json TEXT,
        PRIMARY KEY (doc_id, e_id)
      ) STRICT;

-- table imported_refs
CREATE TABLE imported_refs (
        doc_id TEXT NOT NULL REFERENCES imported_documents(doc_id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        from_e_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        label TEXT NOT NULL,
        kind TEXT NOT NULL,
        target_doc_id TEXT,
        target_e_id TEXT,
        cited_act TEXT,
        PRIMARY KEY (doc_id, ord)
      ) STRICT;

-- table imported_search_index
CREATE TABLE imported_search_index (ord INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, data TEXT NOT NULL) STRICT;

-- table imported_terms
CREATE TABLE imported_terms (
        doc_id TEXT NOT NULL REFERENCES imported_documents(doc_id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        term TEXT NOT NULL,
        defining_e_id TEXT NOT NULL,
        definition TEXT NOT NULL,
        PRIMARY KEY (doc_id, ord)
      ) STRICT;

-- table reading_positions
CREATE TABLE reading_positions (
        doc_id TEXT PRIMARY KEY,
        e_id TEXT NOT NULL,
        updated TEXT NOT NULL
      ) STRICT;

-- table replica
CREATE TABLE replica (id TEXT PRIMARY KEY) STRICT;

-- table settings
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

-- table signing_key
CREATE TABLE signing_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_pkcs8 BLOB NOT NULL,
        public_raw BLOB NOT NULL CHECK (length(public_raw) = 32),
        created TEXT NOT NULL
      ) STRICT;

-- table tags
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE) STRICT;

-- table trusted_keys
CREATE TABLE trusted_keys (
        fingerprint TEXT PRIMARY KEY,
        public_raw BLOB NOT NULL UNIQUE CHECK (length(public_raw) = 32),
        name TEXT NOT NULL,
        added TEXT NOT NULL
      ) STRICT;

-- trigger actions_append_only_d
CREATE TRIGGER actions_append_only_d BEFORE DELETE ON actions BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;

-- trigger actions_append_only_u
CREATE TRIGGER actions_append_only_u BEFORE UPDATE ON actions BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;

-- trigger changes_append_only_d
CREATE TRIGGER changes_append_only_d BEFORE DELETE ON changes BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;

-- trigger changes_append_only_u
CREATE TRIGGER changes_append_only_u BEFORE UPDATE ON changes BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;
