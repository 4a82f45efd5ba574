import { ETHNIC_GROUPS } from '@/lib/stop-search/dimensions';
import { FORCE_NAMES, LONDON_FORCES } from '@/lib/stop-search/forces';

const field = 'mt-1 block rounded border border-gray-500 px-2 py-1';

// A plain GET form: the browser builds the export's address, so it works
// without JavaScript and the address can be shared or scripted.
export function RecordExportForm({ boroughs }: { boroughs: { code: string; name: string }[] }) {
  return (
    <form method="get" action="/data/stop-search-records.csv" className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <label className="block">
        Force
        <select name="force" className={field} defaultValue="">
          <option value="">Both London forces</option>
          {LONDON_FORCES.map((f) => (
            <option key={f} value={f}>{FORCE_NAMES[f]}</option>
          ))}
        </select>
      </label>
      <label className="block">
        Borough
        <select name="borough" className={field} defaultValue="">
          <option value="">Any (including no location and outside London)</option>
          {boroughs.map((b) => (
            <option key={b.code} value={b.code}>{b.name}</option>
          ))}
          <option value="outside">Outside London</option>
          <option value="none">No location recorded</option>
        </select>
      </label>
      <label className="block">
        From month (YYYY-MM)
        <input name="from" className={field} pattern="\d{4}-(0[1-9]|1[0-2])" placeholder="2018-01" />
      </label>
      <label className="block">
        To month (YYYY-MM)
        <input name="to" className={field} pattern="\d{4}-(0[1-9]|1[0-2])" placeholder="2022-09" />
      </label>
      <label className="block">
        Ethnic group
        <select name="ethnic_group" className={field} defaultValue="">
          <option value="">Any</option>
          {ETHNIC_GROUPS.map((g) => (
            <option key={g} value={g}>{g}</option>
          ))}
        </select>
      </label>
      <label className="block">
        Ethnicity as recorded by
        <select name="ethnicity" className={field} defaultValue="officer">
          <option value="officer">The officer</option>
          <option value="self">The person searched</option>
        </select>
      </label>
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Download records as CSV</button>
      </div>
    </form>
  );
}
