// Numbered schema migrations for user.sqlite, applied in order on `PRAGMA user_version`.
// Other features append to MIGRATIONS (never edit a shipped one): each entry gets its own upgrade test.
import type Database from 'better-sqlite3';
import { noteSearchText, TAGS_JSON_SQL } from '../annotations/search-text.js';
import { LecternError } from '../errors.js';

/** One schema step; `version` is the user_version the database has after `up` ran. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** v1: settings, annotations with tags, and the append-only change log (actions + per-annotation changes). */
const v1Annotations: Migration = {
  version: 1,
  name: 'settings, annotations, tags, change log',
  up(db) {
    db.exec(`
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
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
        anchor TEXT NOT NULL DEFAULT 'anchored',
        CHECK ((pos_start IS NULL) = (pos_end IS NULL) AND (pos_start IS NULL) = (quote_exact IS NULL)),
        CHECK (pos_start IS NULL OR (pos_start >= 0 AND pos_end > pos_start)),
        CHECK (length(note) <= 100000),
        CHECK (color IN ('yellow','green','blue','pink','orange','purple','red','grey')),
        CHECK (anchor IN ('anchored','moved','fuzzy','orphaned'))
      ) STRICT;
      CREATE INDEX annotations_doc ON annotations(doc_id, e_id);
      CREATE INDEX annotations_updated ON annotations(updated);
      CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE) STRICT;
      CREATE TABLE annotation_tags (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);
      CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        summary TEXT NOT NULL,
        undoes INTEGER REFERENCES actions(id)
      ) STRICT;
      CREATE UNIQUE INDEX actions_undoes ON actions(undoes) WHERE undoes IS NOT NULL;
      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES actions(id),
        annotation_id TEXT NOT NULL,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX changes_action ON changes(action_id);
      CREATE INDEX changes_annotation ON changes(annotation_id);
      CREATE TRIGGER actions_append_only_u BEFORE UPDATE ON actions BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;
      CREATE TRIGGER actions_append_only_d BEFORE DELETE ON actions BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;
      CREATE TRIGGER changes_append_only_u BEFORE UPDATE ON changes BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;
      CREATE TRIGGER changes_append_only_d BEFORE DELETE ON changes BEGIN SELECT RAISE(ABORT, 'change log is append-only'); END;
    `);
  },
};

/** v2: exchange metadata — the hash of the last synchronised version (three-way merge base) and conflict copies. */
const v2Exchange: Migration = {
  version: 2,
  name: 'exchange merge base and conflict copies',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN sync_hash TEXT;
      ALTER TABLE annotations ADD COLUMN conflict_of TEXT;
      CREATE INDEX annotations_conflict ON annotations(conflict_of) WHERE conflict_of IS NOT NULL;
    `);
  },
};

/** v3: imported documents (same shape as corpus.sqlite's tables, plus provenance and pairing) and their search index. */
const v3ImportedDocuments: Migration = {
  version: 3,
  name: 'imported documents, their nodes, references, terms and search index',
  up(db) {
    db.exec(`
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
      CREATE UNIQUE INDEX imported_nodes_order ON imported_nodes(doc_id, ord);
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
      CREATE TABLE imported_terms (
        doc_id TEXT NOT NULL REFERENCES imported_documents(doc_id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        term TEXT NOT NULL,
        defining_e_id TEXT NOT NULL,
        definition TEXT NOT NULL,
        PRIMARY KEY (doc_id, ord)
      ) STRICT;
      CREATE TABLE imported_search_index (ord INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, data TEXT NOT NULL) STRICT;
    `);
  },
};

/** v4: folded note + tags text for the search seam (tone marks stripped, đ → d), backfilled for existing rows. */
const v4NoteSearch: Migration = {
  version: 4,
  name: 'folded search text for notes',
  up(db) {
    db.exec("ALTER TABLE annotations ADD COLUMN search_text TEXT NOT NULL DEFAULT ''");
    const rows = db
      .prepare(
        `SELECT a.id, a.note, a.quote_exact AS quote,
           (SELECT json_group_array(name) FROM (SELECT t.name FROM annotation_tags x JOIN tags t ON t.id = x.tag_id
             WHERE x.annotation_id = a.id ORDER BY t.name COLLATE NOCASE)) AS tags
         FROM annotations a`,
      )
      .all() as { id: string; note: string; quote: string | null; tags: string }[];
    const update = db.prepare('UPDATE annotations SET search_text = ? WHERE id = ?');
    for (const r of rows) {
      update.run(noteSearchText(r.note, r.quote, JSON.parse(r.tags) as string[]).folded, r.id);
    }
  },
};

/** v5: each annotation's tag names (canonical spelling, sorted) kept on its row, so lists need no per-row join. */
const v5TagsOnRow: Migration = {
  version: 5,
  name: 'tag names denormalised onto annotations',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
      UPDATE annotations SET tags_json = ${TAGS_JSON_SQL};
    `);
  },
};

