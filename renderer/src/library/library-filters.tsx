// The library pane's controls: the quick filter box, four filter menus (type, issuer, year, status) offering only
// values present in this library, and the sort. Each control carries its own label.
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../electron/shared/library-text';
import { LIBRARY_SORTS, type LibraryQuery, type LibrarySort, type libraryFacets } from './library-filter';

interface Props {
  query: LibraryQuery;
  facets: ReturnType<typeof libraryFacets>;
  kindLabel: (kind: DocumentKind) => string;
  onChange: (next: Partial<LibraryQuery>) => void;
}

/** One labelled menu with an "any" first entry. */
function FilterSelect(props: {
  label: string;
  any: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="library-filter">
      <span>{props.label}</span>
      <select
        className="input"
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      >
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));

/** Filter box, filter menus and sort. */
export function LibraryFilters({ query, facets, kindLabel, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="library-filters" role="group" aria-label={t('library.filters')}>
      <input
        type="search"
        className="input library-quick"
        aria-label={t('library.quick')}
        placeholder={t('library.quickPlaceholder')}
        value={query.text}
        onChange={(e) => {
          onChange({ text: e.target.value });
        }}
      />
      <FilterSelect
        label={t('library.kind')}
        any={t('library.anyKind')}
        value={query.kind}
        options={facets.kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
        onChange={(v) => {
          onChange({ kind: v as DocumentKind | '' });
        }}
      />
      <FilterSelect
        label={t('library.issuer')}
        any={t('library.anyIssuer')}
        value={query.issuer}
        options={plain(facets.issuers)}
        onChange={(issuer) => {
          onChange({ issuer });
        }}
      />
      <FilterSelect
        label={t('library.year')}
        any={t('library.anyYear')}
        value={query.year}
        options={plain(facets.years)}
        onChange={(year) => {
          onChange({ year });
        }}
      />
      <FilterSelect
        label={t('library.statusFilter')}
        any={t('library.anyStatus')}
        value={query.status}
        options={plain(facets.statuses)}
        onChange={(status) => {
          onChange({ status });
        }}
      />
      <label className="library-filter">
        <span>{t('library.sort')}</span>
        <select
          className="input"
          value={query.sort}
          onChange={(e) => {
            onChange({ sort: e.target.value as LibrarySort });
          }}
        >
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`library.sortBy.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
