// Exchange conflicts in the notes panel: both versions of each conflicting note side by side (mine / theirs:
// text, colour, tags, who, when) with Keep mine / Keep theirs / Keep both, each one undoable action in the core.
import { useId } from 'react';
import { passageQuote } from '../../../electron/shared/passage-text';
import { useTranslation } from 'react-i18next';
import type { Annotation, ConflictChoice, ConflictInfo } from '../../../electron/shared/types';
import { formatDate } from '../i18n';

interface Props {
  conflicts: ConflictInfo[];
  citationOf: (annotation: Annotation) => string;
  onResolve: (conflict: ConflictInfo, keep: ConflictChoice) => void;
}

const CHOICES: ConflictChoice[] = ['mine', 'theirs', 'both'];
const CHOICE_KEYS = {
  mine: 'conflicts.keepMine',
  theirs: 'conflicts.keepTheirs',
  both: 'conflicts.keepBoth',
} as const;

/** One version of a conflicting note. */
function Version({ a, heading }: { a: Annotation; heading: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`conflict-version note-${a.color}`}>
      <p className="card-kicker">{heading}</p>
      <p className="note-text">
        {a.deleted !== null ? t('conflicts.deleted') : a.note || t('conflicts.noText')}
      </p>
      <p className="note-meta muted">
        <span className={`tag hl-${a.color}`}>{t(`colors.${a.color}`)}</span>
        {a.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
        <span>
          {t('conflicts.byWhen', {
            who: a.author || t('conflicts.unknownAuthor'),
            date: formatDate(a.updated, i18n.language),
          })}
        </span>
      </p>
    </div>
  );
}

/** The conflicts section; renders nothing when there is none. */
export function ConflictList({ conflicts, citationOf, onResolve }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (conflicts.length === 0) return null;
  return (
    <section className="conflicts" aria-labelledby={id}>
      <h3 id={id}>{t('conflicts.heading', { count: conflicts.length })}</h3>
      <p className="muted">{t('conflicts.hint')}</p>
      <ul className="notes-list">
        {conflicts.map((c) => {
          const [mine, theirs] = c.mine === 'main' ? [c.main, c.copy] : [c.copy, c.main];
          const citation = citationOf(c.main);
          return (
            <li key={c.copyId} className="conflict-item">
              <span className="note-citation">{citation}</span>
              {c.main.target.quote && <span className="note-quote">{passageQuote(c.main)}</span>}
              <div className="conflict-versions">
                <Version a={mine} heading={t('conflicts.mine')} />
                <Version a={theirs} heading={t('conflicts.theirs')} />
              </div>
              <div className="row-end">
                {CHOICES.map((keep) => (
                  <button
                    key={keep}
                    type="button"
                    className="btn btn-small"
                    aria-label={t(`${CHOICE_KEYS[keep]}For`, { citation })}
                    onClick={() => {
                      onResolve(c, keep);
                    }}
                  >
                    {t(CHOICE_KEYS[keep])}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