/** v6: the last reading position per document, so reopening a document (or restarting) returns there. */
const v6ReadingPositions: Migration = {
  version: 6,
  name: 'last reading position per document',
  up(db) {
    db.exec(`
      CREATE TABLE reading_positions (
        doc_id TEXT PRIMARY KEY,
        e_id TEXT NOT NULL,
        updated TEXT NOT NULL
      ) STRICT;
    `);
  },
};

/**
 * v7: a correct merge base. Each user.sqlite gets a random replica id; each annotation a version vector
 * (`versions`, replica id → edits included) instead of `sync_hash`, which an export overwrote although the other
 * side had not seen that version (an edit was then lost on import). Existing rows count as one edit of this
 * replica, so a difference with another machine after the upgrade is kept as a conflict, never dropped.
 * `conflict_local` marks a conflict copy that holds this machine's own version ("mine" when resolving).
 */
const v7VersionVectors: Migration = {
  version: 7,
  name: 'replica id, version vectors and conflict sides',
  up(db) {
    db.exec(`
      CREATE TABLE replica (id TEXT PRIMARY KEY) STRICT;
      INSERT INTO replica (id) SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3)
        || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12))
        FROM (SELECT hex(randomblob(16)) AS h);
      ALTER TABLE annotations ADD COLUMN versions TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE annotations ADD COLUMN conflict_local INTEGER NOT NULL DEFAULT 0 CHECK (conflict_local IN (0, 1));
      UPDATE annotations SET versions = json_object((SELECT id FROM replica), 1);
      ALTER TABLE annotations DROP COLUMN sync_hash;
    `);
  },
};

/**
 * v8: the text each note was last re-anchored against, when that left it off the current text (to review, or
 * orphaned): start-up skips notes already decided on the current text instead of redoing the work at every start.
 */
const v8AnchorChecks: Migration = {
  version: 8,
  name: 'anchor checks',
  up(db) {
    db.exec(`
      CREATE TABLE anchor_checks (
        annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        doc_hash TEXT NOT NULL
      ) STRICT;
    `);
  },
};

/**
 * v9: this reviewer's Ed25519 signing key (one row, made at first use by annotations/signing/own-key.ts) and the
 * colleagues' public keys trusted after their fingerprint was confirmed (signing/trusted-keys.ts).
 */
const v9SigningKeys: Migration = {
  version: 9,
  name: 'signing keys',
  up(db) {
    db.exec(`
      CREATE TABLE signing_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_pkcs8 BLOB NOT NULL,
        public_raw BLOB NOT NULL CHECK (length(public_raw) = 32),
        created TEXT NOT NULL
      ) STRICT;
      CREATE TABLE trusted_keys (
        fingerprint TEXT PRIMARY KEY,
        public_raw BLOB NOT NULL UNIQUE CHECK (length(public_raw) = 32),
        name TEXT NOT NULL,
        added TEXT NOT NULL
      ) STRICT;
    `);
  },
};

/**
 * v10: the following parts of a passage across provisions (docs/architecture.md): a JSON array of
 * `{eId, position, quote}` after the row's own target, in reading order; '[]' for a note on one provision.
 */
const v10PassageParts: Migration = {
  version: 10,
  name: 'passage parts across provisions',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN continues_json TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(continues_json) AND json_type(continues_json) = 'array');
    `);
  },
};

/** The ordered migration list; append new entries with the next version number. */
export const MIGRATIONS: readonly Migration[] = [
  v1Annotations,
  v2Exchange,
  v3ImportedDocuments,
  v4NoteSearch,
  v5TagsOnRow,
  v6ReadingPositions,
  v7VersionVectors,
  v8AnchorChecks,
  v9SigningKeys,
  v10PassageParts,
];

/** The schema version this build writes. */
export const LATEST_USER_VERSION = MIGRATIONS.length;

/** Applies every migration above the database's user_version, each in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const target = migrations.length;
  if (current > target) {
    throw new LecternError(
      'UNSUPPORTED',
      `user.sqlite has schema version ${current}, newer than this Lectern (${target}); update Lectern to open it.`,
    );
  }
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new LecternError('INTERNAL', `Migration ${m.name} is out of order.`);
  });
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return target;
}
